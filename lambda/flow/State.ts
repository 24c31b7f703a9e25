import { AREAS, type Area } from '../content/types';
import { findRoutine } from '../content/routines';

/** The version of the saved state's shape. Bump it with a migration in `parseState`. */
export const STATE_VERSION = 1;

/** Where the user is in a routine: the step, and for a two-sided step, which side. */
export interface Progress {
  readonly routine: string;
  readonly step: number;
  readonly side: number;
  readonly paused: boolean;
  /** ISO time of the last change; progress older than a day is offered as a fresh start. */
  readonly updatedAt: string;
}

/** What a bare answer ("yes", "no", "tennis ball") refers to. Lives for one session only. */
export type Pending =
  | { readonly kind: 'equipment'; readonly area: Area }
  | { readonly kind: 'resume' }
  | { readonly kind: 'routine'; readonly routine: string }
  | { readonly kind: 'area'; readonly area: Area };

export interface State {
  readonly v: typeof STATE_VERSION;
  /** Sessions started. */
  readonly visits: number;
  /** The one-sentence safety note has been heard. */
  readonly safetyHeard: boolean;
  readonly progress?: Progress;
  /** Ball and roller seconds spoken on one local day (the source's five-minute daily limit). */
  readonly usage?: { readonly day: string; readonly ballRollerSeconds: number };
  /** Session only: the open question, and routines finished this session. */
  readonly pending?: Pending;
  readonly finished?: readonly string[];
}

export const INITIAL_STATE: State = { v: STATE_VERSION, visits: 0, safetyHeard: false };

/** What is kept across sessions: everything but the session-only fields. */
export function durable(state: State): State {
  const { pending: _pending, finished: _finished, ...rest } = state;
  return rest;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nonNegativeInt(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;
}

function parseProgress(value: unknown): Progress | undefined {
  if (!isRecord(value)) return undefined;
  const routine = findRoutine(typeof value.routine === 'string' ? value.routine : undefined);
  const step = nonNegativeInt(value.step);
  const side = nonNegativeInt(value.side) ?? 0;
  if (routine === undefined || step === undefined) return undefined;
  const at = routine.steps[step];
  if (at === undefined || side >= Math.max(1, at.sides?.length ?? 1)) return undefined;
  const updatedAt = typeof value.updatedAt === 'string' && !Number.isNaN(Date.parse(value.updatedAt)) ? value.updatedAt : new Date(0).toISOString();
  return { routine: routine.id, step, side, paused: value.paused === true, updatedAt };
}

function parsePending(value: unknown): Pending | undefined {
  if (!isRecord(value)) return undefined;
  const area = AREAS.find((a) => a === value.area);
  switch (value.kind) {
    case 'equipment':
      return area ? { kind: 'equipment', area } : undefined;
    case 'area':
      return area ? { kind: 'area', area } : undefined;
    case 'resume':
      return { kind: 'resume' };
    case 'routine': {
      const routine = findRoutine(typeof value.routine === 'string' ? value.routine : undefined);
      return routine ? { kind: 'routine', routine: routine.id } : undefined;
    }
    default:
      return undefined;
  }
}

/**
 * Reads saved state of any shape, never throwing: unknown or broken parts are dropped,
 * everything that can be kept is kept. Returns `undefined` only for something that is
 * not saved state at all, so that the caller can set it aside and start fresh.
 */
export function parseState(raw: unknown): State | undefined {
  if (raw === undefined || raw === null) return INITIAL_STATE;
  if (!isRecord(raw) || raw.v !== STATE_VERSION) return undefined;
  const usage = isRecord(raw.usage) && typeof raw.usage.day === 'string' && nonNegativeInt(raw.usage.ballRollerSeconds) !== undefined
    ? { day: raw.usage.day, ballRollerSeconds: raw.usage.ballRollerSeconds as number }
    : undefined;
  const progress = parseProgress(raw.progress);
  const pending = parsePending(raw.pending);
  const finished = Array.isArray(raw.finished) ? raw.finished.filter((id): id is string => typeof id === 'string' && findRoutine(id) !== undefined) : undefined;
  return {
    v: STATE_VERSION,
    visits: nonNegativeInt(raw.visits) ?? 0,
    safetyHeard: raw.safetyHeard === true,
    ...(progress && { progress }),
    ...(usage && { usage }),
    ...(pending && { pending }),
    ...(finished && finished.length > 0 && { finished }),
  };
}
