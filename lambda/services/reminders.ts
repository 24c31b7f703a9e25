import type { services } from 'ask-sdk-model';
import { DAY_GROUPS, WEEKDAY_CODES, type ReminderDay, type ReminderSubject, type WeekdayCode } from '../content/reminders';
import { withTimeout } from './calls';
import { createAllOrNothing, type ApiResult } from './calls';

/** The permission scope of the Reminders API (declared in skill.json, asked for by voice). */
export const REMINDERS_SCOPE = 'alexa::alerts:reminders:skill:readwrite';

/** Why a reminder call failed, in the words the flow answers to. */
export type ReminderFailure = 'permission' | 'forbidden' | 'tooMany' | 'invalid' | 'busy' | 'unavailable' | 'offline' | 'network';
export const REMINDER_FAILURES: readonly ReminderFailure[] = ['permission', 'forbidden', 'tooMany', 'invalid', 'busy', 'unavailable', 'offline', 'network'];

export type ReminderCallResult<T> = ApiResult<T, ReminderFailure>;

/** The calls the skill makes; in production, ask-sdk-model's client built with DefaultApiClient. */
export type ReminderClient = Pick<services.reminderManagement.ReminderManagementServiceClient, 'createReminder' | 'getReminders' | 'deleteReminder'>;

/** One reminder to create, with its text already in the user's language. */
export interface ReminderRequestSpec {
  readonly trigger:
    | { readonly kind: 'weekly'; readonly day: ReminderDay; readonly hour: number; readonly minute: number; readonly start: string; readonly timeZone: string }
    | { readonly kind: 'at'; readonly local: string; readonly timeZone: string }
    | { readonly kind: 'in'; readonly minutes: number };
  readonly text: string;
  readonly locale: string;
  /** The local time of the request, as the API wants it in `requestTime`. */
  readonly requestTime: string;
}

/** A reminder of this skill's, as the flow speaks of it. */
export interface SeenReminder {
  readonly subject?: ReminderSubject;
  readonly when:
    | { readonly kind: 'weekly'; readonly day: ReminderDay; readonly hour: number; readonly minute: number }
    | { readonly kind: 'at'; readonly day: string; readonly weekday: WeekdayCode; readonly hour: number; readonly minute: number }
    | { readonly kind: 'in'; readonly minutes: number };
}

/**
 * Maps a failed call (ServiceError with statusCode and body, or a network error) to a failure. The
 * limit on reminders is told by its code (MAX_REMINDERS_EXCEEDED and the like), whatever the status.
 */
export function classifyReminderFailure(error: unknown): ReminderFailure {
  const e = error as { statusCode?: number; response?: { code?: string; message?: string } } | undefined;
  const code = `${e?.response?.code ?? ''} ${e?.response?.message ?? ''}`.toUpperCase();
  if (e?.statusCode !== undefined && /MAX_|LIMIT|TOO MANY/.test(code) && e.statusCode !== 429) return 'tooMany';
  switch (e?.statusCode) {
    case 401:
      return 'permission';
    case 403:
      return 'forbidden';
    case 400:
      return 'invalid';
    case 429:
      return 'busy';
    case 504:
      return 'offline';
    case undefined:
      return 'network';
    default:
      return 'unavailable';
  }
}

/**
 * The rules (RFC 5545, as the API takes them): "FREQ=WEEKLY;BYDAY=SU;BYHOUR=19;BYMINUTE=0;BYSECOND=0;INTERVAL=1", or
 * FREQ=DAILY; weekdays and weekends a weekly rule for each of their days, as the API's own example lists several rules.
 */
export function recurrenceRules(day: ReminderDay, hour: number, minute: number): string[] {
  const at = `BYHOUR=${hour};BYMINUTE=${minute};BYSECOND=0;INTERVAL=1`;
  if (day === 'daily') return [`FREQ=DAILY;${at}`];
  const days = day === 'weekdays' || day === 'weekends' ? DAY_GROUPS[day] : [day];
  return days.map((code) => `FREQ=WEEKLY;BYDAY=${code};${at}`);
}

export function reminderRequest(spec: ReminderRequestSpec): services.reminderManagement.ReminderRequest {
  const { trigger } = spec;
  const alertInfo = { spokenInfo: { content: [{ locale: spec.locale, text: spec.text }] } };
  const common = { requestTime: spec.requestTime, alertInfo, pushNotification: { status: 'ENABLED' as const } };
  switch (trigger.kind) {
    case 'in':
      return { ...common, trigger: { type: 'SCHEDULED_RELATIVE', offsetInSeconds: trigger.minutes * 60 } };
    case 'at':
      return { ...common, trigger: { type: 'SCHEDULED_ABSOLUTE', scheduledTime: trigger.local, timeZoneId: trigger.timeZone } };
    case 'weekly':
      return {
        ...common,
        trigger: {
          type: 'SCHEDULED_ABSOLUTE',
          timeZoneId: trigger.timeZone,
          recurrence: { startDateTime: trigger.start, recurrenceRules: recurrenceRules(trigger.day, trigger.hour, trigger.minute) },
        },
      };
  }
}

