import { COLD_DAILY_ROUNDS_MAX } from '../content/therapy';
import { BALL_ROLLER_DAILY_SECONDS, findRoutine, routinesFor } from '../content/routines';
import { HISTORY_DAYS, HISTORY_MAX_ENTRIES, HISTORY_WEEK_DAYS, SUGGESTED_AREAS, THERAPY_STOP_WINDOW_MINUTES, WEEKDAY_CODES, type ReminderSubject, type WeekdayCode } from '../content/reminders';
import type { Area, Routine } from '../content/types';
import { say, type Line, type Reply } from '../speech/Reply';
import { daysBetween, localTime, nextDay } from './localTime';
import { ask } from './replies';
import type { HistoryEntry, State } from './State';

/**
 * The history: each finished or stopped routine and each therapy set, kept 90 days (at most 100
 * entries) in the saved state; what the user hears of it ("what did I do last time", "how often did I
 * massage this week", "what do you know about me"), the welcome's suggestion, and the week on a screen.
 */

export interface HistoryContext {
  readonly now: Date;
  /** The user's local day, YYYY-MM-DD. */
  readonly today: () => string;
  /** The user's time zone (IANA); UTC when not given. */
  readonly timeZone?: () => string;
  /** The daily cap of cold rounds. */
  readonly coldDailyRounds: number;
  /** The device has a screen (APL): the week at a glance is worth working out. */
  readonly screen?: boolean;
}

/** The week at a glance, for a screen: the last seven local days, oldest first. */
export interface WeekScreen {
  readonly days: readonly { readonly day: string; readonly weekday: WeekdayCode; readonly massages: number; readonly coldRounds: number; readonly heat: number; readonly today: boolean }[];
}

export interface HistoryOutcome {
  readonly state: State;
  readonly reply: Reply;
  readonly week?: WeekScreen;
}

const DAY_MS = 86_400_000;

const zoneOf = (ctx: HistoryContext) => ctx.timeZone?.() ?? 'UTC';

/** An entry's identity, for merging two histories: when and what. */
export const historyKey = (entry: HistoryEntry): string => `${entry.at}|${entry.what}`;

/** Oldest first, none older than 90 days, at most 100 (the newest). */
export function trimHistory(entries: readonly HistoryEntry[], now: Date): HistoryEntry[] {
  const since = now.getTime() - HISTORY_DAYS * DAY_MS;
  return entries
    .filter((entry) => Date.parse(entry.at) >= since)
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
    .slice(-HISTORY_MAX_ENTRIES);
}

/** The time of an entry: ISO, to the minute ("2026-03-02T15:04Z"). */
const minuteOf = (now: Date) => `${now.toISOString().slice(0, 16)}Z`;

/** The state with one more entry in its history (kept within its bounds). */
export function recorded(state: State, entry: Omit<HistoryEntry, 'at'>, now: Date): State {
  const added: HistoryEntry = { at: minuteOf(now), ...entry };
  const others = (state.history ?? []).filter((e) => historyKey(e) !== historyKey(added));
  return { ...state, history: trimHistory([...others, added], now) };
}

/** Therapy timers cancelled: the therapy set last, within the last two hours, is marked stopped. */
export function therapyStopped(state: State, now: Date): State {
  const history = state.history ?? [];
  const since = now.getTime() - THERAPY_STOP_WINDOW_MINUTES * 60_000;
  const index = lastIndex(history, (e) => (e.what === 'cold' || e.what === 'heat') && Date.parse(e.at) >= since);
  const entry = history[index];
  if (!entry || entry.stopped) return state;
  return { ...state, history: history.map((e, i) => (i === index ? { ...e, stopped: true } : e)) };
}

function lastIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i] as T)) return i;
  return -1;
}

const isRoutine = (entry: HistoryEntry) => entry.what !== 'cold' && entry.what !== 'heat';

/** "today", "yesterday", "on Monday", "over a week ago": when an entry was, on the user's clock. */
function whenSaid(entry: HistoryEntry, ctx: HistoryContext): { key: string } {
  const local = localTime(new Date(entry.at), zoneOf(ctx));
  const ago = daysBetween(local.day, ctx.today());
  if (ago <= 0) return { key: 'common:history.when.today' };
  if (ago === 1) return { key: 'common:history.when.yesterday' };
  if (ago < HISTORY_WEEK_DAYS) return { key: `common:history.when.${WEEKDAY_CODES[local.weekday] ?? 'SU'}` };
  return { key: 'common:history.when.earlier' };
}

const routineName = (routine: Routine) => ({ key: `routines:${routine.id}.name` });

