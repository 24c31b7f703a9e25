import { historyKey, trimHistory } from '../flow/history';
import { durable, shaped, type HistoryEntry, type Preferences, type Progress, type State } from '../flow/State';

/** Two parts of state are the same when their JSON is (they are small, plain data). */
function same(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** Three-way: what this side changed since it read wins, anything else is taken as stored now. */
function pick<T>(fresh: T, base: T, mine: T): T {
  return same(mine, base) ? fresh : mine;
}

function mergePrefs(fresh: Preferences, base: Preferences, mine: Preferences): Preferences {
  const merged: { -readonly [K in keyof Preferences]: Preferences[K] } = {};
  for (const key of ['equipment', 'oil', 'sensitiveSkin', 'pace', 'knowsNext'] as const) {
    const value = pick(fresh[key], base[key], mine[key]);
    // One key at a time: the union of value types does not narrow per key.
    if (value !== undefined) (merged as Record<string, unknown>)[key] = value;
  }
  return merged;
}

/**
 * The place in a routine: when both sides moved it, the later move wins (updatedAt). A place this
 * side cleared (the routine finished) counts as cleared now; one cleared elsewhere, at a time not
 * kept, counts as older than any place, so that a place is kept rather than lost.
 */
function mergeProgress(fresh: Progress | undefined, base: Progress | undefined, mine: Progress | undefined, now: Date): Progress | undefined {
  if (same(mine, base)) return fresh;
  if (same(fresh, base)) return mine;
  const mineAt = mine ? Date.parse(mine.updatedAt) : now.getTime();
  const freshAt = fresh ? Date.parse(fresh.updatedAt) : Number.NEGATIVE_INFINITY;
  return mineAt >= freshAt ? mine : fresh;
}

/**
 * A daily count ({ day, count }): per day, never dropping what either side counted. Same day: the
 * stored count plus what this side counted since it read (its count less the count it read, for that
 * day), and less what it gave back (cold rounds charged for timers that could not be set), never
 * below zero. A later day replaces an earlier one; a count this side did not touch is taken as stored.
 */
function mergeCount<K extends string, T extends { readonly day: string } & { readonly [key in K]: number }>(
  key: K,
  fresh: T | undefined,
  base: T | undefined,
  mine: T | undefined,
): T | undefined {
  if (same(mine, base) || mine === undefined) return fresh;
  if (fresh === undefined || fresh.day < mine.day) return mine;
  if (fresh.day > mine.day) return fresh;
  const added = mine[key] - (base?.day === mine.day ? base[key] : 0);
  return { ...fresh, [key]: Math.max(0, fresh[key] + added) };
}

/**
 * The history, three-way, entry by entry (an entry is known by its time and what it was): the record's
 * entries, less those this side removed since it read (forgotten, or past 90 days), plus those it added
 * or changed (a therapy marked stopped); oldest first, trimmed to 90 days and 100 entries. Two devices
 * that each finished a routine keep both.
 */
function mergeHistory(fresh: readonly HistoryEntry[] | undefined, base: readonly HistoryEntry[] | undefined, mine: readonly HistoryEntry[] | undefined, now: Date): readonly HistoryEntry[] | undefined {
  if (same(mine, base)) return fresh;
  if (same(fresh, base)) return mine;
  const mineByKey = new Map((mine ?? []).map((e) => [historyKey(e), e]));
  const removed = new Set((base ?? []).map(historyKey).filter((key) => !mineByKey.has(key)));
  const merged = new Map<string, HistoryEntry>();
  for (const entry of fresh ?? []) if (!removed.has(historyKey(entry))) merged.set(historyKey(entry), entry);
  const baseByKey = new Map((base ?? []).map((e) => [historyKey(e), e]));
  for (const [key, entry] of mineByKey) {
    const before = baseByKey.get(key);
    // What this side added or changed wins; an entry it left as it was takes the record's (stopped elsewhere, say).
    if (before === undefined || !same(before, entry)) merged.set(key, { ...merged.get(key), ...entry, ...(merged.get(key)?.stopped || entry.stopped ? { stopped: true as const } : {}) });
  }
  const result = trimHistory([...merged.values()], now);
  return result.length > 0 ? result : undefined;
}

/**
 * The durable state to write when the record changed between this side's read and its write:
 * `fresh` is the record now, `base` what this side read, `mine` what it would have written.
 * - settings (each preference, the safety note heard, the pending therapy request, leftover
 *   cold rounds): what this side changed wins, the rest is taken from the record;
 * - the place in a routine: the later move wins, by its updatedAt;
 * - today's ball-and-roller seconds and cold rounds: added up per day, so that no counted second
 *   or round is dropped (and the daily limits, checked against these counts, hold for both sides);
 *   rounds this side gave back are taken off;
 * - the history: entries added on either side are kept, entries this side removed go (mergeHistory).
 * Session-only parts (the open question, routines finished this session) are this side's.
 */
export function mergeState(fresh: State, base: State, mine: State, now: Date): State {
  const f = durable(fresh);
  const b = durable(base);
  return shaped({
    v: mine.v,
    prefs: mergePrefs(f.prefs, b.prefs, mine.prefs),
    safetyHeard: pick(f.safetyHeard, b.safetyHeard, mine.safetyHeard),
    progress: mergeProgress(f.progress, b.progress, mine.progress, now),
    usage: mergeCount('ballRollerSeconds', f.usage, b.usage, mine.usage),
    cold: mergeCount('rounds', f.cold, b.cold, mine.cold),
    coldLeft: pick(f.coldLeft, b.coldLeft, mine.coldLeft),
    therapy: pick(f.therapy, b.therapy, mine.therapy),
    history: mergeHistory(f.history, b.history, mine.history, now),
    pending: mine.pending,
    finished: mine.finished,
  });
}

/** Whether this side changed a daily count since it read the record (then it must not be spoken unsaved). */
export function countsChanged(base: State, mine: State): boolean {
  return !same(base.usage, mine.usage) || !same(base.cold, mine.cold);
}
