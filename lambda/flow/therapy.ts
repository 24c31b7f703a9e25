import {
  COLD_DAILY_ROUNDS_MAX,
  COLD_MAX_MINUTES,
  COLD_PACKS,
  COLD_REST_MINUTES,
  coldCycle,
  HEAT_DEFAULT_MINUTES,
  HEAT_MAX_MINUTES,
  HEAT_OPTIONS,
  roundsPerGo,
  SENSATION_CAUTION,
} from '../content/therapy';
import type { RunningTimer, TimerFailure } from '../services/timers';
import { say, type Line, type Reply } from '../speech/Reply';
import { coldLeftToOffer, coldRoundsToday, dailyCap, zoneOf } from './coldRounds';
import { recorded, therapyStopped } from './history';
import { localIso, localTime } from './localTime';
import type { ReminderResult, ReminderToSet } from './reminders';
import { ask, tell } from './replies';
import type { PlanBlock, State, TherapyRequest } from './State';

/** Heat and cold therapy: what the user asks, and what the Timers API answered. */
export type TherapyEvent =
  | { readonly type: 'cold'; readonly rounds?: number; readonly minutes?: number }
  | { readonly type: 'heat'; readonly minutes?: number }
  | { readonly type: 'therapyStatus' }
  | { readonly type: 'cancelTherapy' }
  | { readonly type: 'coldCount' }
  | { readonly type: 'coldPacks' }
  | { readonly type: 'heatOptions' }
  /** Alexa's answer to a voice permission request; `scope`: which permission, when the answer says. */
  | { readonly type: 'permission'; readonly status: 'ACCEPTED' | 'DENIED' | 'NOT_ANSWERED' | 'unknown'; readonly scope?: 'timers' | 'reminders' }
  | { readonly type: 'timers'; readonly of: Effect['kind']; readonly result: EffectResult };

/** Work the flow asks the handler to do against the Timers API; its result comes back as a 'timers' event. */
export type Effect =
  | {
      readonly kind: 'createTimers';
      readonly timers: readonly { readonly minutes: number; readonly label: Line; readonly announce: Line }[];
      /** A cold-therapy day: reminders for its later blocks, set once the timers are. */
      readonly reminders?: readonly ReminderToSet[];
    }
  | { readonly kind: 'listTimers' }
  | { readonly kind: 'cancelTimers' };

export type EffectResult =
  | { readonly ok: true; readonly created?: number; readonly running?: readonly RunningTimer[]; readonly reminders?: ReminderResult }
  | { readonly ok: false; readonly failure: TimerFailure };

export interface TherapyContext {
  readonly now: Date;
  /** The user's local calendar day, YYYY-MM-DD (worked out when first asked). */
  readonly today: () => string;
  /** From the request: whether the user granted the timers permission ('unknown' when not said). */
  readonly timerPermission: 'granted' | 'denied' | 'unknown';
  /** The same for the reminders permission ('unknown' when not said). */
  readonly reminderPermission?: 'granted' | 'denied' | 'unknown';
  /** The user's time zone (IANA), worked out when first asked, like `today` (UTC when not given). */
  readonly timeZone?: () => string;
  /** The daily cap of cold rounds (8 by default, never over 10). */
  readonly coldDailyRounds: number;
}

export interface TherapyOutcome {
  readonly state: State;
  readonly reply: Reply;
  readonly effect?: Effect;
  /** The permission the reply sends a card for, when it is the reminders one. */
  readonly scope?: 'reminders';
}

const MINUTE = 60_000;

function wholeOrUndefined(value: number | undefined): number | undefined {
  return value === undefined || !Number.isFinite(value) || value <= 0 ? undefined : Math.round(value);
}

/** Sets the timers for a therapy request (or asks for the permission): for a cold-therapy day's first block. */
export function scheduleRequest(state: State, request: TherapyRequest, ctx: TherapyContext): TherapyOutcome {
  return schedule({ ...state, therapy: request, coldLeft: undefined }, ctx);
}