/** "What did I do last time?" */
export function lastTime(state: State, ctx: HistoryContext): HistoryOutcome {
  const last = state.history?.at(-1);
  const whatNext = say('therapy:whatNext');
  if (!last) return { state, reply: ask([say('common:history.last.none'), whatNext], [whatNext]) };
  const when = whenSaid(last, ctx);
  const routine = findRoutine(last.what);
  const week = screenWeek(state, ctx);
  if (routine) {
    const line = last.stopped
      ? say('common:history.last.stopped', { when, routine: routineName(routine), step: last.n ?? 1 })
      : say('common:history.last.routine', { when, routine: routineName(routine) });
    const again = say('common:history.last.again', { routine: routineName(routine) });
    return { state: { ...state, pending: { kind: 'routine', routine: routine.id } }, reply: ask([line, again], [again]), week };
  }
  const line = say(`common:history.last.${last.what === 'cold' ? 'cold' : 'heat'}`, { when, count: last.n ?? 1 });
  return { state, reply: ask([line, whatNext], [whatNext]), week };
}

interface WeekCounts {
  readonly massages: number;
  readonly coldRounds: number;
  readonly heat: number;
}

function countsOf(entries: readonly HistoryEntry[]): WeekCounts {
  let massages = 0;
  let coldRounds = 0;
  let heat = 0;
  for (const entry of entries) {
    if (entry.what === 'cold') coldRounds += entry.n ?? 1;
    else if (entry.what === 'heat') heat++;
    else massages++;
  }
  return { massages, coldRounds, heat };
}

/** The entries of the last seven local days, by day (oldest first). */
function lastSevenDays(state: State, ctx: HistoryContext): { day: string; entries: HistoryEntry[] }[] {
  const today = ctx.today();
  const first = nextDay(today, -(HISTORY_WEEK_DAYS - 1));
  const days = Array.from({ length: HISTORY_WEEK_DAYS }, (_, i) => ({ day: nextDay(first, i), entries: [] as HistoryEntry[] }));
  const since = ctx.now.getTime() - (HISTORY_WEEK_DAYS + 1) * DAY_MS;
  for (const entry of state.history ?? []) {
    if (Date.parse(entry.at) < since) continue;
    const day = localTime(new Date(entry.at), zoneOf(ctx)).day;
    days.find((d) => d.day === day)?.entries.push(entry);
  }
  return days;
}

/** The last seven days on a screen. */
export function weekAtAGlance(state: State, ctx: HistoryContext): WeekScreen {
  const today = ctx.today();
  return {
    days: lastSevenDays(state, ctx).map(({ day, entries }) => {
      const [y = 1970, m = 1, d = 1] = day.split('-').map(Number);
      const weekday = WEEKDAY_CODES[new Date(Date.UTC(y, m - 1, d)).getUTCDay()] ?? 'SU';
      return { day, weekday, ...countsOf(entries), today: day === today };
    }),
  };
}

/** The week for a screen, when the device has one (working it out needs the user's day and zone). */
export function screenWeek(state: State, ctx: HistoryContext): WeekScreen | undefined {
  return ctx.screen && state.history !== undefined && state.history.length > 0 ? weekAtAGlance(state, ctx) : undefined;
}

/** "How often did I massage this week?": the last seven days, for one subject or all. */
export function thisWeek(state: State, subject: ReminderSubject | undefined, ctx: HistoryContext): HistoryOutcome {
  const counts = countsOf(lastSevenDays(state, ctx).flatMap((d) => d.entries));
  const lines: Line[] = [];
  if (subject !== 'cold') lines.push(counts.massages > 0 ? say('common:history.week.massage', { count: counts.massages }) : say('common:history.week.noMassage'));
  if (subject === 'cold') lines.push(counts.coldRounds > 0 ? say('common:history.week.cold', { count: counts.coldRounds }) : say('common:history.week.noCold'));
  else if (counts.coldRounds > 0) lines.push(say('common:history.week.cold', { count: counts.coldRounds }));
  if (subject === undefined && counts.heat > 0) lines.push(say('common:history.week.heat', { count: counts.heat }));
  const week = screenWeek(state, ctx);
  if (subject !== 'cold' && counts.massages === 0) {
    const routine = suggestedRoutine(state, false);
    if (routine) {
      const question = say('common:history.welcome.suggest', { routine: routineName(routine) });
      return { state: { ...state, pending: { kind: 'routine', routine: routine.id } }, reply: ask([...lines, question], [say('common:history.welcome.suggestReprompt', { routine: routineName(routine) })]), week };
    }
  }
  const whatNext = say('therapy:whatNext');
  return { state, reply: ask([...lines, whatNext], [whatNext]), week };
}

