import type { RequestEnvelope, Slot } from 'ask-sdk-model';
import { ADVICE_TOPICS, OIL_CHOICES, OIL_NEEDS } from '../content/advice';
import { REMINDER_DAYS, REMINDER_SUBJECTS } from '../content/reminders';
import { clockOf } from '../flow/reminders';
import { REMINDERS_SCOPE } from '../services/reminders';
import { TIMERS_SCOPE } from '../services/timers';
import { namesUnsafeArea, RED_FLAGS } from '../content/safety';
import { AREAS, EQUIPMENT } from '../content/types';
import type { Event } from '../flow/transition';

/** A slot of an IntentRequest or a CanFulfillIntentRequest, read defensively (requests can be malformed). */
function slotOf(envelope: RequestEnvelope, name: string): Slot | undefined {
  const slots = (envelope.request as { intent?: { slots?: unknown } }).intent?.slots;
  if (typeof slots !== 'object' || slots === null) return undefined;
  const slot = (slots as Record<string, unknown>)[name];
  return typeof slot === 'object' && slot !== null && Object.hasOwn(slots, name) ? (slot as Slot) : undefined;
}

/**
 * A slot's resolved id when it is one of `ids`; 'unknown' when something was said that is not;
 * undefined when nothing was said.
 */
export function slotId<T extends string>(envelope: RequestEnvelope, name: string, ids: readonly T[]): T | 'unknown' | undefined {
  const slot = slotOf(envelope, name);
  if (!slot || typeof slot.value !== 'string' || slot.value.trim() === '') return undefined;
  const authorities: unknown = slot.resolutions?.resolutionsPerAuthority;
  const list = (Array.isArray(authorities) ? authorities : []) as { status?: { code?: string }; values?: { value?: { id?: string } }[] }[];
  for (const authority of list) {
    if (authority?.status?.code !== 'ER_SUCCESS_MATCH' || !Array.isArray(authority.values)) continue;
    const id = authority.values[0]?.value?.id;
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
  GreetingIntent: { type: 'greeting' },
  ThanksIntent: { type: 'thanks' },
  'AMAZON.YesIntent': { type: 'yes' },
  'AMAZON.NoIntent': { type: 'no' },
  WhereAmIIntent: { type: 'where' },
  MenuIntent: { type: 'menu' },
  PainIntent: { type: 'pain' },
  PregnancyIntent: { type: 'pregnancy' },
  PartnerMassageIntent: { type: 'start', area: 'lowerBack', equipment: 'partner' },
  SleepAdviceIntent: { type: 'advice', topic: 'sleep' },
  TherapyStatusIntent: { type: 'therapyStatus' },
  SensitiveSkinIntent: { type: 'sensitiveSkin' },
  ForgetIntent: { type: 'forget' },
  SlowDownIntent: { type: 'pace', pace: 'slow' },
  CancelTherapyIntent: { type: 'cancelTherapy' },
  ColdCountIntent: { type: 'coldCount' },
  ColdPacksIntent: { type: 'coldPacks' },
  HeatOptionsIntent: { type: 'heatOptions' },
  LyingAdviceIntent: { type: 'advice', topic: 'lying' },
  HowOftenIntent: { type: 'advice', topic: 'howOften' },
  BenefitsIntent: { type: 'advice', topic: 'benefits' },
  MassageTypeIntent: { type: 'advice', topic: 'massageType' },
  HeatOrColdIntent: { type: 'advice', topic: 'heatOrCold' },
  SelfCareIntent: { type: 'advice', topic: 'selfCare' },
  FinishIntent: { type: 'finish' },
  StepsLeftIntent: { type: 'stepsLeft' },
  ListRemindersIntent: { type: 'listReminders' },
  PlanColdDayIntent: { type: 'planColdDay' },
  LastTimeIntent: { type: 'historyLast' },
  AboutMeIntent: { type: 'aboutMe' },
} satisfies Record<string, Event>));

/** Words of a reminder's day that put a clock time before noon in the evening ("every night at 8"), in every language. */
const EVENING_WORDS = ['evening', 'evenings', 'night', 'nights', 'tonight', 'afternoon', 'abend', 'abends', 'nacht', 'nachts', 'nachmittag', 'noche', 'noches', 'tarde', 'tardes', 'soir', 'soirs', 'nuit', 'après-midi'];

/** "8 o'clock" said with "every night" or "monday evening": 20:00, not 08:00 (hours 1 to 11 only). */
function inTheEvening(time: ReturnType<typeof clockOf>, day: string | undefined): ReturnType<typeof clockOf> {
  if (!time || time === 'unknown' || !('hour' in time) || time.hour < 1 || time.hour > 11) return time;
  const words = (day ?? '').toLowerCase().split(/\s+/);
  return EVENING_WORDS.some((word) => words.includes(word)) ? { ...time, hour: time.hour + 12 } : time;
}

