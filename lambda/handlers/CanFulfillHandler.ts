import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { canfulfill, RequestEnvelope, Response } from 'ask-sdk-model';
import { ADVICE_TOPICS, OIL_NEEDS } from '../content/advice';
import { routinesFor } from '../content/routines';
import { AREAS, EQUIPMENT } from '../content/types';
import { slotId, slotValue } from './requestEvent';

type Answer = 'YES' | 'NO' | 'MAYBE';

/** Intents the skill can take on without its name: its routines, answers and therapy. */
const WHOLE_INTENTS = new Set([
  'PartnerMassageIntent', 'MenuIntent', 'SleepAdviceIntent', 'LyingAdviceIntent', 'HowOftenIntent', 'BenefitsIntent',
  'MassageTypeIntent', 'ColdPacksIntent', 'HeatOptionsIntent', 'HeatOrColdIntent', 'SelfCareIntent',
]);

/** Therapy intents and their number slots: any value is understood (the skill says what it sets instead of one it can't). */
const THERAPY_SLOTS: Readonly<Record<string, readonly string[]>> = { ColdTherapyIntent: ['rounds', 'duration'], HeatTherapyIntent: ['duration'] };

function slot(understood: boolean, fulfil: boolean): canfulfill.CanFulfillSlot {
  return { canUnderstand: understood ? 'YES' : 'NO', canFulfill: fulfil ? 'YES' : 'NO' };
}

/**
 * Name-free requests ("Alexa, start lower back massage"): whether this skill can do it, per slot.
 * Pure: reads only the request, changes nothing, needs no user id.
 */
export function canFulfill(envelope: RequestEnvelope): canfulfill.CanFulfillIntent {
  const intent = (envelope.request as { intent?: { name?: unknown } }).intent?.name;
  if (intent === 'StartRoutineIntent' || intent === 'ComplaintIntent') {
    const area = slotId(envelope, 'area', AREAS);
    const equipment = slotId(envelope, 'equipment', EQUIPMENT);
    const slots: Record<string, canfulfill.CanFulfillSlot> = {};
    let answer: Answer = 'YES';
    if (area !== undefined) {
      const covered = area !== 'unknown' && routinesFor(area).length > 0;
      slots.area = slot(area !== 'unknown', covered);
      if (!covered) answer = 'NO';
    }
    if (equipment !== undefined) {
      const areas = area && area !== 'unknown' ? [area] : AREAS;
      const has = equipment !== 'unknown' && areas.some((a) => routinesFor(a).some((r) => r.equipment.includes(equipment)));
      slots.equipment = slot(equipment !== 'unknown', has);
      if (!has && answer === 'YES') answer = 'MAYBE';
    }
    return { canFulfill: answer, slots };
  }
  const therapySlots = typeof intent === 'string' ? THERAPY_SLOTS[intent] : undefined;
  if (therapySlots) {
    const said = therapySlots.filter((name) => slotValue(envelope, name) !== undefined);
    return { canFulfill: 'YES', slots: Object.fromEntries(said.map((name) => [name, slot(true, true)])) };
  }
  if (intent === 'OilIntent') {
    const need = slotId(envelope, 'need', OIL_NEEDS);
    return need === undefined ? { canFulfill: 'YES' } : { canFulfill: need === 'unknown' ? 'MAYBE' : 'YES', slots: { need: slot(need !== 'unknown', need !== 'unknown') } };
  }
  if (intent === 'AdviceIntent') {
    const topic = slotId(envelope, 'topic', ADVICE_TOPICS);
    return topic === undefined ? { canFulfill: 'MAYBE' } : { canFulfill: topic === 'unknown' ? 'NO' : 'YES', slots: { topic: slot(topic !== 'unknown', topic !== 'unknown') } };
  }
  return { canFulfill: typeof intent === 'string' && WHOLE_INTENTS.has(intent) ? 'YES' : 'NO' };
}

export const CanFulfillHandler: RequestHandler = {
  canHandle(input: HandlerInput): boolean {
    return input.requestEnvelope.request.type === 'CanFulfillIntentRequest';
  },
  handle(input: HandlerInput): Response {
    return input.responseBuilder.withCanFulfillIntent(canFulfill(input.requestEnvelope)).getResponse();
  },
};
