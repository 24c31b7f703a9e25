import type { Area } from './types';

/**
 * Answers as data: each topic speaks its texts (`advice:<topic>.<key>`) in order, then offers
 * a routine for `offer` (or, in a routine, to go on with it).
 */
export interface Answer {
  readonly keys: readonly string[];
  readonly offer?: Area;
}

export const ADVICE_TOPICS = [
  'sleep', 'lying', 'howOften', 'massageType', 'deepTissue', 'swedish', 'triggerPoint', 'acupressure',
  'benefits', 'warmUp', 'breathing', 'epsomSalt', 'hotStone', 'tips', 'heatOrCold', 'selfCare',
] as const;
export type AdviceTopic = (typeof ADVICE_TOPICS)[number];

export const ADVICE: Readonly<Record<AdviceTopic, Answer>> = {
  sleep: { keys: ['side', 'bend'], offer: 'lowerBack' },
  lying: { keys: ['back', 'side'], offer: 'lowerBack' },
  howOften: { keys: ['weekly', 'short', 'rest'] },
  massageType: { keys: ['combination', 'types'] },
  deepTissue: { keys: ['what', 'discomfort'] },
  swedish: { keys: ['what'] },
  triggerPoint: { keys: ['what'], offer: 'shoulders' },
  acupressure: { keys: ['what'] },
  benefits: { keys: ['list', 'heat', 'temporary'] },
  warmUp: { keys: ['heat', 'stretch'] },
  breathing: { keys: ['how'] },
  epsomSalt: { keys: ['mix', 'rub', 'often'] },
  hotStone: { keys: ['sit', 'roll'] },
  tips: { keys: ['pressure', 'wince', 'area', 'after'] },
  heatOrCold: { keys: ['which', 'how', 'unsure'] },
  selfCare: { keys: ['move', 'rest', 'temporary'], offer: 'lowerBack' },
};

export const OIL_NEEDS = ['backPain', 'sensitiveSkin', 'relax', 'insteadOfOil', 'carrier', 'general'] as const;
export type OilNeed = (typeof OIL_NEEDS)[number];

/** Oil answers (`oils:<need>.<key>`): always followed by the offer of a routine. */
export const OILS: Readonly<Record<OilNeed, Answer>> = {
  backPain: { keys: ['peppermint', 'others', 'dilute', 'careful'], offer: 'lowerBack' },
  sensitiveSkin: { keys: ['lotion', 'patch'], offer: 'lowerBack' },
  relax: { keys: ['lavender'], offer: 'neck' },
  insteadOfOil: { keys: ['lotion', 'dry'], offer: 'lowerBack' },
  carrier: { keys: ['which', 'nutAllergy', 'dilute'], offer: 'lowerBack' },
  general: { keys: ['peppermint', 'carrier', 'sensitive'], offer: 'lowerBack' },
};

/** Oils and lotions a user can say they prefer (`oils:choices.<id>`). */
export const OIL_CHOICES = ['peppermint', 'lavender', 'lemongrass', 'eucalyptus', 'chamomile', 'almond', 'coconut', 'olive', 'lotion'] as const;
export type OilChoice = (typeof OIL_CHOICES)[number];
