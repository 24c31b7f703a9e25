import { ADVICE, OILS, type AdviceTopic, type Answer, type OilChoice, type OilNeed } from '../content/advice';
import type { RedFlag } from '../content/safety';
import { BALL_ROLLER_DAILY_SECONDS, coveredAreas, equipmentChoices, findRoutine, routinesFor } from '../content/routines';
import type { Area, Equipment, Routine, Step } from '../content/types';
import { say, type Line, type Reply, type TextCard } from '../speech/Reply';
import { ask, cleared, inRoutine, known, tell } from './replies';
import { INITIAL_STATE, shaped, type Preferences, type Progress, type State } from './State';
import { pain, pregnancy, redFlag, unknownPain } from './safety';
import { coldLeftToOffer } from './coldRounds';
import { therapyEvent, type Effect, type TherapyContext, type TherapyEvent } from './therapy';
import { declinePlan, planColdDay, startPlan } from './coldPlan';
import { aboutMe, lastTime, recorded, screenWeek, thisWeek, welcomeFromHistory, type WeekScreen } from './history';
import { reminderEvent, reminderPermission, type ReminderEffect, type ReminderEvent } from './reminders';
import type { ReminderSubject } from '../content/reminders';

/**
 * What the user did. Slots that were said but not understood arrive as 'unknown';
 * slots that were not said are left out.
 */
export type Event =
  | { readonly type: 'launch' }
  | { readonly type: 'start'; readonly area?: Area | 'unknown'; readonly equipment?: Equipment | 'unknown' }
  /** "My lower back is sore": a routine for the area, or, in a running routine, a stop as for pain. */
  | { readonly type: 'complaint'; readonly area?: Area | 'unknown'; readonly equipment?: Equipment | 'unknown' }
  | { readonly type: 'equipment'; readonly equipment?: Equipment | 'unknown' }
  | { readonly type: 'advice'; readonly topic?: AdviceTopic | 'unknown' }
  | { readonly type: 'oil'; readonly need?: OilNeed | 'unknown' }
  | { readonly type: 'redFlag'; readonly symptom?: RedFlag | 'unknown' }
  | { readonly type: 'setOil'; readonly oil?: OilChoice | 'unknown' }
  | { readonly type: 'pace'; readonly pace?: 'slow' | 'normal' | 'fast' | 'unknown' }
  /** "How often did I massage this week?" (or ice: the subject). */
  | { readonly type: 'historyWeek'; readonly subject?: ReminderSubject | 'unknown' }
  | TherapyEvent
  | ReminderEvent
  | SimpleEvent;

/** Events that carry nothing but their name. */
export interface SimpleEvent {
  readonly type:
    | 'next' | 'previous' | 'repeat' | 'startOver' | 'pause' | 'resume' | 'where'
    | 'stop' | 'help' | 'fallback' | 'greeting' | 'thanks' | 'yes' | 'no' | 'sessionEnd' | 'menu' | 'pain' | 'pregnancy'
    | 'sensitiveSkin' | 'forget' | 'finish' | 'stepsLeft' | 'planColdDay' | 'historyLast' | 'aboutMe';
}

export interface Context extends TherapyContext {
  /** The time of the request. */
  readonly now: Date;
  /** The first request of a session. */
  readonly newSession: boolean;
  /** The device has a screen (APL): a step comes with its card, and the week at a glance with the welcome and the history answers. */
  readonly screen?: boolean;
}

export interface Outcome {
  readonly state: State;
  readonly reply: Reply;
  /** Work against the Timers API ('timers' event back) or the Reminders API ('reminders' event back). */
  readonly effect?: Effect | ReminderEffect;
  /** Delete everything stored for the user (and save nothing after); done before the effect (the reminders). */
  readonly forget?: true;
  /** The permission the reply asks for or sends a card for, when it is the reminders one (else the timers one). */
  readonly scope?: 'reminders';
  /** The week at a glance, for a screen. */
  readonly week?: WeekScreen;
}

/** Progress untouched for longer than this is offered as a fresh start. */
export const STALE_AFTER_MS = 24 * 60 * 60 * 1000;

const routineName = (routine: Routine) => ({ key: `routines:${routine.id}.name` });

/** The flow: one pure step from state and event to the next state and what to say. */
export function transition(previous: State, event: Event, ctx: Context): Outcome {
  const state: State = ctx.newSession ? startSession(previous) : previous;
  const outcome = dispatch(state, event, ctx);
  return { ...outcome, state: shaped(outcome.state) };
}

/** A new session: nothing is open, and saved progress waits (paused) until it is resumed. */
function startSession(previous: State): State {
  const progress = previous.progress && { ...previous.progress, paused: true };
  return { ...previous, pending: undefined, finished: undefined, progress };
}

