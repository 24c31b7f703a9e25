import { OIL_CHOICES, type OilChoice } from '../content/advice';
import { AREAS, EQUIPMENT, type Area, type Equipment } from '../content/types';
import { findRoutine } from '../content/routines';
import { HISTORY_MAX_ENTRIES, REMINDER_DAYS, REMINDER_SUBJECTS, type ReminderDay, type ReminderSubject } from '../content/reminders';

/** The version of the saved state's shape. Bump it with a migration in `MIGRATIONS`. */
export const STATE_VERSION = 2;

/** What the user told the skill to remember. Nothing else about them is kept: no health details. */
export interface Preferences {
  /** Equipment they have used, most recent first. */
  readonly equipment?: readonly Equipment[];
  readonly oil?: OilChoice;
  readonly sensitiveSkin?: boolean;
  readonly pace?: 'slow' | 'fast';
  /** Learned, not told: the user has said "next" in a routine, so steps end with a short "Ready?". */
  readonly knowsNext?: boolean;
}

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
  | { readonly kind: 'area'; readonly area: Area }
  /** "Want me to set the rest of your cold rounds?" */
  | { readonly kind: 'coldLeft' }
  /** "Want to start cold (or heat) therapy?" */
  | { readonly kind: 'therapy'; readonly therapy: 'cold' | 'heat' }
  /** "Shall we use your tennis ball again?" */
  | { readonly kind: 'remembered'; readonly area: Area; readonly equipment: Equipment }
  /** "This deletes everything I keep for you. Are you sure?" */
  | { readonly kind: 'forget' }
  /** A reminder asked for: waiting for its time ("At what time?"), or for the reminders permission. */
  | { readonly kind: 'reminder'; readonly subject: ReminderSubject; readonly day?: ReminderDay; readonly when?: ReminderWhen }
  /** "Shall I set up your cold therapy for today?": the blocks of the plan, the first one now. */
  | { readonly kind: 'coldPlan'; readonly blocks: readonly PlanBlock[] };

/** When a reminder rings: every week (or day) at a time, once at a local time, or in some minutes. */
export type ReminderWhen =
  | { readonly kind: 'weekly'; readonly day: ReminderDay; readonly hour: number; readonly minute: number }
  | { readonly kind: 'at'; readonly hour: number; readonly minute: number }
  | { readonly kind: 'in'; readonly minutes: number };

/** One block of a cold-therapy day: its rounds, and when it starts (ISO time). */
export interface PlanBlock {
  readonly rounds: number;
  readonly at: string;
}

/**
 * One finished or stopped routine, or a therapy set: when (ISO, to the minute), what (a routine id,
 * 'cold' or 'heat'), a number (the step reached when stopped, cold rounds, heat minutes), stopped or not.
 */
export interface HistoryEntry {
  readonly at: string;
  readonly what: string;
  readonly n?: number;
  readonly stopped?: true;
}

/** A therapy request on its way: waiting for the timers to be set, or for the user's permission. */
export interface TherapyRequest {
  readonly kind: 'cold' | 'heat';
  readonly rounds: number;
  readonly minutes: number;
  /** Rounds asked for that do not fit in this go (offered when the user comes back). */
  readonly leftover: number;
  /** What was asked and not given, to say why: longer than allowed, or past today's cap. */
  readonly shortened: boolean;
  readonly cappedToday: boolean;
  /** A cold-therapy day: the later blocks, reminded of once this block's timers are set. */
  readonly plan?: readonly PlanBlock[];
}

export interface State {
  readonly v: typeof STATE_VERSION;
  readonly prefs: Preferences;
  /** The one-sentence safety note has been heard. */
  readonly safetyHeard: boolean;
  readonly progress?: Progress;
  /** Ball and roller seconds spoken on one local day (the source's five-minute daily limit). */
  readonly usage?: { readonly day: string; readonly ballRollerSeconds: number };
  /** Cold rounds set on one local day (the daily cap). */
  readonly cold?: { readonly day: string; readonly rounds: number };
  /** Cold rounds still to set today, from the time the last scheduled timer rings. */
  readonly coldLeft?: { readonly day: string; readonly rounds: number; readonly after: string };
  /** A therapy request waiting for timers or for permission. */
  readonly therapy?: TherapyRequest;
  /** Finished and stopped routines and therapy, oldest first: 90 days, at most 100 (content/reminders). */
  readonly history?: readonly HistoryEntry[];
  /** Session only: the open question, and routines finished this session. */
  readonly pending?: Pending;
  readonly finished?: readonly string[];
}

