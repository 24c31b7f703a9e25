import type { RequestEnvelope } from 'ask-sdk-model';

/** Session attribute: whose record the session reads and writes, and how its state stands to that record. */
export const RECORD_KEY = 'massageCoachRecord';

/** Longer ids than this are not Alexa's (theirs are about 200 characters): nothing is loaded or saved for them. */
export const MAX_ID_LENGTH = 512;

/** An id as a store may use it: a non-empty string of reasonable length, else undefined. */
export function validId(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_ID_LENGTH ? value : undefined;
}

/** Whose record a request would start a session with: the recognised voice profile, else the Alexa account's user. */
export function ownerAtStart(envelope: RequestEnvelope): string | undefined {
  const system = envelope.context?.System;
  return validId(system?.person?.personId) ?? validId(system?.user?.userId) ?? validId(envelope.session?.user?.userId);
}

/**
 * Whose saved state this is. Fixed when the session starts (the person recognised then, else the
 * account) and kept in the session, so that another voice mid-session does not switch records.
 * Undefined when the request names no usable id: then nothing is loaded or saved.
 */
export function persistenceKey(envelope: RequestEnvelope): string | undefined {
  const session = envelope.session;
  if (session?.new === false) {
    const record: unknown = session.attributes?.[RECORD_KEY];
    const owner = typeof record === 'object' && record !== null ? validId((record as { owner?: unknown }).owner) : undefined;
    if (owner !== undefined) return owner;
  }
  return ownerAtStart(envelope);
}
