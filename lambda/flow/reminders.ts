import { REMINDER_MAX_DELAY_MINUTES, REMINDERS_LISTED, TIME_OF_DAY, type ReminderDay, type ReminderSubject } from '../content/reminders';
import { COLD_MAX_MINUTES, COLD_REST_MINUTES, coldCycle } from '../content/therapy';
import type { ReminderFailure, SeenReminder } from '../services/reminders';
import { say, type Line, type Reply } from '../speech/Reply';
import { localIso, localTime, nextDay } from './localTime';
import { ask, known, tell } from './replies';
import type { Pending, ReminderWhen, State } from './State';
import { coldRoundsToday, dailyCap, zoneOf } from './coldRounds';
import type { TherapyContext } from './therapy';

/**
 * Reminders on the Alexa Reminders API: "remind me to massage my back every Sunday at 7 pm", "remind
 * me about my next cold round later today", "remind me in two hours"; listing and cancelling them.
 * The flow stays pure: it asks for Reminders API work as an effect, and hears back a 'reminders' event.
 */

/** A time as AMAZON.TIME gives it, on the clock: "19:00" is { hour: 19, minute: 0 }. */
export interface Clock {
  readonly hour: number;
  readonly minute: number;
}

export type ReminderEvent =
  | {
      readonly type: 'setReminder';
      readonly subject?: ReminderSubject | 'unknown';
      readonly day?: ReminderDay | 'unknown';
      readonly time?: Clock | 'unknown';
      /** "in two hours", in minutes. */
      readonly delay?: number;
    }
  /** A bare answer to "At what time?": "at 7 pm", "in an hour". */
  | { readonly type: 'reminderTime'; readonly time?: Clock | 'unknown'; readonly delay?: number; readonly day?: ReminderDay | 'unknown' }
  | { readonly type: 'listReminders' }
  | { readonly type: 'cancelReminder'; readonly subject?: ReminderSubject | 'unknown' }
  | { readonly type: 'reminders'; readonly of: ReminderEffect['kind']; readonly result: ReminderResult; readonly forget?: true };

/** When a reminder rings, as the Reminders API is told. Local times are in the user's time zone. */
export type ReminderTrigger =
  | { readonly kind: 'weekly'; readonly day: ReminderDay; readonly hour: number; readonly minute: number; readonly start: string; readonly timeZone: string }
  | { readonly kind: 'at'; readonly local: string; readonly timeZone: string }
  | { readonly kind: 'in'; readonly minutes: number };

export interface ReminderToSet {
  readonly subject: ReminderSubject;
  readonly trigger: ReminderTrigger;
  /** What Alexa says when it rings, in the user's language. */
  readonly text: Line;
}

/** Work against the Reminders API; its result comes back as a 'reminders' event. */
export type ReminderEffect =
  | { readonly kind: 'createReminders'; readonly reminders: readonly ReminderToSet[] }
  | { readonly kind: 'listReminders' }
  /** Deletes the skill's reminders about a subject, or all of them; `forget`: as part of "forget my settings". */
  | { readonly kind: 'deleteReminders'; readonly subject?: ReminderSubject; readonly forget?: true };

export type ReminderResult =
  | { readonly ok: true; readonly created?: number; readonly seen?: readonly SeenReminder[]; readonly deleted?: number }
  | { readonly ok: false; readonly failure: ReminderFailure };

export interface ReminderOutcome {
  readonly state: State;
  readonly reply: Reply;
  readonly effect?: ReminderEffect;
  /** The permission the reply asks for, or sends a card for, when it is the reminders one. */
  readonly scope?: 'reminders';
  /** Delete everything stored for the user (done before the reminders are deleted). */
  readonly forget?: true;
}

type ReminderPending = Extract<Pending, { kind: 'reminder' }>;

const MINUTE = 60_000;

/** The reminder's time on the clock, for speech: the translator turns clockHour and clockMinute into {{time}}. */
const clockParams = (clock: Clock) => ({ clockHour: clock.hour, clockMinute: clock.minute });