/**
 * A launch, the first request of most sessions, is told apart before the others: V8 compiles a
 * function whole the first time it runs, and this switch cost a cold launch 0.09 ms.
 */
function dispatch(state: State, event: Event, ctx: Context): Outcome {
  return event.type === 'launch' ? launch(state, ctx) : dispatchOther(state, event, ctx);
}

function dispatchOther(state: State, event: Exclude<Event, { type: 'launch' }>, ctx: Context): Outcome {
  const pending = state.pending;
  switch (event.type) {
    case 'start':
      return start(cleared(state), event.area, event.equipment, ctx);
    case 'complaint':
      // Pain somewhere the skill does not know ("my chest hurts") is never answered with a massage offer.
      if (event.area === 'unknown') return unknownPain(state, ctx.now);
      return inRoutine(state) ? pain(state, ctx.now) : start(cleared(state), event.area, event.equipment, ctx);
    case 'finish':
      return finishNow(cleared(state), ctx);
    case 'stepsLeft':
      return stepsLeft(state);
    case 'equipment':
      return start(cleared(state), pending?.kind === 'equipment' ? pending.area : undefined, event.equipment ?? 'unknown', ctx);
    case 'next':
      // "Continue" said to "want to continue?" (the offer of saved progress) picks up at the step it was on, as "yes"
      // does. In a running routine ("want to go on with your routine?" after an answer) it is the next step.
      if (pending?.kind === 'resume' && state.progress?.paused) return resume(cleared(state), ctx);
      return move(learnedNext(cleared(state)), +1, ctx);
    case 'previous':
      return move(cleared(state), -1, ctx);
    case 'repeat':
      return move(cleared(state), 0, ctx);
    case 'startOver':
      return startOver(cleared(state), ctx);
    case 'pause':
      return pause(cleared(state), ctx);
    case 'resume':
      return resume(cleared(state), ctx);
    case 'where':
      return where(state);
    case 'stop':
      return stop(cleared(state), ctx);
    case 'help':
      return help(state, ctx);
    case 'fallback':
      return fallback(state, ctx);
    case 'greeting':
    case 'thanks':
      return smallTalk(state, ctx, event.type);
    case 'yes':
      return yes(state, ctx);
    case 'no':
      return no(state, ctx);
    case 'sessionEnd':
      return { state: cleared(state), reply: tell([]) };
    case 'advice': {
      if (event.topic === 'unknown') return unknownTopic(cleared(state));
      const topic = event.topic ?? 'tips';
      return answer(cleared(state), 'advice', topic, ADVICE[topic]);
    }
    case 'oil': {
      const need = known(event.need) ?? 'general';
      return answer(cleared(state), 'oils', need, OILS[need]);
    }
    case 'menu':
      return menu(cleared(state));
    case 'pain':
      return pain(state, ctx.now);
    case 'redFlag':
      return redFlag(state, event.symptom, ctx.now);
    case 'pregnancy':
      return pregnancy(state, ctx.now);
    case 'setOil':
      return setOil(cleared(state), known(event.oil));
    case 'sensitiveSkin':
      return preference(cleared(state), { ...state.prefs, sensitiveSkin: true }, say('common:prefs.sensitiveSkin'));
    case 'pace':
      return pace(cleared(state), known(event.pace));
    case 'forget':
      return { state: { ...state, pending: { kind: 'forget' } }, reply: ask([say('common:prefs.forgetConfirm')], [say('common:prefs.forgetConfirm')]) };
    case 'cold':
    case 'heat':
    case 'therapyStatus':
    case 'cancelTherapy':
    case 'coldCount':
    case 'coldPacks':
    case 'heatOptions':
    case 'timers':
      return therapyEvent(cleared(state), event, ctx);
    case 'permission':
      // The reminders permission: said by the answer, or, when it does not say, the reminder waiting for it.
      if (event.scope === 'reminders' || (event.scope === undefined && pending?.kind === 'reminder')) return reminderPermission(state, event.status, ctx);
      return therapyEvent(cleared(state), event, ctx);
    case 'reminderTime':
      // A bare time ("at 7 pm") answers "At what time?"; said out of the blue it is not understood.
      return pending?.kind === 'reminder' ? reminderEvent(state, event, ctx) : fallback(state, ctx);
    case 'setReminder':
    case 'reminders':
      return reminderEvent(state, event, ctx);
    case 'listReminders':
    case 'cancelReminder':
      return reminderEvent(cleared(state), event, ctx);
    case 'planColdDay':
      return planColdDay(cleared(state), ctx);
    case 'historyLast':
      return lastTime(cleared(state), ctx);
    case 'historyWeek':
      return thisWeek(cleared(state), known(event.subject), ctx);
    case 'aboutMe':
      return aboutMe(cleared(state), ctx);
  }
}