export function therapyEvent(state: State, event: TherapyEvent, ctx: TherapyContext): TherapyOutcome {
  switch (event.type) {
    case 'cold':
      return cold(state, event.rounds, event.minutes, ctx);
    case 'heat':
      return heat(state, event.minutes, ctx);
    case 'therapyStatus':
      return { state, reply: tell([]), effect: { kind: 'listTimers' } };
    case 'cancelTherapy':
      return { state, reply: tell([]), effect: { kind: 'cancelTimers' } };
    case 'coldCount':
      return {
        state,
        reply: ask(
          [say('therapy:count', { count: coldRoundsToday(state, ctx), cap: dailyCap(ctx) }), say('therapy:whatNext')],
          [say('therapy:whatNext')],
        ),
      };
    case 'coldPacks':
      return options(state, 'cold', COLD_PACKS.map((id) => ({ key: `therapy:coldPacks.${id}` })), 'therapy:coldPacks.intro', 'therapy:coldPacks.towel');
    case 'heatOptions':
      return options(state, 'heat', HEAT_OPTIONS.map((id) => ({ key: `therapy:heatOptions.${id}` })), 'therapy:heatOptions.intro', 'therapy:heatOptions.safe');
    case 'permission':
      return permission(state, event.status, ctx);
    case 'timers':
      return timersResult(state, event.of, event.result, ctx);
  }
}

function options(state: State, therapy: 'cold' | 'heat', items: { key: string }[], intro: string, safety: string): TherapyOutcome {
  const question = say(`therapy:offer.${therapy}`);
  return {
    state: { ...state, pending: { kind: 'therapy', therapy } },
    reply: ask([say(intro, { items: { anyOf: items } }), say(safety), question], [question]),
  };
}

/**
 * Plans a cold cycle within the daily cap, the 20-minute limit and what fits in one go. `said`:
 * what an earlier plan of the same request already had to tell (planned again once permission is given).
 */
function cold(
  state: State,
  askedRounds: number | undefined,
  askedMinutes: number | undefined,
  ctx: TherapyContext,
  said: Pick<TherapyRequest, 'shortened' | 'cappedToday'> = { shortened: false, cappedToday: false },
): TherapyOutcome {
  const cap = dailyCap(ctx);
  const allowed = cap - coldRoundsToday(state, ctx);
  if (allowed <= 0) {
    return { state: { ...state, therapy: undefined }, reply: tell([say('therapy:cold.capReached', { cap }), say('therapy:cold.tryHeat')]) };
  }
  // "continue cold therapy" with rounds left over from earlier today sets those.
  const wanted = Math.min(wholeOrUndefined(askedRounds) ?? (coldLeftToOffer(state, ctx) || 1), COLD_DAILY_ROUNDS_MAX);
  const minutesAsked = wholeOrUndefined(askedMinutes);
  const minutes = Math.min(minutesAsked ?? COLD_MAX_MINUTES, COLD_MAX_MINUTES);
  const rounds = Math.min(wanted, allowed);
  const now = Math.min(rounds, roundsPerGo(minutes));
  const request: TherapyRequest = {
    kind: 'cold',
    rounds: now,
    minutes,
    leftover: rounds - now,
    shortened: said.shortened || (minutesAsked !== undefined && minutesAsked > COLD_MAX_MINUTES),
    cappedToday: said.cappedToday || wanted > allowed,
  };
  return schedule({ ...state, therapy: request, coldLeft: undefined }, ctx);
}

function heat(state: State, askedMinutes: number | undefined, ctx: TherapyContext): TherapyOutcome {
  const minutesAsked = wholeOrUndefined(askedMinutes);
  const minutes = Math.min(minutesAsked ?? HEAT_DEFAULT_MINUTES, HEAT_MAX_MINUTES);
  const request: TherapyRequest = { kind: 'heat', rounds: 1, minutes, leftover: 0, shortened: minutesAsked !== undefined && minutesAsked > HEAT_MAX_MINUTES, cappedToday: false };
  return schedule({ ...state, therapy: request }, ctx);
}

/** Reminders for a cold-therapy day's later blocks, at their local times. */
function planReminders(plan: readonly PlanBlock[], ctx: TherapyContext): ReminderToSet[] {
  return plan.map((block) => ({
    subject: 'cold',
    text: say('common:reminders.spoken.cold'),
    trigger: { kind: 'at', local: localIso(new Date(block.at), zoneOf(ctx)), timeZone: zoneOf(ctx) },
  }));
}

function timersFor(request: TherapyRequest, ctx: TherapyContext): Effect {
  const timers = timerList(request);
  // Without the reminders permission, the later blocks wait for the user to come back (and a card says how to allow reminders).
  if (request.plan && request.plan.length > 0 && ctx.reminderPermission !== 'denied') return { ...timers, reminders: planReminders(request.plan, ctx) };
  return timers;
}