export function reminderEvent(state: State, event: ReminderEvent, ctx: TherapyContext): ReminderOutcome {
  switch (event.type) {
    case 'setReminder':
      return setReminder(state, event, ctx);
    case 'reminderTime':
      return setReminder(state, { type: 'setReminder', ...(event.time !== undefined && { time: event.time }), ...(event.delay !== undefined && { delay: event.delay }), ...(event.day !== undefined && { day: event.day }) }, ctx);
    case 'listReminders':
      return { state: clearedReminder(state), reply: tell([]), effect: { kind: 'listReminders' } };
    case 'cancelReminder': {
      const subject = known(event.subject);
      return { state: clearedReminder(state), reply: tell([]), effect: { kind: 'deleteReminders', ...(subject && { subject }) } };
    }
    case 'reminders':
      return event.forget ? forgotten(state, event.result) : remindersResult(state, event.of, event.result, ctx);
  }
}

const clearedReminder = (state: State): State => (state.pending === undefined ? state : { ...state, pending: undefined });

function setReminder(state: State, event: Extract<ReminderEvent, { type: 'setReminder' }>, ctx: TherapyContext): ReminderOutcome {
  const asked = state.pending?.kind === 'reminder' ? state.pending : undefined;
  const subject = known(event.subject) ?? asked?.subject ?? (state.coldLeft ? 'cold' : 'massage');
  const day = known(event.day) ?? asked?.day;
  const clock = event.time === 'unknown' ? undefined : event.time;
  const delay = event.delay !== undefined && Number.isFinite(event.delay) && event.delay > 0 ? Math.min(Math.round(event.delay), REMINDER_MAX_DELAY_MINUTES) : undefined;
  let when: ReminderWhen | undefined;
  if (delay !== undefined) when = { kind: 'in', minutes: delay };
  else if (clock && day) when = { kind: 'weekly', day, hour: clock.hour, minute: clock.minute };
  else if (clock) when = { kind: 'at', hour: clock.hour, minute: clock.minute };
  else if (subject === 'cold' && !day) when = nextColdRound(state, ctx);
  const pending: ReminderPending = { kind: 'reminder', subject, ...(day && { day }) };
  if (!when) {
    const question = day ? say('common:reminders.askTimeOn', { day: { key: `common:reminders.days.${day}` } }) : say('common:reminders.askTime');
    return { state: { ...state, pending }, reply: ask([question], [question]) };
  }
  if (subject === 'cold' && when.kind !== 'weekly' && ringsToday(when, ctx) && coldRoundsToday(state, ctx) >= dailyCap(ctx)) {
    return { state: clearedReminder(state), reply: tell([say('common:reminders.coldCapToday', { cap: dailyCap(ctx) }), say('common:goodbye')]) };
  }
  return reminderFor({ ...state, pending: { ...pending, when } }, ctx);
}

/**
 * When the next cold round is due: when the rounds left over today may start, or, after cold set
 * earlier, when its last pack comes off and the rest is over. Undefined when nothing says (then the
 * user is asked for a time).
 */
function nextColdRound(state: State, ctx: TherapyContext): ReminderWhen | undefined {
  const now = ctx.now.getTime();
  const inMinutes = (at: number): ReminderWhen => ({ kind: 'in', minutes: Math.max(1, Math.ceil((at - now) / MINUTE)) });
  if (state.coldLeft && Date.parse(state.coldLeft.after) > now && state.coldLeft.day === ctx.today()) return inMinutes(Date.parse(state.coldLeft.after));
  const last = [...(state.history ?? [])].reverse().find((e) => e.what === 'cold' && !e.stopped);
  if (last) {
    const off = coldCycle(last.n ?? 1, COLD_MAX_MINUTES).at(-1)?.minutes ?? COLD_MAX_MINUTES;
    const ready = Date.parse(last.at) + (off + COLD_REST_MINUTES) * MINUTE;
    if (ready > now) return inMinutes(ready);
  }
  return undefined;
}

/** The instant a reminder first rings (weekly ones: not needed, they are never about one day). */
function ringsAt(when: Exclude<ReminderWhen, { kind: 'weekly' }>, ctx: Pick<TherapyContext, 'now' | 'timeZone'>): { local: string; day: string; tomorrow: boolean } | number {
  if (when.kind === 'in') return ctx.now.getTime() + when.minutes * MINUTE;
  const zone = zoneOf(ctx);
  const now = localTime(ctx.now, zone);
  const later = when.hour * 60 + when.minute > now.hour * 60 + now.minute;
  const day = later ? now.day : nextDay(now.day);
  return { local: `${day}T${String(when.hour).padStart(2, '0')}:${String(when.minute).padStart(2, '0')}:00.000`, day, tomorrow: !later };
}