// ---------------------------------------------------------------------------------------------
// Launch and choosing a routine

function launch(state: State, ctx: Context): Outcome {
  const coldLeft = coldLeftToOffer(state, ctx);
  if (coldLeft > 0) {
    const question = say('therapy:cold.leftoverOffer', { count: coldLeft });
    return { state: { ...state, pending: { kind: 'coldLeft' } }, reply: ask([say('common:launch.welcomeBackShort'), question], [question]) };
  }
  const progress = state.progress;
  const routine = findRoutine(progress?.routine);
  if (progress && routine) {
    if (isStale(progress, ctx)) {
      return {
        state: { ...state, pending: { kind: 'routine', routine: routine.id } },
        reply: ask(
          [say('common:launch.staleProgress', { routine: routineName(routine) })],
          [say('common:launch.staleProgressReprompt', { routine: routineName(routine) })],
        ),
      };
    }
    return {
      state: { ...state, pending: { kind: 'resume' } },
      reply: ask(
        [say('common:launch.resumeOffer', { step: progress.step + 1, total: routine.steps.length, routine: routineName(routine) })],
        [say('common:launch.resumeOfferReprompt')],
      ),
    };
  }
  if (!state.safetyHeard) {
    return {
      state: { ...state, safetyHeard: true },
      reply: ask([say('common:launch.firstWelcome'), say('common:safety.firstUse'), say('common:launch.firstPrompt')], [say('common:launch.reprompt')], safetyCard()),
    };
  }
  const welcome = welcomeFromHistory(state, ctx);
  if (welcome) return { state: welcome.state, reply: welcome.reply, week: screenWeek(state, ctx) };
  return { state, reply: ask([say('common:launch.welcomeBack')], [say('common:launch.reprompt')]) };
}

function defaultArea(state: State): Area | undefined {
  const fromProgress = findRoutine(state.progress?.routine)?.area;
  if (fromProgress) return fromProgress;
  const areas = coveredAreas();
  return areas.length === 1 ? areas[0] : undefined;
}

function equipmentQuestion(area: Area): Line {
  return say('common:choose.equipmentQuestion', {
    area: { key: `common:areas.${area}` },
    options: { anyOf: equipmentChoices(area).map((e) => ({ key: `common:equipment.${e}` })) },
  });
}

function start(state: State, area: Area | 'unknown' | undefined, equipment: Equipment | 'unknown' | undefined, ctx: Context): Outcome {
  const chosenArea = area ?? defaultArea(state);
  if (chosenArea === undefined) {
    const question = say('common:choose.areaQuestion', { areas: { anyOf: coveredAreas().map((a) => ({ key: `common:areas.${a}` })) } });
    return { state, reply: ask([question], [question]) };
  }
  if (chosenArea === 'unknown' || routinesFor(chosenArea).length === 0) {
    const offer = coveredAreas()[0];
    const notCovered = chosenArea === 'unknown' ? say('common:choose.unknownArea') : say('common:choose.areaNotCovered', { area: { key: `common:areas.${chosenArea}` } });
    if (offer === undefined) return { state, reply: tell([notCovered]) };
    return {
      state: { ...state, pending: { kind: 'area', area: offer } },
      reply: ask([notCovered, say('common:choose.offerArea', { area: { key: `common:areas.${offer}` } })], [say('common:choose.offerArea', { area: { key: `common:areas.${offer}` } })]),
    };
  }
  const candidates = routinesFor(chosenArea);
  if (equipment === undefined || equipment === 'unknown') {
    const only = candidates.length === 1 ? candidates[0] : undefined;
    if (only) return begin(state, only, ctx);
    const remembered = equipment === undefined ? state.prefs.equipment?.find((e) => candidates.some((r) => !r.forPartner && r.equipment[0] === e)) : undefined;
    if (remembered) {
      const question = say('common:choose.rememberedQuestion', { area: { key: `common:areas.${chosenArea}` }, equipment: { key: `common:equipment.${remembered}` } });
      return { state: { ...state, pending: { kind: 'remembered', area: chosenArea, equipment: remembered } }, reply: ask([question], [question]) };
    }
    return askEquipment(state, chosenArea, equipment === 'unknown' ? [say('common:choose.equipmentUnknown')] : []);
  }
  const match = candidates.find((r) => r.equipment.includes(equipment));
  if (match) return begin(state, match, ctx);
  return askEquipment(state, chosenArea, [
    say('common:choose.noRoutineWith', { area: { key: `common:areas.${chosenArea}` }, equipment: { key: `common:equipment.${equipment}` } }),
  ]);
}

function askEquipment(state: State, area: Area, intro: readonly Line[]): Outcome {
  return {
    state: { ...state, pending: { kind: 'equipment', area } },
    reply: ask([...intro, equipmentQuestion(area)], [equipmentQuestion(area)]),
  };
}