function timerList(request: TherapyRequest): Extract<Effect, { kind: 'createTimers' }> {
  if (request.kind === 'heat') {
    return { kind: 'createTimers', timers: [{ minutes: request.minutes, label: say('therapy:label.heatOff'), announce: say('therapy:announce.heatOff') }] };
  }
  const total = request.rounds;
  return {
    kind: 'createTimers',
    timers: coldCycle(total, request.minutes).map((timer) => ({
      minutes: timer.minutes,
      label: say(`therapy:label.cold.${timer.kind}`, { round: timer.round, total }),
      announce:
        timer.kind === 'on'
          ? say('therapy:announce.coldOn', { round: timer.round })
          : say(timer.round === total ? 'therapy:announce.coldOffLast' : 'therapy:announce.coldOff', { rest: COLD_REST_MINUTES }),
    })),
  };
}

/**
 * Sets the timers for the request in the state, or asks for the permission first. Cold rounds are
 * charged here, as the timers are asked for: the handler writes the count before it sets them (and
 * has the flow think again when another device counted first), so that two devices at once cannot
 * both be given what is left under the cap. When the timers are not set, the rounds are given back.
 */
function schedule(state: State, ctx: TherapyContext): TherapyOutcome {
  const request = state.therapy;
  if (!request) return { state, reply: tell([say('therapy:nothingToSet')]) };
  if (ctx.timerPermission === 'denied') return askPermission(state, request);
  return { state: request.kind === 'cold' ? charge(state, request.rounds, ctx) : state, reply: tell([]), effect: timersFor(request, ctx) };
}

/** Today's cold count with `rounds` added (or, negative, given back). */
function charge(state: State, rounds: number, ctx: TherapyContext): State {
  return { ...state, cold: { day: ctx.today(), rounds: Math.max(0, coldRoundsToday(state, ctx) + rounds) } };
}

function askPermission(state: State, request: TherapyRequest): TherapyOutcome {
  return { state, reply: { speak: [say(`therapy:permission.why.${request.kind}`)], end: true, askTimerPermission: true } };
}

function permission(state: State, status: 'ACCEPTED' | 'DENIED' | 'NOT_ANSWERED' | 'unknown', ctx: TherapyContext): TherapyOutcome {
  const request = state.therapy;
  if (status === 'ACCEPTED') {
    if (!request) return { state, reply: ask([say('therapy:permission.thanks'), say('therapy:whatNext')], [say('therapy:whatNext')]) };
    const granted: TherapyContext = { ...ctx, timerPermission: 'granted' };
    // Cold is planned again: the day's count may have grown (another device) while permission was asked.
    if (request.kind === 'cold' && request.plan) {
      const rounds = Math.min(request.rounds, dailyCap(ctx) - coldRoundsToday(state, ctx));
      if (rounds <= 0) return cold(state, request.rounds, request.minutes, granted, request);
      return schedule({ ...state, therapy: { ...request, rounds } }, granted);
    }
    if (request.kind === 'cold') return cold(state, request.rounds + request.leftover, request.minutes, granted, request);
    return schedule(state, granted);
  }
  const rest = { ...state, therapy: undefined };
  const lines = [say(status === 'DENIED' ? 'therapy:permission.denied' : 'therapy:permission.notAnswered'), say('therapy:permission.card'), say('therapy:selfTimed')];
  return { state: rest, reply: { speak: [...lines, say('common:goodbye')], end: true, permissionCard: true } };
}

function failureReply(failure: TimerFailure): Line[] {
  return [say(`therapy:failure.${failure}`)];
}

function timersResult(state: State, of: Effect['kind'], result: EffectResult, ctx: TherapyContext): TherapyOutcome {
  if (!result.ok) {
    const request = state.therapy;
    // Nothing was set (createTimers takes back what it set before a failure): the cold rounds
    // charged when the timers were asked for are given back.
    const refunded = of === 'createTimers' && request?.kind === 'cold' ? charge(state, -request.rounds, ctx) : state;
    if (result.failure === 'permission' && request && of === 'createTimers') return askPermission(refunded, request);
    return { state: { ...refunded, therapy: undefined }, reply: tell([...failureReply(result.failure), say('therapy:selfTimed'), say('common:goodbye')]) };
  }
  switch (of) {
    case 'listTimers': {
      const next = result.running?.[0];
      if (!next) return { state, reply: tell([say('therapy:status.none')]) };
      const minutes = Math.max(1, Math.round(next.remainingSeconds / 60));
      const lines = [say('therapy:status.next', { label: next.label, minutes })];
      if ((result.running?.length ?? 0) > 1) lines.push(say('therapy:status.more', { count: (result.running?.length ?? 1) - 1 }));
      return { state, reply: tell(lines) };
    }
    case 'cancelTimers':
      return { state: therapyStopped({ ...state, therapy: undefined, coldLeft: undefined }, ctx.now), reply: tell([say('therapy:cancelled'), say('common:goodbye')]) };
    case 'createTimers':
      return scheduled(state, ctx, result.reminders);
  }
}