/** "What do you know about me?": what is kept, in plain words, and how to delete it. */
export function aboutMe(state: State, ctx: HistoryContext): HistoryOutcome {
  const lines: Line[] = [];
  const { prefs } = state;
  if (prefs.equipment && prefs.equipment.length > 0) lines.push(say('common:history.about.equipment', { items: { allOf: prefs.equipment.map((e) => ({ key: `common:equipment.${e}` })) } }));
  if (prefs.oil) lines.push(say('common:history.about.oil', { oil: { key: `oils:choices.${prefs.oil}` } }));
  if (prefs.sensitiveSkin) lines.push(say('common:history.about.sensitiveSkin'));
  if (prefs.pace) lines.push(say(`common:history.about.pace.${prefs.pace}`));
  const routine = findRoutine(state.progress?.routine);
  if (routine && state.progress) lines.push(say('common:history.about.place', { routine: routineName(routine), step: state.progress.step + 1 }));
  const history = state.history ?? [];
  if (history.length > 0) lines.push(say('common:history.about.history', { count: history.length, days: HISTORY_DAYS }));
  const counted =
    (state.usage !== undefined && state.usage.ballRollerSeconds > 0 && state.usage.day === ctx.today()) ||
    (state.cold !== undefined && state.cold.rounds > 0 && state.cold.day === ctx.today());
  if (counted) lines.push(say('common:history.about.counts'));
  const whatNext = say('therapy:whatNext');
  if (lines.length === 0) return { state, reply: ask([say('common:history.about.nothing'), say('common:history.about.reminders'), whatNext], [whatNext]) };
  return { state, reply: ask([say('common:history.about.intro'), ...lines, say('common:history.about.reminders'), say('common:history.about.forget'), whatNext], [whatNext]), ...(history.length > 0 && { week: screenWeek(state, ctx) }) };
}

/** Ball and roller time used today: the whole five minutes (the source's limit) means rest. */
function ballRollerRest(state: State, ctx: HistoryContext): boolean {
  return state.usage !== undefined && state.usage.ballRollerSeconds >= BALL_ROLLER_DAILY_SECONDS && state.usage.day === ctx.today();
}

function coldRest(state: State, ctx: HistoryContext): boolean {
  return state.cold !== undefined && state.cold.rounds >= Math.min(COLD_DAILY_ROUNDS_MAX, Math.floor(ctx.coldDailyRounds)) && state.cold.day === ctx.today();
}

/**
 * The routine to suggest next: for the back area done least recently (another than last time's),
 * with the user's own equipment when a routine has it; no ball or roller when those muscles need rest.
 */
function suggestedRoutine(state: State, rest: boolean): Routine | undefined {
  const history = (state.history ?? []).filter(isRoutine);
  const lastArea = findRoutine(history.at(-1)?.what)?.area;
  const lastDone = (area: Area) => lastIndex(history, (e) => findRoutine(e.what)?.area === area);
  const areas = SUGGESTED_AREAS.filter((area) => area !== lastArea && routinesFor(area).length > 0);
  const area = [...areas].sort((a, b) => lastDone(a) - lastDone(b))[0] ?? lastArea;
  if (area === undefined) return undefined;
  const candidates = routinesFor(area).filter((r) => !r.forPartner && r.variantOf === undefined && !(rest && r.ballOrRoller));
  const mine = (state.prefs.equipment ?? []).map((e) => candidates.find((r) => r.equipment[0] === e)).find((r) => r !== undefined);
  return mine ?? candidates[0];
}

/**
 * The welcome for someone with a history: what they did last time, rest when today's limits are
 * reached, and a routine for today. Undefined when there is no routine in the history.
 */
export function welcomeFromHistory(state: State, ctx: HistoryContext): HistoryOutcome | undefined {
  const last = findRoutine((state.history ?? []).filter(isRoutine).at(-1)?.what);
  if (!last) return undefined;
  const lines: Line[] = [say('common:history.welcome.last', { routine: routineName(last) })];
  const rest = ballRollerRest(state, ctx);
  if (rest) lines.push(say('common:history.welcome.restBall'));
  if (coldRest(state, ctx)) lines.push(say('common:history.welcome.restCold'));
  const routine = suggestedRoutine(state, rest);
  if (!routine) {
    const whatNext = say('therapy:whatNext');
    return { state, reply: ask([...lines, whatNext], [whatNext]) };
  }
  const question = say('common:history.welcome.suggest', { routine: routineName(routine) });
  return {
    state: { ...state, pending: { kind: 'routine', routine: routine.id } },
    reply: ask([...lines, question], [say('common:history.welcome.suggestReprompt', { routine: routineName(routine) })]),
  };
}