/** Starts a routine at its first step. */
function begin(state: State, routine: Routine, ctx: Context): Outcome {
  if (routine.ballOrRoller && usedToday(state, ctx) + firstTimedSeconds(routine) > BALL_ROLLER_DAILY_SECONDS) {
    return limitReached(state, routine);
  }
  const progress: Progress = { routine: routine.id, step: 0, side: 0, paused: false, updatedAt: ctx.now.toISOString() };
  const used = routine.equipment[0];
  const prefs: Preferences =
    used && !routine.forPartner ? { ...state.prefs, equipment: [used, ...(state.prefs.equipment ?? []).filter((e) => e !== used)].slice(0, 4) } : state.prefs;
  // First use: a short screen before step 1 (the whole note goes to the Alexa app as a card); later
  // starts say how many steps there are. The five-minute rule is said once a day, after the first step.
  const firstUse = !state.safetyHeard;
  const opening: Line[] = firstUse
    ? [say('common:safety.firstUse'), say(`routines:${routine.id}.intro`)]
    : [say(`routines:${routine.id}.intro`), say('common:routine.overview', { steps: routine.steps.length })];
  const after: Line[] = [];
  if (routine.ballOrRoller && usedToday(state, ctx) === 0) after.push(say('common:routine.ballRollerLimit'));
  return present({ ...state, safetyHeard: true, progress, prefs }, ctx, opening, after, firstUse ? safetyCard() : undefined);
}

/** The whole safety note, for the Alexa app: what is said at first use in one line. */
function safetyCard() {
  return { title: say('common:safety.cardTitle'), lines: [say('common:safety.note'), say('common:safety.screen'), say('common:safety.temporary')] };
}

/** The user has said "next" in a routine: from now on a step ends with a short "Ready?", not "Ready for the next step?". */
function learnedNext(state: State): State {
  return state.prefs.knowsNext || !inRoutine(state) ? state : { ...state, prefs: { ...state.prefs, knowsNext: true } };
}

// ---------------------------------------------------------------------------------------------
// Moving through a routine

interface Position {
  readonly step: number;
  readonly side: number;
}

function sidesOf(step: Step | undefined): number {
  return Math.max(1, step?.sides?.length ?? 1);
}

function shift(routine: Routine, at: Position, delta: -1 | 0 | 1): Position | 'before' | 'after' {
  if (delta === 0) return at;
  if (delta === 1) {
    if (at.side + 1 < sidesOf(routine.steps[at.step])) return { step: at.step, side: at.side + 1 };
    return at.step + 1 < routine.steps.length ? { step: at.step + 1, side: 0 } : 'after';
  }
  if (at.side > 0) return { step: at.step, side: at.side - 1 };
  if (at.step === 0) return 'before';
  return { step: at.step - 1, side: sidesOf(routine.steps[at.step - 1]) - 1 };
}

function noRoutine(state: State): Outcome {
  return { state, reply: ask([say('common:routine.noneActive')], [say('common:launch.reprompt')]) };
}

function move(state: State, delta: -1 | 0 | 1, ctx: Context): Outcome {
  const progress = state.progress;
  const routine = findRoutine(progress?.routine);
  if (!progress || !routine) return noRoutine(state);
  const target = shift(routine, progress, delta);
  if (target === 'after') return finish(state, routine, ctx);
  if (target === 'before') return present(state, ctx, [say('common:routine.alreadyFirst')]);
  return present({ ...state, progress: { ...progress, ...target, paused: false, updatedAt: ctx.now.toISOString() } }, ctx);
}

function startOver(state: State, ctx: Context): Outcome {
  const routine = findRoutine(state.progress?.routine);
  if (!routine) return noRoutine(state);
  return begin(state, routine, ctx);
}

function timedSeconds(step: Step): number {
  return step.holdSeconds === undefined ? 0 : step.holdSeconds * (step.reps ?? 1);
}

function firstTimedSeconds(routine: Routine): number {
  return routine.steps.map(timedSeconds).find((s) => s > 0) ?? 0;
}

function usedToday(state: State, ctx: Context): number {
  // The day is only worked out when something was counted (it may cost a settings look-up).
  return state.usage !== undefined && state.usage.day === ctx.today() ? state.usage.ballRollerSeconds : 0;
}

/**
 * Speaks the current step (header, side, instruction, counts, prompt) and counts its ball
 * or roller time. Refuses, keeping the place, once today's five minutes are used up.
 */
