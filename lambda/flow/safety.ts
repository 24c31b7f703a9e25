import { RED_FLAG_ROUTE, RED_FLAG_ROUTE_TEXT, type RedFlag } from '../content/safety';
import { say, type Line, type Reply } from '../speech/Reply';
import { ask, cleared, inRoutine, tell } from './replies';
import type { State } from './State';

/**
 * Safety answers: pain, red-flag symptoms, pregnancy. Heard from every state (a routine, a question,
 * a therapy), they stop what is going on and never offer a massage.
 */
export interface SafetyOutcome {
  readonly state: State;
  readonly reply: Reply;
}

/** Stops a routine where it is (kept, paused) so that nothing goes on after a safety answer. */
function halted(state: State, now: Date): State {
  const open = cleared(state);
  return open.progress ? { ...open, progress: { ...open.progress, paused: true, updatedAt: now.toISOString() } } : open;
}

/** "It hurts" (or a complaint said in a running routine): stop pressing, and when to see someone. */
export function pain(state: State, now: Date): SafetyOutcome {
  const lines: Line[] = [say('common:safety.painStop'), say('common:safety.painProfessional')];
  if (state.progress) lines.push(say('common:safety.placeSaved'));
  return { state: halted(state, now), reply: tell([...lines, say('common:goodbye')]) };
}

/**
 * A red-flag symptom: what it is, then its route (emergency, the same day or a doctor first, with the locale's
 * number); the session ends. Words heard as a symptom but matching none ("I have a strange feeling") get
 * the cautious answer without ending the session: no massage, see a doctor, what next.
 */
export function redFlag(state: State, symptom: RedFlag | 'unknown' | undefined, now: Date): SafetyOutcome {
  const saved = state.progress ? [say('common:safety.placeSaved')] : [];
  if (symptom === undefined || symptom === 'unknown') {
    return { state: halted(state, now), reply: ask([say('common:safety.unsureSymptom'), ...saved], [say('common:help.whatNext')]) };
  }
  const route = say(RED_FLAG_ROUTE_TEXT[RED_FLAG_ROUTE[symptom]]);
  return { state: halted(state, now), reply: tell([say(`common:safety.redFlags.${symptom}`), route, ...saved, say('common:goodbye')]) };
}

/** A complaint about a body part the skill does not cover: no massage, and chest pain is an emergency. */
export function unknownPain(state: State, now: Date): SafetyOutcome {
  // In a running routine it may be the pressing that hurts: stop that first.
  const lines: Line[] = inRoutine(state) ? [say('common:safety.painStop'), say('common:safety.unknownPain')] : [say('common:safety.unknownPain')];
  if (state.progress) lines.push(say('common:safety.placeSaved'));
  return { state: halted(state, now), reply: tell([...lines, say('common:goodbye')]) };
}

/** Pregnancy: check with a doctor or midwife first; a running routine is paused and the session ends. */
export function pregnancy(state: State, now: Date): SafetyOutcome {
  if (!inRoutine(state)) {
    return { state: cleared(state), reply: ask([say('common:safety.pregnancy'), say('common:help.whatNext')], [say('common:launch.reprompt')]) };
  }
  return { state: halted(state, now), reply: tell([say('common:safety.pregnancy'), say('common:safety.pregnancyPause'), say('common:goodbye')]) };
}