/** A slot's words as said (trimmed); undefined when missing or empty. */
export function slotValue(envelope: RequestEnvelope, name: string): string | undefined {
  const value = slotOf(envelope, name)?.value;
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** An AMAZON.NUMBER slot; undefined when missing or not a number ("?" is what Alexa sends for a missed number). */
export function numberSlot(envelope: RequestEnvelope, name: string): number | undefined {
  const value = Number(slotValue(envelope, name));
  return Number.isFinite(value) ? value : undefined;
}

/** An AMAZON.DURATION slot (ISO 8601, e.g. PT20M or PT1H) in whole minutes; undefined when missing or odd. */
export function durationSlot(envelope: RequestEnvelope, name: string): number | undefined {
  const match = /^P(?:(\d+)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(slotValue(envelope, name) ?? '');
  if (!match) return undefined;
  const [, d = '0', h = '0', m = '0', sec = '0'] = match;
  const minutes = Number(d) * 1440 + Number(h) * 60 + Number(m) + Number(sec) / 60;
  return minutes > 0 ? Math.max(1, Math.round(minutes)) : undefined;
}

/** The answer to a voice permission request (Connections.Response to AskFor). */
function permissionAnswer(envelope: RequestEnvelope): Event {
  const request = envelope.request as { name?: unknown; payload?: { status?: unknown; permissionScope?: unknown } };
  const status = request.payload?.status;
  const scope = request.payload?.permissionScope;
  return {
    type: 'permission',
    status: status === 'ACCEPTED' || status === 'DENIED' || status === 'NOT_ANSWERED' ? status : 'unknown',
    ...(scope === REMINDERS_SCOPE ? { scope: 'reminders' as const } : scope === TIMERS_SCOPE ? { scope: 'timers' as const } : {}),
  };
}

/** A slot said with words that match no value and name something a massage must not touch (chest, a swollen calf...). */
function unsafeWords(envelope: RequestEnvelope, id: string | undefined, name: string): boolean {
  return id === 'unknown' && namesUnsafeArea(slotValue(envelope, name) ?? '');
}

/**
 * What a request means to the flow. Launch, intents (an unknown intent is a fallback) and
 * session end; undefined for request types the flow has nothing to say to.
 */
export function requestEvent(envelope: RequestEnvelope): Event | undefined {
  switch (envelope.request.type) {
    case 'LaunchRequest':
      return { type: 'launch' };
    case 'SessionEndedRequest':
      return { type: 'sessionEnd' };
    case 'IntentRequest':
      return intentEvent(envelope);
    case 'Connections.Response':
      return permissionAnswer(envelope);
    case 'Alexa.Presentation.APL.UserEvent': {
      // The step card's Next button.
      const args = (envelope.request as { arguments?: unknown[] }).arguments;
      return Array.isArray(args) && args[0] === 'next' ? { type: 'next' } : undefined;
    }
    default:
      return undefined;
  }
}

/** What an intent means to the flow: most mean one event whatever was said; an unknown intent is a fallback. */
function intentEvent(envelope: RequestEnvelope): Event {
  const request = envelope.request as { intent?: { name?: unknown } };
  const intent = typeof request.intent?.name === 'string' ? request.intent.name : '';
  return FIXED_INTENTS.get(intent) ?? slotEvent(envelope, intent);
}

/**
 * What an intent with slots means. A function of its own, so that requests without slots (a launch,
 * "next") do not compile it: V8 compiles a whole function when it is first called.
 */
function slotEvent(envelope: RequestEnvelope, intent: string): Event {
  switch (intent) {
    case 'StartRoutineIntent':
    case 'ComplaintIntent': {
      const area = slotId(envelope, 'area', AREAS);
      const equipment = slotId(envelope, 'equipment', EQUIPMENT);
      // "Massage my swollen calf", "start a neck massage, my chest hurts": words the skill does not know, with one
      // that rules out a massage offer, get the safety answer.
      if (unsafeWords(envelope, area, 'area') || unsafeWords(envelope, equipment, 'equipment')) return { type: 'complaint', area: 'unknown' };
      return { type: intent === 'StartRoutineIntent' ? 'start' : 'complaint', area, equipment };
    }
    case 'ChooseEquipmentIntent':
      return { type: 'equipment', equipment: slotId(envelope, 'equipment', EQUIPMENT) };
    case 'OilIntent':
      return { type: 'oil', need: slotId(envelope, 'need', OIL_NEEDS) };
    case 'AdviceIntent':
      return { type: 'advice', topic: slotId(envelope, 'topic', ADVICE_TOPICS) };
    case 'ColdTherapyIntent':
      return { type: 'cold', rounds: numberSlot(envelope, 'rounds'), minutes: durationSlot(envelope, 'duration') };
    case 'HeatTherapyIntent':
      return { type: 'heat', minutes: durationSlot(envelope, 'duration') };
    case 'SetOilIntent':
      return { type: 'setOil', oil: slotId(envelope, 'oil', OIL_CHOICES) };
    case 'PaceIntent':
      return { type: 'pace', pace: slotId(envelope, 'pace', ['slow', 'normal', 'fast'] as const) ?? 'unknown' };
    case 'RedFlagIntent':
      return { type: 'redFlag', symptom: slotId(envelope, 'symptom', RED_FLAGS) };
    case 'SetReminderIntent':
    case 'ReminderTimeIntent': {
      const day = slotId(envelope, 'day', REMINDER_DAYS);
      const time = inTheEvening(clockOf(slotValue(envelope, 'time')), slotValue(envelope, 'day'));
      const delay = durationSlot(envelope, 'delay');
      const when = { ...(day !== undefined && { day }), ...(time !== undefined && { time }), ...(delay !== undefined && { delay }) };
      if (intent === 'ReminderTimeIntent') return { type: 'reminderTime', ...when };
      const subject = slotId(envelope, 'subject', REMINDER_SUBJECTS);
      return { type: 'setReminder', ...(subject !== undefined && { subject }), ...when };
    }
    case 'CancelReminderIntent':
    case 'WeekHistoryIntent': {
      const subject = slotId(envelope, 'subject', REMINDER_SUBJECTS);
      return { type: intent === 'CancelReminderIntent' ? 'cancelReminder' : 'historyWeek', ...(subject !== undefined && { subject }) };
    }
    default:
      return { type: 'fallback' };
  }
}