function present(state: State, ctx: Context, before: readonly Line[] = [], after: readonly Line[] = [], card?: TextCard): Outcome {
  const progress = state.progress;
  const routine = findRoutine(progress?.routine);
  const step = routine?.steps[progress?.step ?? -1];
  if (!progress || !routine || !step) return noRoutine(state);

  const used = routine.ballOrRoller ? usedToday(state, ctx) : 0;
  const timed = timedSeconds(step);
  if (routine.ballOrRoller && used + timed > BALL_ROLLER_DAILY_SECONDS) {
    return limitReached(state, routine);
  }

  const lines: Line[] = [...before, say('common:routine.stepHeader', { step: progress.step + 1, total: routine.steps.length })];
  const side = step.sides?.[progress.side];
  if (side) lines.push(say(`common:sides.${side}`));
  lines.push(say(`routines:${routine.id}.steps.${step.key}`));
  if (step.checkIn) lines.push(say(`routines:${routine.id}.reminder`));
  if (step.holdSeconds !== undefined) {
    lines.push({ hold: { seconds: step.holdSeconds, action: step.action ?? 'hold', reps: step.reps ?? 1 } });
  }
  lines.push(...after);
  const last = shift(routine, progress, 1) === 'after';
  if (last) lines.push(say('common:routine.promptLast'));
  else lines.push(say(state.prefs.knowsNext ? 'common:routine.promptShort' : 'common:routine.promptNext'));

  const usage = routine.ballOrRoller && timed > 0 ? { day: ctx.today(), ballRollerSeconds: used + timed } : state.usage;
  // What a screen shows: made only for a device with one.
  const screen = ctx.screen
    ? { routine: routineName(routine), step: progress.step + 1, total: routine.steps.length, instruction: say(`routines:${routine.id}.steps.${step.key}`), holdSeconds: step.holdSeconds ?? 0 }
    : undefined;
  return {
    state: { ...state, progress: { ...progress, paused: false }, usage },
    // A literal, not `{ ...ask(...), screen }`: see INITIAL_STATE on spreading and adding a key.
    reply: { speak: lines, reprompt: [say('common:routine.reprompt')], end: false, card, screen },
  };
}

function limitReached(state: State, routine: Routine): Outcome {
  const gentle = routinesFor(routine.area).find((r) => !r.ballOrRoller && !r.forPartner);
  const placeKept = state.progress?.routine === routine.id && state.progress.step > 0;
  const lines = [say('common:routine.limitReached'), ...(placeKept ? [say('common:routine.limitPlaceSaved')] : [])];
  if (!gentle) return { state, reply: tell([...lines, say('common:routine.comeBackTomorrow')]) };
  return {
    state: { ...state, pending: { kind: 'routine', routine: gentle.id } },
    reply: ask(
      [...lines, say('common:routine.offerInstead', { routine: routineName(gentle) })],
      [say('common:routine.offerInsteadReprompt', { routine: routineName(gentle) })],
    ),
  };
}

/** The routine is done: wrap up, and offer one more routine for the same area if there is one. */
function finish(state: State, routine: Routine, ctx: Context): Outcome {
  const finished = [...(state.finished ?? []), routine.id];
  const rest: State = recorded({ ...state, progress: undefined, finished }, { what: routine.id }, ctx.now);
  const lines = [say(`routines:${routine.id}.wrapUp`), ...afterCare(routine)];
  // After ball or roller work, the muscles need rest: only a gentler routine is offered.
  const others = routinesFor(routine.area).filter(
    (r) => !finished.includes(r.id) && r.forPartner === routine.forPartner && !(routine.ballOrRoller && r.ballOrRoller),
  );
  const next = others.find((r) => r.equipment.some((e) => routine.equipment.includes(e))) ?? others[0];
  if (!next) return { state: rest, reply: tell([...lines, say('common:goodbye')]) };
  return {
    state: { ...rest, pending: { kind: 'routine', routine: next.id } },
    reply: ask([...lines, say('common:routine.offerNext', { routine: routineName(next) })], [say('common:routine.offerNextReprompt', { routine: routineName(next) })]),
  };
}

function pause(state: State, ctx: Context): Outcome {
  const progress = state.progress;
  const routine = findRoutine(progress?.routine);
  if (!progress || !routine) return noRoutine(state);
  return {
    state: { ...state, progress: { ...progress, paused: true, updatedAt: ctx.now.toISOString() } },
    reply: tell([say('common:routine.paused', { step: progress.step + 1, total: routine.steps.length })]),
  };
}

function resume(state: State, ctx: Context): Outcome {
  const progress = state.progress;
  const routine = findRoutine(progress?.routine);
  if (!progress || !routine) {
    return { state, reply: ask([say('common:routine.nothingToResume')], [say('common:launch.reprompt')]) };
  }
  if (isStale(progress, ctx)) {
    return {
      state: { ...state, pending: { kind: 'routine', routine: routine.id } },
      reply: ask([say('common:launch.staleProgress', { routine: routineName(routine) })], [say('common:launch.staleProgressReprompt', { routine: routineName(routine) })]),
    };
  }
  return present({ ...state, progress: { ...progress, updatedAt: ctx.now.toISOString() } }, ctx, [
    say('common:routine.resuming', { routine: routineName(routine) }),
  ]);
}