/**
 * Every state has every key (undefined when absent; JSON leaves those out). V8 keeps objects made by
 * spreading an object and adding a key it lacks alive past young-generation collections; with one
 * shape, the flow's `{ ...state, key }` only overwrites. It pays (npm run bench's warm routine, 8,000
 * requests, `--trace-gc-nvp`, steady state): 93 KB promoted per scavenge and 0.75 ms pauses with it,
 * 110-220 KB and 1.3 ms without (states made without their absent keys).
 */
export const INITIAL_STATE: State = shaped({ v: STATE_VERSION, safetyHeard: false, prefs: {} });

/** The state with every key present (see INITIAL_STATE). */
export function shaped(state: State): State {
  return {
    v: state.v,
    prefs: state.prefs,
    safetyHeard: state.safetyHeard,
    progress: state.progress,
    usage: state.usage,
    cold: state.cold,
    coldLeft: state.coldLeft,
    therapy: state.therapy,
    history: state.history,
    pending: state.pending,
    finished: state.finished,
  };
}

/**
 * How each older shape becomes the next one, by the version it has. Every saved shape the skill
 * ever wrote must have a way here to the current one.
 */
const MIGRATIONS: Readonly<Record<number, (raw: Record<string, unknown>) => Record<string, unknown>>> = {
  // v1 (first release) had no preferences.
  1: (raw) => ({ ...raw, v: 2, prefs: {} }),
};

function migrate(raw: Record<string, unknown>): Record<string, unknown> | undefined {
  let current = raw;
  for (let guard = 0; guard < 10 && current.v !== STATE_VERSION; guard++) {
    const step = typeof current.v === 'number' ? MIGRATIONS[current.v] : undefined;
    if (!step) return undefined;
    current = step(current);
  }
  return current.v === STATE_VERSION ? current : undefined;
}

