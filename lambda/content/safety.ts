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
 * Where each symptom sends the user, and what it says (`RED_FLAG_ROUTE_TEXT`):
 * - `emergency`: call the local emergency number now. Chest pain, breathlessness, signs of cauda equina (bladder or
 *   bowel control, numbness in the groin, sudden leg weakness) and a serious fall or accident.
 * - `today`: have it checked the same day, and call the emergency number if it is severe, worsening, or comes with chest
 *   pain, breathlessness, trouble speaking or one-sided weakness. A hot swollen calf (a clot that can reach the lungs), a sudden change in
 *   vision or eye pain (a stroke or acute glaucoma), back pain with a fever (an infection), neck pain with dizziness or a
 *   bad headache (an artery of the neck).
 * - `doctor`: no massage until a doctor has checked it; an appointment soon. The rest.
 */
export type RedFlagRoute = 'emergency' | 'today' | 'doctor';
export const RED_FLAG_ROUTE: Readonly<Record<RedFlag, RedFlagRoute>> = {
  chestPain: 'emergency',
  breathless: 'emergency',
  bladderBowel: 'emergency',
  saddleNumbness: 'emergency',
  legWeakness: 'emergency',
  fall: 'emergency',
  swollenCalf: 'today',
  visionChange: 'today',
  fever: 'today',
  neckDizzy: 'today',
  weightLoss: 'doctor',
  cancer: 'doctor',
  osteoporosis: 'doctor',
  nightPain: 'doctor',
  numbness: 'doctor',
};

/** The text each route says. */
export const RED_FLAG_ROUTE_TEXT: Readonly<Record<RedFlagRoute, string>> = {
  emergency: 'common:safety.emergency',
  today: 'common:safety.sameDay',
  doctor: 'common:safety.doctorFirst',
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
