import { Refusal } from './Refusal';

/** Amazon's rule: a request's timestamp within 150 seconds of now, either way. */
export const TIMESTAMP_TOLERANCE_MS = 150_000;
/** Skill events (enabled, disabled, permissions, account linked) may be delivered up to an hour late. */
export const SKILL_EVENT_TOLERANCE_MS = 3_600_000;
const SKILL_EVENTS = new Set([
  'AlexaSkillEvent.SkillEnabled',
  'AlexaSkillEvent.SkillDisabled',
  'AlexaSkillEvent.SkillPermissionChanged',
  'AlexaSkillEvent.SkillPermissionAccepted',
  'AlexaSkillEvent.SkillAccountLinked',
]);
/** ISO 8601 date and time with a zone, as Alexa sends it ("2026-01-31T12:00:00Z"); nothing else is guessed at. */
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Refuses an envelope whose request.timestamp is missing, not an ISO 8601 time, or more than 150 seconds
 * before or after `now` (skill events: up to an hour before). ask-sdk-express-adapter 2.14 only refused old
 * requests, so a timestamp a year ahead, or "not-a-date", passed its check.
 */
export function checkTimestamp(envelope: unknown, now: number): void {
  const request = (envelope as { request?: { timestamp?: unknown; type?: unknown } } | null)?.request;
  const timestamp = request?.timestamp;
  if (timestamp === undefined || timestamp === null || timestamp === '') throw new Refusal('timestamp-missing');
  const at = typeof timestamp === 'string' && ISO_TIMESTAMP.test(timestamp) ? Date.parse(timestamp) : Number.NaN;
  if (!Number.isFinite(at)) throw new Refusal('timestamp-invalid');
  const late = typeof request?.type === 'string' && SKILL_EVENTS.has(request.type) ? SKILL_EVENT_TOLERANCE_MS : TIMESTAMP_TOLERANCE_MS;
  if (at > now + TIMESTAMP_TOLERANCE_MS || at < now - late) throw new Refusal('timestamp-out-of-range');
}