/** What is kept across sessions: everything but the session-only fields. */
export function durable(state: State): State {
  const { pending: _pending, finished: _finished, ...rest } = state;
  return rest;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isDay = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

function nonNegativeInt(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;
}

/** Marks a part that is present but not valid: the whole state is then set aside. */
const INVALID = Symbol('invalid');
type Parsed<T> = T | undefined | typeof INVALID;

function parseProgress(value: unknown): Parsed<Progress> {
  if (value === undefined) return undefined;
  if (!isRecord(value)) return INVALID;
  const routine = findRoutine(typeof value.routine === 'string' ? value.routine : undefined);
  const step = nonNegativeInt(value.step);
  const side = nonNegativeInt(value.side ?? 0);
  if (routine === undefined || step === undefined || side === undefined) return INVALID;
  const at = routine.steps[step];
  if (at === undefined || side >= Math.max(1, at.sides?.length ?? 1)) return INVALID;
  if (typeof value.updatedAt !== 'string' || Number.isNaN(Date.parse(value.updatedAt))) return INVALID;
  return { routine: routine.id, step, side, paused: value.paused === true, updatedAt: value.updatedAt };
}

function parsePending(value: unknown): Parsed<Pending> {
  if (value === undefined) return undefined;
  if (!isRecord(value)) return INVALID;
  const area = AREAS.find((a) => a === value.area);
  switch (value.kind) {
    case 'equipment':
      return area ? { kind: 'equipment', area } : INVALID;
    case 'area':
      return area ? { kind: 'area', area } : INVALID;
    case 'resume':
      return { kind: 'resume' };
    case 'forget':
      return { kind: 'forget' };
    case 'remembered': {
      const equipment = EQUIPMENT.find((e) => e === value.equipment);
      return area && equipment ? { kind: 'remembered', area, equipment } : INVALID;
    }
    case 'coldLeft':
      return { kind: 'coldLeft' };
    case 'therapy':
      return value.therapy === 'cold' || value.therapy === 'heat' ? { kind: 'therapy', therapy: value.therapy } : INVALID;
    case 'routine': {
      const routine = findRoutine(typeof value.routine === 'string' ? value.routine : undefined);
      return routine ? { kind: 'routine', routine: routine.id } : INVALID;
    }
    case 'reminder': {
      const subject = REMINDER_SUBJECTS.find((s) => s === value.subject);
      const day = value.day === undefined ? undefined : REMINDER_DAYS.find((d) => d === value.day);
      const when = value.when === undefined ? undefined : parseWhen(value.when);
      if (!subject || (value.day !== undefined && !day) || when === INVALID) return INVALID;
      return { kind: 'reminder', subject, ...(day && { day }), ...(when && { when }) };
    }
    case 'coldPlan': {
      const blocks = parseBlocks(value.blocks);
      return blocks === INVALID || blocks === undefined || blocks.length === 0 ? INVALID : { kind: 'coldPlan', blocks };
    }
    default:
      return INVALID;
  }
}

const isClock = (hour: number | undefined, minute: number | undefined) => hour !== undefined && minute !== undefined && hour < 24 && minute < 60;

function parseWhen(value: unknown): ReminderWhen | typeof INVALID {
  if (!isRecord(value)) return INVALID;
  const hour = nonNegativeInt(value.hour);
  const minute = nonNegativeInt(value.minute);
  switch (value.kind) {
    case 'weekly': {
      const day = REMINDER_DAYS.find((d) => d === value.day);
      return day && isClock(hour, minute) ? { kind: 'weekly', day, hour: hour!, minute: minute! } : INVALID;
    }
    case 'at':
      return isClock(hour, minute) ? { kind: 'at', hour: hour!, minute: minute! } : INVALID;
    case 'in': {
      const minutes = nonNegativeInt(value.minutes);
      return minutes !== undefined && minutes > 0 ? { kind: 'in', minutes } : INVALID;
    }
    default:
      return INVALID;
  }
}

function parseBlocks(value: unknown): Parsed<readonly PlanBlock[]> {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.length > 10) return INVALID;
  const blocks: PlanBlock[] = [];
  for (const block of value) {
    const rounds = isRecord(block) ? nonNegativeInt(block.rounds) : undefined;
    if (!isRecord(block) || rounds === undefined || rounds === 0 || typeof block.at !== 'string' || Number.isNaN(Date.parse(block.at))) return INVALID;
    blocks.push({ rounds, at: block.at });
  }
  return blocks;
}

/**
 * The history, lenient: entries that are not of the known shape are dropped one by one (a bad entry
 * must not cost the user the rest of their state), and only the newest entries within the bound are kept.
 */
function parseHistory(value: unknown): Parsed<readonly HistoryEntry[]> {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) return INVALID;
  const entries: HistoryEntry[] = [];
  // Bounded work whatever was stored: the newest valid entries among the last few hundred.
  for (const entry of value.slice(-2 * HISTORY_MAX_ENTRIES)) {
    if (!isRecord(entry) || typeof entry.at !== 'string' || entry.at.length > 30 || Number.isNaN(Date.parse(entry.at))) continue;
    const what = typeof entry.what === 'string' && (entry.what === 'cold' || entry.what === 'heat' || findRoutine(entry.what)) ? entry.what : undefined;
    const n = entry.n === undefined ? undefined : nonNegativeInt(entry.n);
    if (what === undefined || (entry.n !== undefined && n === undefined)) continue;
    entries.push({ at: entry.at, what, ...(n !== undefined && { n }), ...(entry.stopped === true && { stopped: true }) });
  }
  return entries.slice(-HISTORY_MAX_ENTRIES);
}

function parseUsage(value: unknown): Parsed<State['usage']> {
  if (value === undefined) return undefined;
  if (!isRecord(value) || !isDay(value.day)) return INVALID;
  const seconds = nonNegativeInt(value.ballRollerSeconds);
  return seconds === undefined ? INVALID : { day: value.day, ballRollerSeconds: seconds };
}

function parseCold(value: unknown): Parsed<State['cold']> {
  if (value === undefined) return undefined;
  if (!isRecord(value) || !isDay(value.day)) return INVALID;
  const rounds = nonNegativeInt(value.rounds);
  return rounds === undefined ? INVALID : { day: value.day, rounds };
}