function ringsToday(when: Exclude<ReminderWhen, { kind: 'weekly' }>, ctx: TherapyContext): boolean {
  const at = ringsAt(when, ctx);
  return typeof at === 'number' ? localTime(new Date(at), zoneOf(ctx)).day === ctx.today() : !at.tomorrow;
}

/** What the Reminders API is asked to set for a reminder. */
export function reminderToSet(subject: ReminderSubject, when: ReminderWhen, ctx: Pick<TherapyContext, 'now' | 'timeZone'>): ReminderToSet {
  const text = say(`common:reminders.spoken.${subject}`);
  if (when.kind === 'weekly') {
    return { subject, text, trigger: { kind: 'weekly', day: when.day, hour: when.hour, minute: when.minute, start: localIso(ctx.now, zoneOf(ctx)), timeZone: zoneOf(ctx) } };
  }
  if (when.kind === 'in') return { subject, text, trigger: { kind: 'in', minutes: when.minutes } };
  const at = ringsAt(when, ctx);
  return { subject, text, trigger: { kind: 'at', local: typeof at === 'number' ? localIso(new Date(at), zoneOf(ctx)) : at.local, timeZone: zoneOf(ctx) } };
}

/** Sets the reminder in the pending question, or asks for the permission first. */
function reminderFor(state: State, ctx: TherapyContext): ReminderOutcome {
  const pending = state.pending?.kind === 'reminder' ? state.pending : undefined;
  if (!pending?.when) return { state, reply: ask([say('common:reminders.askTime')], [say('common:reminders.askTime')]) };
  if (ctx.reminderPermission === 'denied') return askPermission(state);
  return { state, reply: tell([]), effect: { kind: 'createReminders', reminders: [reminderToSet(pending.subject, pending.when, ctx)] } };
}

function askPermission(state: State): ReminderOutcome {
  return { state, reply: { speak: [say('common:reminders.permission.why')], end: true, askTimerPermission: true }, scope: 'reminders' };
}

/** Alexa's answer to the voice request for the reminders permission. */
export function reminderPermission(state: State, status: 'ACCEPTED' | 'DENIED' | 'NOT_ANSWERED' | 'unknown', ctx: TherapyContext): ReminderOutcome {
  if (status === 'ACCEPTED') {
    if (state.pending?.kind === 'reminder') return reminderFor(state, { ...ctx, reminderPermission: 'granted' });
    const whatNext = say('therapy:whatNext');
    return { state, reply: ask([say('common:reminders.permission.thanks'), whatNext], [whatNext]) };
  }
  const lines = [say(status === 'DENIED' ? 'common:reminders.permission.denied' : 'common:reminders.permission.notAnswered'), say('common:reminders.permission.card'), say('common:goodbye')];
  return { state: clearedReminder(state), reply: { speak: lines, end: true, permissionCard: true }, scope: 'reminders' };
}

/** "Every Sunday at 7 PM", "today at 1 PM", "in 40 minutes": what was set, said back (Amazon asks for time and repetition). */
function confirmation(subject: ReminderSubject, when: ReminderWhen, ctx: TherapyContext): Line {
  const about = { key: `common:reminders.subjects.${subject}` };
  if (when.kind === 'weekly') {
    return when.day === 'daily'
      ? say('common:reminders.set.daily', { subject: about, ...clockParams(when) })
      : say('common:reminders.set.weekly', { subject: about, day: { key: `common:reminders.days.${when.day}` }, ...clockParams(when) });
  }
  if (when.kind === 'in') return inWords('common:reminders.set', when.minutes, about);
  const at = ringsAt(when, ctx);
  const tomorrow = typeof at !== 'number' && at.tomorrow;
  return say(tomorrow ? 'common:reminders.set.tomorrow' : 'common:reminders.set.today', { subject: about, ...clockParams(when) });
}

