import type { services } from 'ask-sdk-model';
import { createAllOrNothing, withTimeout, type ApiResult } from './calls';

/** The permission scope of the Timers API (declared in skill.json, asked for by voice). */
export const TIMERS_SCOPE = 'alexa::alerts:timers:skill:readwrite';

/** Why a timer call failed, in the words the flow answers to. */
export type TimerFailure = 'permission' | 'forbidden' | 'tooMany' | 'duplicate' | 'invalid' | 'unavailable' | 'offline' | 'network';

/** One timer to create: what it says when it rings, in the user's language. */
export interface TimerSpec {
  readonly minutes: number;
  readonly label: string;
  readonly announce: string;
  readonly locale: string;
}

export interface RunningTimer {
  readonly label: string;
  readonly remainingSeconds: number;
}

export type TimerResult<T> = ApiResult<T, TimerFailure>;

/** The calls the skill makes; in production, ask-sdk-model's client built with DefaultApiClient. */
export type TimerClient = Pick<services.timerManagement.TimerManagementServiceClient, 'createTimer' | 'getTimers' | 'deleteTimer' | 'deleteTimers'>;

export { SERVICE_TIMEOUT_MS, withTimeout } from './calls';

/** Maps a failed call (ServiceError with statusCode and body, or a network error) to a failure. */
export function classify(error: unknown): TimerFailure {
  const e = error as { name?: string; statusCode?: number; response?: { code?: string; message?: string } } | undefined;
  const code = `${e?.response?.code ?? ''} ${e?.response?.message ?? ''}`.toUpperCase();
  switch (e?.statusCode) {
    case 401:
      return 'permission';
    case 403:
      return 'forbidden';
    case 400:
      if (code.includes('DUPLICATE') || code.includes('LABEL')) return 'duplicate';
      if (code.includes('MAX') || code.includes('TOO MANY') || code.includes('LIMIT')) return 'tooMany';
      return 'invalid';
    case 504:
      return 'offline';
    case undefined:
      return 'network';
    default:
      return 'unavailable';
  }
}

function requestFor(spec: TimerSpec): services.timerManagement.TimerRequest {
  return {
    duration: `PT${spec.minutes}M`,
    timerLabel: spec.label,
    creationBehavior: { displayExperience: { visibility: 'VISIBLE' } },
    triggeringBehavior: {
      operation: { type: 'ANNOUNCE', textToAnnounce: [{ locale: spec.locale, text: spec.announce }] },
      notificationConfig: { playAudible: true },
    },
  };
}

/** Creates the timers in order, all or nothing (see createAllOrNothing): never half a cycle, nor charged for one. */
export function createTimers(client: TimerClient, specs: readonly TimerSpec[]): Promise<TimerResult<number>> {
  return createAllOrNothing(specs, async (spec) => (await client.createTimer(requestFor(spec))).id, (id) => client.deleteTimer(id), classify);
}

/** The skill's running timers, soonest first. */
export async function listTimers(client: TimerClient, now: Date): Promise<TimerResult<RunningTimer[]>> {
  try {
    const response = await withTimeout(client.getTimers());
    const timers = (response.timers ?? [])
      .filter((t) => t.status !== 'OFF' && t.triggerTime)
      .map((t) => ({ label: t.timerLabel ?? '', remainingSeconds: Math.max(0, Math.round((Date.parse(t.triggerTime!) - now.getTime()) / 1000)) }))
      .sort((a, b) => a.remainingSeconds - b.remainingSeconds);
    return { ok: true, value: timers };
  } catch (error) {
    return { ok: false, failure: classify(error) };
  }
}

/** Cancels every timer this skill set (the Timers API never touches the user's own). */
export async function cancelTimers(client: TimerClient): Promise<TimerResult<true>> {
  try {
    await withTimeout(client.deleteTimers());
    return { ok: true, value: true };
  } catch (error) {
    return { ok: false, failure: classify(error) };
  }
}