function parseColdLeft(value: unknown): Parsed<State['coldLeft']> {
  if (value === undefined) return undefined;
  if (!isRecord(value) || !isDay(value.day) || typeof value.after !== 'string' || Number.isNaN(Date.parse(value.after))) return INVALID;
  const rounds = nonNegativeInt(value.rounds);
  return rounds === undefined ? INVALID : { day: value.day, rounds, after: value.after };
}

function parseTherapy(value: unknown): Parsed<TherapyRequest> {
  if (value === undefined) return undefined;
  if (!isRecord(value) || (value.kind !== 'cold' && value.kind !== 'heat')) return INVALID;
  const rounds = nonNegativeInt(value.rounds);
  const minutes = nonNegativeInt(value.minutes);
  const leftover = nonNegativeInt(value.leftover ?? 0);
  const plan = parseBlocks(value.plan);
  if (rounds === undefined || minutes === undefined || leftover === undefined || plan === INVALID) return INVALID;
  return { kind: value.kind, rounds, minutes, leftover, shortened: value.shortened === true, cappedToday: value.cappedToday === true, ...(plan && plan.length > 0 && { plan }) };
}

function parsePrefs(value: unknown): Parsed<Preferences> {
  if (!isRecord(value)) return INVALID;
  const equipment = value.equipment;
  if (equipment !== undefined && (!Array.isArray(equipment) || !equipment.every((e) => EQUIPMENT.includes(e as Equipment)))) return INVALID;
  if (value.oil !== undefined && !OIL_CHOICES.includes(value.oil as OilChoice)) return INVALID;
  if (value.sensitiveSkin !== undefined && typeof value.sensitiveSkin !== 'boolean') return INVALID;
  if (value.pace !== undefined && value.pace !== 'slow' && value.pace !== 'fast') return INVALID;
  if (value.knowsNext !== undefined && typeof value.knowsNext !== 'boolean') return INVALID;
  return {
    ...(equipment !== undefined && equipment.length > 0 && { equipment: equipment as Equipment[] }),
    ...(value.oil !== undefined && { oil: value.oil as OilChoice }),
    ...(value.sensitiveSkin === true && { sensitiveSkin: true }),
    ...(value.pace !== undefined && { pace: value.pace as 'slow' | 'fast' }),
    ...(value.knowsNext === true && { knowsNext: true }),
  };
}

function parseFinished(value: unknown): Parsed<readonly string[]> {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || !value.every((id) => typeof id === 'string' && findRoutine(id) !== undefined)) return INVALID;
  return value as string[];
}

/**
 * Reads saved state, never throwing. Nothing saved yet gives the initial state; state that is
 * not of a known shape, or has any part that is not valid, gives `undefined`, so that the caller
 * can set it aside and start fresh rather than act on half of it.
 */
export function parseState(raw: unknown): State | undefined {
  if (raw === undefined || raw === null) return INITIAL_STATE;
  if (!isRecord(raw)) return undefined;
  const migrated = migrate(raw);
  if (!migrated) return undefined;
  return parseCurrent(migrated);
}

function parseCurrent(raw: Record<string, unknown>): State | undefined {
  // Earlier versions counted sessions (never read, and a write at every session start): still
  // checked, so that a broken item is set aside as before, and no longer kept.
  const visits = nonNegativeInt(raw.visits ?? 0);
  const progress = parseProgress(raw.progress);
  const usage = parseUsage(raw.usage);
  const pending = parsePending(raw.pending);
  const finished = parseFinished(raw.finished);
  const cold = parseCold(raw.cold);
  const coldLeft = parseColdLeft(raw.coldLeft);
  const therapy = parseTherapy(raw.therapy);
  const history = parseHistory(raw.history);
  if (cold === INVALID || coldLeft === INVALID || therapy === INVALID || history === INVALID) return undefined;
  const prefs = parsePrefs(raw.prefs);
  if (prefs === INVALID || prefs === undefined) return undefined;
  if (visits === undefined || typeof (raw.safetyHeard ?? false) !== 'boolean') return undefined;
  if (progress === INVALID || usage === INVALID || pending === INVALID || finished === INVALID) return undefined;
  return shaped({
    v: STATE_VERSION,
    prefs,
    safetyHeard: raw.safetyHeard === true,
    progress,
    usage,
    pending,
    finished: finished && finished.length > 0 ? finished : undefined,
    cold,
    coldLeft,
    therapy,
    history: history && history.length > 0 ? history : undefined,
  });
}