function where(state: State): Outcome {
  const progress = state.progress;
  const routine = findRoutine(progress?.routine);
  if (!progress || !routine) return noRoutine(state);
  const side = routine.steps[progress.step]?.sides?.[progress.side];
  const lines = [say('common:routine.where', { step: progress.step + 1, total: routine.steps.length, routine: routineName(routine) })];
  if (side) lines.push(say(`common:sides.${side}`));
  lines.push(say('common:routine.whereNext'));
  return { state, reply: ask(lines, [say('common:routine.reprompt')]) };
}

function stop(state: State, ctx: Context): Outcome {
  const progress = state.progress;
  const routine = findRoutine(progress?.routine);
  if (!progress || !routine) return { state, reply: tell([say('common:goodbye')]) };
  // A routine stopped while running goes in the history (one waiting to be resumed was recorded when it stopped).
  const kept = inRoutine(state) ? recorded(state, { what: routine.id, n: progress.step + 1, stopped: true }, ctx.now) : state;
  return { state: kept, reply: tell([say('common:routine.stoppedSaved', { step: progress.step + 1 }), say('common:goodbye')]) };
}

/**
 * What "forget my settings" keeps: today's ball-and-roller seconds and cold rounds. They are safety
 * limits, not settings: forgetting them would let the user go past the day's limit.
 */
function keptSafetyCounts(state: State, ctx: Context): State {
  const today = ctx.today();
  const usage = state.usage?.day === today ? state.usage : undefined;
  const cold = state.cold?.day === today ? state.cold : undefined;
  return shaped({ ...INITIAL_STATE, usage, cold });
}

/** "How many steps left?": a count of the steps after this one (a two-sided step counts once). */
function stepsLeft(state: State): Outcome {
  const progress = state.progress;
  const routine = findRoutine(progress?.routine);
  if (!progress || !routine) return noRoutine(state);
  const count = routine.steps.length - progress.step - 1;
  const line = count === 0 ? say('common:routine.lastStep') : say('common:routine.stepsLeft', { count });
  return { state, reply: ask([line, say('common:routine.whereNext')], [say('common:routine.reprompt')]) };
}

/**
 * "I'm done": the routine ends here (wrap-up and after-care), nothing else is offered. A routine on
 * hold (stopped for pain, or paused) was not done: "I'm done for today" keeps its place, as stop does.
 */
function finishNow(state: State, ctx: Context): Outcome {
  const routine = findRoutine(state.progress?.routine);
  if (!routine || !state.progress) return { state, reply: tell([say('common:goodbye')]) };
  if (!inRoutine(state)) return stop(state, ctx);
  const rest: State = recorded({ ...state, progress: undefined, finished: [...(state.finished ?? []), routine.id] }, { what: routine.id }, ctx.now);
  return { state: rest, reply: tell([say(`routines:${routine.id}.wrapUp`), ...afterCare(routine), say('common:goodbye')]) };
}

/** Rest, water and recovery are for the user's own muscles: not after the eyes, nor after massaging someone else. */
function afterCare(routine: Routine): Line[] {
  return routine.forPartner || routine.area === 'eyes' ? [] : [say('common:routine.afterCare')];
}

// ---------------------------------------------------------------------------------------------
// Help, fallback, yes and no: they depend on where the user is

/** The open question again, so that a help or a misunderstanding in the middle of it keeps it. */
function openQuestion(state: State, ctx: Context): Line | undefined {
  const pending = state.pending;
  switch (pending?.kind) {
    case undefined:
      return undefined;
    case 'equipment':
      return equipmentQuestion(pending.area);
    case 'resume': {
      const routine = findRoutine(state.progress?.routine);
      return routine && state.progress && !inRoutine(state) ? say('common:launch.resumeOfferReprompt') : say('common:answer.backToRoutine');
    }
    case 'routine': {
      const routine = findRoutine(pending.routine);
      return routine ? say('common:routine.offerNextReprompt', { routine: routineName(routine) }) : undefined;
    }
    case 'area':
      return say('common:choose.offerArea', { area: { key: `common:areas.${pending.area}` } });
    case 'coldLeft':
      return say('therapy:cold.leftoverOffer', { count: coldLeftToOffer(state, ctx) });
    case 'therapy':
      return say(`therapy:offer.${pending.therapy}`);
    case 'remembered':
      return say('common:choose.rememberedQuestion', { area: { key: `common:areas.${pending.area}` }, equipment: { key: `common:equipment.${pending.equipment}` } });
    case 'forget':
      return say('common:prefs.forgetConfirm');
    case 'reminder':
      return pending.day ? say('common:reminders.askTimeOn', { day: { key: `common:reminders.days.${pending.day}` } }) : say('common:reminders.askTime');
    case 'coldPlan':
      return say('therapy:plan.question');
  }
}