/** Creates the reminders in order, all or nothing (see createAllOrNothing): a cold-therapy day is never half reminded. */
export function createReminders(client: ReminderClient, specs: readonly ReminderRequestSpec[]): Promise<ReminderCallResult<number>> {
  return createAllOrNothing(specs, async (spec) => (await client.createReminder(reminderRequest(spec))).alertToken, (token) => client.deleteReminder(token), classifyReminderFailure);
}

/** A rule's days, hour and minute; undefined when the rule is not one this skill writes. */
function fromRule(rule: string): { days: string; hour: number; minute: number } | undefined {
  const parts = new Map(rule.split(';').filter(Boolean).map((part) => part.split('=') as [string, string]));
  const hour = Number(parts.get('BYHOUR'));
  const minute = Number(parts.get('BYMINUTE') ?? 0);
  if (!Number.isInteger(hour) || !Number.isInteger(minute)) return undefined;
  if (parts.get('FREQ') === 'DAILY') return { days: 'daily', hour, minute };
  const days = parts.get('BYDAY');
  return parts.get('FREQ') === 'WEEKLY' && days ? { days, hour, minute } : undefined;
}

/** The rules' day (one, weekdays, weekends, every day), hour and minute; undefined when they are not rules this skill writes. */
function fromRules(rules: readonly string[]): { day: ReminderDay; hour: number; minute: number } | undefined {
  const read = rules.map(fromRule);
  const first = read[0];
  if (!first || read.some((rule) => !rule || rule.hour !== first.hour || rule.minute !== first.minute)) return undefined;
  const days = read.map((rule) => rule?.days).sort().join(',');
  const group = (Object.keys(DAY_GROUPS) as (keyof typeof DAY_GROUPS)[]).find((name) => [...DAY_GROUPS[name]].sort().join(',') === days);
  const one = days === 'daily' || (WEEKDAY_CODES as readonly string[]).includes(days) ? (days as ReminderDay) : undefined;
  const day = group ?? one;
  return day && { day, hour: first.hour, minute: first.minute };
}

/** When a reminder of the API's rings, for speech; undefined when it cannot be told. */
function whenOf(reminder: services.reminderManagement.Reminder, now: Date): SeenReminder['when'] | undefined {
  const trigger = reminder.trigger;
  const rules = trigger?.recurrence?.recurrenceRules ?? [];
  if (rules.length > 0) {
    const weekly = fromRules(rules);
    return weekly && { kind: 'weekly', ...weekly };
  }
  const local = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})/.exec(trigger?.scheduledTime ?? '');
  if (trigger?.type === 'SCHEDULED_ABSOLUTE' && local) {
    const [, day = '', hour = '0', minute = '0'] = local;
    const weekday = WEEKDAY_CODES[new Date(`${day}T00:00:00Z`).getUTCDay()] ?? 'SU';
    return { kind: 'at', day, weekday, hour: Number(hour), minute: Number(minute) };
  }
  const created = Date.parse(reminder.createdTime ?? '');
  if (trigger?.type === 'SCHEDULED_RELATIVE' && typeof trigger.offsetInSeconds === 'number' && !Number.isNaN(created)) {
    return { kind: 'in', minutes: Math.max(1, Math.ceil((created + trigger.offsetInSeconds * 1000 - now.getTime()) / 60_000)) };
  }
  return undefined;
}

/**
 * The skill's reminders still to ring, soonest first as the API lists them. `subjectOf` tells, from a
 * reminder's text and locale, what it is about (the skill writes the same text for a subject every time).
 */
export async function listReminders(
  client: ReminderClient,
  now: Date,
  subjectOf: (text: string, locale: string | undefined) => ReminderSubject | undefined,
): Promise<ReminderCallResult<(SeenReminder & { readonly token: string })[]>> {
  try {
    const response = await withTimeout(client.getReminders());
    const seen: (SeenReminder & { token: string })[] = [];
    for (const reminder of response.alerts ?? []) {
      if (reminder.status === 'COMPLETED' || !reminder.alertToken) continue;
      const when = whenOf(reminder, now);
      if (!when) continue;
      const content = reminder.alertInfo?.spokenInfo?.content?.[0];
      const subject = content?.text ? subjectOf(content.text, content.locale) : undefined;
      seen.push({ token: reminder.alertToken, when, ...(subject && { subject }) });
    }
    return { ok: true, value: seen };
  } catch (error) {
    return { ok: false, failure: classifyReminderFailure(error) };
  }
}

/** Deletes the skill's reminders about a subject (all of them without one); says how many. */
export async function deleteReminders(
  client: ReminderClient,
  now: Date,
  subjectOf: (text: string, locale: string | undefined) => ReminderSubject | undefined,
  subject?: ReminderSubject,
): Promise<ReminderCallResult<number>> {
  const listed = await listReminders(client, now, subjectOf);
  if (!listed.ok) return listed;
  const chosen = listed.value.filter((r) => subject === undefined || r.subject === subject);
  try {
    for (const reminder of chosen) await withTimeout(client.deleteReminder(reminder.token));
  } catch (error) {
    return { ok: false, failure: classifyReminderFailure(error) };
  }
  return { ok: true, value: chosen.length };
}