/**
 * Reduced sensation (diabetes, numbness): said with the first cold round of the day (the count holds these rounds
 * already), before "put the cold pack on now": the session ends with these words.
 */
function coldCaution(state: State, request: TherapyRequest, ctx: TherapyContext): Line[] {
  return coldRoundsToday(state, ctx) <= request.rounds ? [say(SENSATION_CAUTION.cold)] : [];
}

/** The timers are set (their rounds were charged when they were asked for): remember what is left, and send the user off with the pack on. */
function scheduled(state: State, ctx: TherapyContext, reminders: ReminderResult | undefined): TherapyOutcome {
  const request = state.therapy;
  if (!request) return { state, reply: tell([say('therapy:nothingToSet')]) };
  const rest: State = recorded({ ...state, therapy: undefined }, { what: request.kind, n: request.kind === 'cold' ? request.rounds : request.minutes }, ctx.now);
  if (request.kind === 'cold' && request.plan && request.plan.length > 0) return planScheduled(rest, request, request.plan, ctx, reminders);
  if (request.kind === 'heat') {
    // Who should not use heat, said before "put the heat on now": the session ends with these words.
    const lines = [...(request.shortened ? [say('therapy:heat.shortened', { minutes: HEAT_MAX_MINUTES })] : []), say(SENSATION_CAUTION.heat), say('therapy:heat.started', { minutes: request.minutes }), say('therapy:heat.safe')];
    return { state: rest, reply: tell(lines) };
  }
  const last = coldCycle(request.rounds, request.minutes).at(-1)?.minutes ?? request.minutes;
  const lines: Line[] = [];
  if (request.shortened) lines.push(say('therapy:cold.shortened', { minutes: COLD_MAX_MINUTES }));
  // What was asked and could not be given, said once, in one sentence: the day's cap, the two-hour timer limit, or both.
  const plan = { total: request.rounds + request.leftover, now: request.rounds, later: request.leftover };
  if (request.leftover > 0) lines.push(say(request.cappedToday ? 'therapy:cold.cappedSplit' : 'therapy:cold.split', plan));
  else if (request.cappedToday) lines.push(say('therapy:cold.cappedToday', { count: request.rounds }));
  lines.push(...coldCaution(state, request, ctx));
  lines.push(say('therapy:cold.started'), say(request.rounds > 1 ? 'therapy:cold.timersCycle' : 'therapy:cold.timerOne', { rounds: request.rounds, minutes: request.minutes }));
  if (request.leftover > 0) lines.push(say('therapy:cold.comeBack'));
  lines.push(say('common:goodbye'));
  return {
    state: {
      ...rest,
      ...(request.leftover > 0
        ? { coldLeft: { day: ctx.today(), rounds: request.leftover, after: new Date(ctx.now.getTime() + (last + COLD_REST_MINUTES) * MINUTE).toISOString() } }
        : {}),
    },
    reply: tell(lines),
  };
}

/**
 * The first block of a cold-therapy day is set: what is on now, and the later blocks: reminded of at
 * their times, or, without reminders, offered when the user comes back (the rounds left over today).
 */
function planScheduled(state: State, request: TherapyRequest, plan: readonly PlanBlock[], ctx: TherapyContext, reminders: ReminderResult | undefined): TherapyOutcome {
  const lines: Line[] = [say('therapy:plan.started')];
  lines.push(...coldCaution(state, request, ctx));
  lines.push(say('therapy:cold.started'), say(request.rounds > 1 ? 'therapy:cold.timersCycle' : 'therapy:cold.timerOne', { rounds: request.rounds, minutes: request.minutes }));
  let card = false;
  if (reminders?.ok) {
    for (const block of plan) {
      const clock = localTime(new Date(block.at), zoneOf(ctx));
      lines.push(say('therapy:plan.reminderAt', { count: block.rounds, clockHour: clock.hour, clockMinute: clock.minute }));
    }
  } else if (reminders === undefined || reminders.failure === 'permission') {
    card = true;
    lines.push(say('therapy:plan.noReminders'), say('therapy:plan.comeBack'));
  } else {
    lines.push(say(`common:reminders.failure.${reminders.failure}`), say('therapy:plan.comeBack'));
  }
  lines.push(say('common:goodbye'));
  const later = plan.reduce((sum, block) => sum + block.rounds, 0);
  const next = plan[0]?.at ?? ctx.now.toISOString();
  const done: State = { ...state, coldLeft: { day: ctx.today(), rounds: later, after: next } };
  return card ? { state: done, reply: { speak: lines, end: true, permissionCard: true }, scope: 'reminders' } : { state: done, reply: tell(lines) };
}
