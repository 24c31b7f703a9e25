import type { services } from 'ask-sdk-model';

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

export type TimerResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly failure: TimerFailure };

/** The calls the skill makes; in production, ask-sdk-model's client built with DefaultApiClient. */
export type TimerClient = Pick<services.timerManagement.TimerManagementServiceClient, 'createTimer' | 'getTimers' | 'deleteTimer' | 'deleteTimers'>;

/** Alexa waits 8 seconds for a whole response: no single service call may take more than this. */
export const SERVICE_TIMEOUT_MS = 3000;

export function withTimeout<T>(promise: Promise<T>, ms = SERVICE_TIMEOUT_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

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

/**
 * Creates the timers in order. All or nothing: when one fails, the ones already created are
 * cancelled again (best effort), so that the user never has half a cycle, nor is charged for one.
 */
export async function createTimers(client: TimerClient, specs: readonly TimerSpec[]): Promise<TimerResult<number>> {
  const created: string[] = [];
  for (const spec of specs) {
    try {
      const timer = await withTimeout(client.createTimer(requestFor(spec)));
      if (timer.id) created.push(timer.id);
    } catch (error) {
      await Promise.allSettled(created.map((id) => withTimeout(client.deleteTimer(id))));
      return { ok: false, failure: classify(error) };
    }
  }
  return { ok: true, value: created.length };
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