function help(state: State, ctx: Context): Outcome {
  const pending = state.pending;
  if (pending?.kind === 'equipment') {
    return { state, reply: ask([say('common:help.equipment'), equipmentQuestion(pending.area)], [equipmentQuestion(pending.area)]) };
  }
  const question = openQuestion(state, ctx);
  if (question) return { state, reply: ask([say('common:help.yesNoShort'), question], [question]) };
  const progress = state.progress;
  const routine = findRoutine(progress?.routine);
  if (progress && routine && inRoutine(state) && pending === undefined) {
    return {
      state,
      reply: ask(
        [say('common:help.inRoutine', { step: progress.step + 1, total: routine.steps.length }), say('common:safety.stopIfHurts'), say('common:help.whatNext')],
        [say('common:routine.reprompt')],
      ),
    };
  }
  if (pending) return { state, reply: ask([say('common:help.general'), say('common:help.yesNo')], [say('common:help.yesNo')]) };
  return { state, reply: ask([say('common:help.general'), say('common:safety.stopIfHurts'), say('common:help.generalPrompt')], [say('common:launch.reprompt')]) };
}

/** Where the user is, for an answer that asks nothing: at a question, in a routine, or neither. */
type Whereabouts = 'equipment' | 'question' | 'inRoutine' | 'general';

/** Words that ask for nothing (a misunderstanding, a hello, a thank-you): `first`, then the open question again, if any. */
function asYouWere(state: State, ctx: Context, first: (where: Whereabouts) => Line): Outcome {
  const pending = state.pending;
  const question = openQuestion(state, ctx);
  if (question) return { state, reply: ask([first(pending?.kind === 'equipment' ? 'equipment' : 'question'), question], [question]) };
  if (inRoutine(state)) return { state, reply: ask([first('inRoutine')], [say('common:routine.reprompt')]) };
  return { state, reply: ask([first('general')], [say('common:launch.reprompt')]) };
}

function fallback(state: State, ctx: Context): Outcome {
  return asYouWere(state, ctx, (where) => say(`common:fallback.${where === 'question' ? 'yesNo' : where}`));
}

/** "Hello", "thank you": a word back, and where the user was, nothing lost. */
function smallTalk(state: State, ctx: Context, kind: 'greeting' | 'thanks'): Outcome {
  return asYouWere(state, ctx, (where) => say(`common:smallTalk.${kind}.${where === 'equipment' ? 'question' : where}`));
}

function yes(state: State, ctx: Context): Outcome {
  const pending = state.pending;
  const base = cleared(state);
  switch (pending?.kind) {
    case 'resume':
      return resume(base, ctx);
    case 'routine': {
      const routine = findRoutine(pending.routine);
      return routine ? begin(base, routine, ctx) : fallback(base, ctx);
    }
    case 'area':
      return start(base, pending.area, undefined, ctx);
    case 'coldLeft':
      return therapyEvent(base, { type: 'cold', rounds: coldLeftToOffer(state, ctx) }, ctx);
    case 'remembered':
      return start(base, pending.area, pending.equipment, ctx);
    case 'forget': {
      // The history goes with the record; the skill's reminders are deleted once the record is (with the permission to).
      const kept = keptSafetyCounts(state, ctx);
      if (ctx.reminderPermission === 'granted') return { state: kept, reply: tell([say('common:prefs.forgotten')]), forget: true, effect: { kind: 'deleteReminders', forget: true } };
      return { state: kept, reply: tell([say('common:prefs.forgotten')]), forget: true };
    }
    case 'coldPlan':
      return startPlan(base, pending.blocks, ctx);
    case 'reminder':
      return fallback(state, ctx);
    case 'therapy':
      return therapyEvent(base, { type: pending.therapy }, ctx);
    case 'equipment':
      return fallback(state, ctx);
    case undefined:
      return inRoutine(state) ? move(state, +1, ctx) : { state, reply: ask([say('common:launch.reprompt')], [say('common:launch.reprompt')]) };
  }
}

