import { getRequestType, getSlot } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import { ADVICE_TOPICS, OIL_NEEDS, RED_FLAGS } from '../content/advice';
import { AREAS, EQUIPMENT } from '../content/types';
import type { Event } from '../flow/transition';

/**
 * A slot's resolved id when it is one of `ids`; 'unknown' when something was said that is not;
 * undefined when nothing was said.
 */
export function slotId<T extends string>(envelope: RequestEnvelope, name: string, ids: readonly T[]): T | 'unknown' | undefined {
  let slot;
  try {
    slot = getSlot(envelope, name);
  } catch {
    return undefined;
  }
  if (!slot || typeof slot.value !== 'string' || slot.value.trim() === '') return undefined;
  for (const authority of slot.resolutions?.resolutionsPerAuthority ?? []) {
    if (authority.status?.code !== 'ER_SUCCESS_MATCH') continue;
    const id = authority.values?.[0]?.value?.id;
    const known = ids.find((candidate) => candidate === id);
    if (known) return known;
  }
  return 'unknown';
}

/** Intents that always mean the same event. */
const FIXED_INTENTS: ReadonlyMap<string, Event> = new Map(Object.entries({
  'AMAZON.NextIntent': { type: 'next' },
  'AMAZON.PreviousIntent': { type: 'previous' },
  'AMAZON.RepeatIntent': { type: 'repeat' },
  'AMAZON.StartOverIntent': { type: 'startOver' },
  'AMAZON.PauseIntent': { type: 'pause' },
  'AMAZON.ResumeIntent': { type: 'resume' },
  'AMAZON.StopIntent': { type: 'stop' },
  'AMAZON.CancelIntent': { type: 'stop' },
  'AMAZON.NavigateHomeIntent': { type: 'stop' },
  'AMAZON.HelpIntent': { type: 'help' },
  'AMAZON.FallbackIntent': { type: 'fallback' },
  'AMAZON.YesIntent': { type: 'yes' },
  'AMAZON.NoIntent': { type: 'no' },
  WhereAmIIntent: { type: 'where' },
  MenuIntent: { type: 'menu' },
  PainIntent: { type: 'pain' },
  PregnancyIntent: { type: 'pregnancy' },
  PartnerMassageIntent: { type: 'start', area: 'lowerBack', equipment: 'partner' },
  SleepAdviceIntent: { type: 'advice', topic: 'sleep' },
  LyingAdviceIntent: { type: 'advice', topic: 'lying' },
  HowOftenIntent: { type: 'advice', topic: 'howOften' },
  BenefitsIntent: { type: 'advice', topic: 'benefits' },
  MassageTypeIntent: { type: 'advice', topic: 'massageType' },
} satisfies Record<string, Event>));

/**
 * What a request means to the flow. Launch, intents (an unknown intent is a fallback) and
 * session end; undefined for request types the flow has nothing to say to.
 */
export function requestEvent(envelope: RequestEnvelope): Event | undefined {
  switch (getRequestType(envelope)) {
    case 'LaunchRequest':
      return { type: 'launch' };
    case 'SessionEndedRequest':
      return { type: 'sessionEnd' };
    case 'IntentRequest':
      break;
    default:
      return undefined;
  }
  const request = envelope.request as { intent?: { name?: unknown } };
  const intent = typeof request.intent?.name === 'string' ? request.intent.name : '';
  switch (intent) {
    case 'StartRoutineIntent':
      return { type: 'start', area: slotId(envelope, 'area', AREAS), equipment: slotId(envelope, 'equipment', EQUIPMENT) };
    case 'ChooseEquipmentIntent':
      return { type: 'equipment', equipment: slotId(envelope, 'equipment', EQUIPMENT) };
    case 'OilIntent':
      return { type: 'oil', need: slotId(envelope, 'need', OIL_NEEDS) };
    case 'AdviceIntent':
      return { type: 'advice', topic: slotId(envelope, 'topic', ADVICE_TOPICS) };
    case 'RedFlagIntent':
      return { type: 'redFlag', symptom: slotId(envelope, 'symptom', RED_FLAGS) };
    default:
      return FIXED_INTENTS.get(intent) ?? { type: 'fallback' };
  }
}