/** "in 40 minutes" under two hours, else "in about 3 hours". */
function inWords(prefix: string, minutes: number, subject: { key: string }): Line {
  return minutes < 120 ? say(`${prefix}.inMinutes`, { count: minutes, subject }) : say(`${prefix}.inHours`, { count: Math.round(minutes / 60), subject });
}

/** "Forget my settings", the record already deleted: and the reminders, as far as the API allowed. */
function forgotten(state: State, result: ReminderResult): ReminderOutcome {
  const lines: Line[] = [say('common:prefs.forgotten')];
  if (!result.ok) lines.push(say('common:reminders.forgetFailed'));
  else if ((result.deleted ?? 0) > 0) lines.push(say('common:reminders.forgot', { count: result.deleted ?? 0 }));
  return { state, reply: tell(lines), forget: true };
}

function failureLine(failure: ReminderFailure): Line {
  return say(`common:reminders.failure.${failure}`);
}

function remindersResult(state: State, of: ReminderEffect['kind'], result: ReminderResult, ctx: TherapyContext): ReminderOutcome {
  const pending = state.pending?.kind === 'reminder' ? state.pending : undefined;
  if (!result.ok) {
    if (of === 'createReminders' && result.failure === 'permission' && pending) return askPermission(state);
    return { state: clearedReminder(state), reply: tell([failureLine(result.failure), say('common:goodbye')]) };
  }
  const rest = clearedReminder(state);
  switch (of) {
    case 'createReminders':
      if (!pending?.when) return { state: rest, reply: tell([say('common:goodbye')]) };
      return { state: rest, reply: tell([confirmation(pending.subject, pending.when, ctx)]) };
    case 'listReminders':
      return { state: rest, reply: listed(result.seen ?? [], ctx) };
    case 'deleteReminders': {
      const count = result.deleted ?? 0;
      return { state: rest, reply: tell([count === 0 ? say('common:reminders.cancel.none') : say('common:reminders.cancel.done', { count })]) };
    }
  }
}

function listed(seen: readonly SeenReminder[], ctx: TherapyContext): Reply {
  const whatNext = say('therapy:whatNext');
  if (seen.length === 0) return ask([say('common:reminders.list.none'), whatNext], [whatNext]);
  const lines: Line[] = [say('common:reminders.list.count', { count: seen.length })];
  const today = seen.some((r) => r.when.kind === 'at') ? ctx.today() : '';
  for (const reminder of seen.slice(0, REMINDERS_LISTED)) {
    const subject = { key: `common:reminders.listSubjects.${reminder.subject ?? 'other'}` };
    const when = reminder.when;
    if (when.kind === 'weekly') {
      lines.push(
        when.day === 'daily'
          ? say('common:reminders.list.daily', { subject, ...clockParams(when) })
          : say('common:reminders.list.weekly', { subject, day: { key: `common:reminders.days.${when.day}` }, ...clockParams(when) }),
      );
    } else if (when.kind === 'in') lines.push(inWords('common:reminders.list', when.minutes, subject));
    else if (when.day === today) lines.push(say('common:reminders.list.today', { subject, ...clockParams(when) }));
    else if (when.day === nextDay(today)) lines.push(say('common:reminders.list.tomorrow', { subject, ...clockParams(when) }));
    else lines.push(say('common:reminders.list.onDay', { subject, day: { key: `common:reminders.days.${when.weekday}` }, ...clockParams(when) }));
  }
  if (seen.length > REMINDERS_LISTED) lines.push(say('common:reminders.list.more', { count: seen.length - REMINDERS_LISTED }));
  lines.push(say('common:reminders.list.cancelHint'), whatNext);
  return ask(lines, [whatNext]);
}

/** What AMAZON.TIME said, on the clock ("19:00", "07:30"; MO, AF, EV, NI for parts of the day); undefined when it is none of these. */
export function clockOf(value: string | undefined): Clock | 'unknown' | undefined {
  if (value === undefined) return undefined;
  const part = TIME_OF_DAY[value];
  if (part) return part;
  const m = /^(\d{1,2}):(\d{2})$/.exec(value);
  if (!m) return 'unknown';
  const hour = Number(m[1]);
  const minute = Number(m[2]);
  return hour < 24 && minute < 60 ? { hour, minute } : 'unknown';
}
