/**
 * Symptoms that need a professional, not a massage (slot value ids of SYMPTOM in every model).
 * Each is spoken as `common:safety.redFlags.<id>`, then its route.
 */
export const RED_FLAGS = [
  'chestPain', 'breathless', 'bladderBowel', 'saddleNumbness', 'legWeakness', 'fall',
  'fever', 'weightLoss', 'cancer', 'osteoporosis', 'nightPain', 'numbness', 'neckDizzy', 'swollenCalf', 'visionChange',
] as const;
export type RedFlag = (typeof RED_FLAGS)[number];

/**
 * Where each symptom sends the user. `emergency`: call the local emergency number now
 * (`common:safety.emergency`); `doctor`: no massage until a doctor has checked it (`common:safety.doctorFirst`).
 * Chest pain, breathlessness, signs of cauda equina (bladder or bowel control, numbness in the groin, sudden
 * leg weakness) and a serious fall or accident are emergencies; the rest need a doctor first.
 */
export const RED_FLAG_ROUTE: Readonly<Record<RedFlag, 'emergency' | 'doctor'>> = {
  chestPain: 'emergency',
  breathless: 'emergency',
  bladderBowel: 'emergency',
  saddleNumbness: 'emergency',
  legWeakness: 'emergency',
  fall: 'emergency',
  fever: 'doctor',
  weightLoss: 'doctor',
  cancer: 'doctor',
  osteoporosis: 'doctor',
  nightPain: 'doctor',
  numbness: 'doctor',
  neckDizzy: 'doctor',
  swollenCalf: 'doctor',
  visionChange: 'doctor',
};

/**
 * Words that, said as the area of a massage the skill does not cover ("massage my swollen calf", "my chest"),
 * mean it must not offer another massage instead: chest and heart, a calf (clot), swelling, numbness, the groin.
 * In every language the skill speaks (the raw slot words Alexa sends).
 */
const UNSAFE_AREA_WORDS = [
  'chest', 'heart', 'calf', 'calves', 'swollen', 'numb', 'groin', 'breast',
  'brust', 'herz', 'wade', 'waden', 'geschwollen', 'taub', 'leiste',
  'pecho', 'corazón', 'pantorrilla', 'hinchad[oa]s?', 'dormid[oa]s?', 'ingle',
  'poitrine', 'cœur', 'mollets?', 'enflée?s?', 'gonflée?s?', 'engourdie?s?', 'aine',
];

/**
 * The words as one pattern, made when first needed: V8 does most of the work for a case-insensitive
 * Unicode pattern with \p{L} when it is constructed. Made at load, it cost every cold start 1.7 ms
 * (npm run bench: 8.0 to 6.3 ms).
 */
let unsafeAreaPattern: RegExp | undefined;

/** Whether words said as an area name something a massage must not touch. */
export function namesUnsafeArea(words: string): boolean {
  unsafeAreaPattern ??= new RegExp(UNSAFE_AREA_WORDS.map((w) => `(?<!\\p{L})${w}(?!\\p{L})`).join('|'), 'iu');
  return unsafeAreaPattern.test(words);
}