function no(state: State, ctx: Context): Outcome {
  const pending = state.pending;
  const base = cleared(state);
  switch (pending?.kind) {
    case 'resume':
      return { state: base, reply: ask([say('common:launch.declinedResume')], [say('common:launch.reprompt')]) };
    case 'routine':
    case 'area':
    case 'therapy':
      return { state: base, reply: tell([say('common:routine.declined'), say('common:goodbye')]) };
    case 'coldLeft':
      return { state: { ...base, coldLeft: undefined }, reply: tell([say('common:routine.declined'), say('common:goodbye')]) };
    case 'remembered':
      return askEquipment(base, pending.area, []);
    case 'forget':
      return { state: base, reply: ask([say('common:prefs.kept'), say('common:help.whatNext')], [say('common:launch.reprompt')]) };
    case 'coldPlan':
      return declinePlan(base);
    case 'reminder':
      return { state: base, reply: tell([say('common:reminders.declined'), say('common:goodbye')]) };
    case 'equipment':
      return fallback(state, ctx);
    case undefined:
      return inRoutine(state)
        ? { state, reply: ask([say('common:routine.noRush')], [say('common:routine.reprompt')]) }
        : { state, reply: tell([say('common:goodbye')]) };
  }
}

// ---------------------------------------------------------------------------------------------
// Answers (advice, oils, the menu) and safety

/**
 * Speaks an answer, then, in a routine, offers to go on with it; outside one, offers a routine
 * for the answer's area when there is one.
 */
function answer(state: State, namespace: 'advice' | 'oils', name: string, data: Answer): Outcome {
  const lines = data.keys.map((key) => say(`${namespace}:${name}.${key}`));
  if (namespace === 'oils') {
    if (state.prefs.sensitiveSkin && name !== 'sensitiveSkin') lines.unshift(say('oils:personal.sensitiveFirst'));
    if (state.prefs.oil) lines.push(say('oils:personal.yourOil', { oil: { key: `oils:choices.${state.prefs.oil}` } }));
  }
  // Oil advice is worth keeping: it also goes to the Alexa app as a text card.
  const card = namespace === 'oils' ? { title: say('oils:cardTitle'), lines } : undefined;
  if (inRoutine(state)) {
    return { state: { ...state, pending: { kind: 'resume' } }, reply: ask([...lines, say('common:answer.backToRoutine')], [say('common:answer.backToRoutine')], card) };
  }
  const offer = data.offer ?? defaultArea(state) ?? coveredAreas()[0];
  if (offer && routinesFor(offer).length > 0) {
    const question = say('common:answer.offerArea', { area: { key: `common:areas.${offer}` } });
    return { state: { ...state, pending: { kind: 'area', area: offer } }, reply: ask([...lines, question], [question], card) };
  }
  return { state, reply: ask([...lines, say('common:help.whatNext')], [say('common:launch.reprompt')], card) };
}

function unknownTopic(state: State): Outcome {
  const lines = [say('common:answer.unknownTopic'), say('common:menu.more'), say('common:menu.question')];
  if (inRoutine(state)) return { state: { ...state, pending: { kind: 'resume' } }, reply: ask([say('common:answer.unknownTopic'), say('common:answer.backToRoutine')], [say('common:answer.backToRoutine')]) };
  return { state, reply: ask(lines, [say('common:menu.question')]) };
}

/** Saves a preference and says so; in a routine, offers to go on. */
function preference(state: State, prefs: Preferences, confirmation: ReturnType<typeof say>): Outcome {
  const next = { ...state, prefs };
  if (inRoutine(state)) return { state: { ...next, pending: { kind: 'resume' } }, reply: ask([confirmation, say('common:answer.backToRoutine')], [say('common:answer.backToRoutine')]) };
  return { state: next, reply: ask([confirmation, say('common:help.whatNext')], [say('common:launch.reprompt')]) };
}

function setOil(state: State, oil: OilChoice | undefined): Outcome {
  if (!oil) return { state, reply: ask([say('common:prefs.oilUnknown')], [say('common:launch.reprompt')]) };
  return preference(state, { ...state.prefs, oil }, say('common:prefs.oil', { oil: { key: `oils:choices.${oil}` } }));
}

function pace(state: State, pace: 'slow' | 'normal' | 'fast' | undefined): Outcome {
  if (!pace) return { state, reply: ask([say('common:prefs.paceUnknown')], [say('common:launch.reprompt')]) };
  const { pace: _old, ...rest } = state.prefs;
  return preference(state, pace === 'normal' ? rest : { ...rest, pace }, say(`common:prefs.pace.${pace}`));
}

function menu(state: State): Outcome {
  const areas = coveredAreas().map((area) => ({ key: `common:areas.${area}` }));
  const lines = [say('common:menu.areas', { areas: { allOf: areas } }), say('common:menu.more'), say('common:menu.question')];
  return { state, reply: ask(lines, [say('common:menu.question')]) };
}

// ---------------------------------------------------------------------------------------------

function isStale(progress: Progress, ctx: Context): boolean {
  return ctx.now.getTime() - Date.parse(progress.updatedAt) > STALE_AFTER_MS;
}

