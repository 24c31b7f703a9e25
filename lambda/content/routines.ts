import type { Area, Equipment, Routine } from './types';

/**
 * Every routine the skill can guide, as data. Text lives in locales under
 * `routines:<id>.name`, `<id>.intro`, `<id>.wrapUp` and `<id>.steps.<key>`.
 * Holds and durations follow the source material (see ../shared/seeds).
 */
const ROUTINE_DATA = [
  {
    id: 'lowerBackTennisBall',
    area: 'lowerBack',
    equipment: ['tennisBall', 'floor'],
    ballOrRoller: true,
    steps: [
      { key: 'lieDown' },
      // Knees bent, the ball beside the spine in the muscle above the pelvis: never in the middle (source S1 said "where the pelvis meets the spine").
      { key: 'placeBall', pressure: { tool: 'ball', on: 'besideSpine' } },
      { key: 'circles', holdSeconds: 30, action: 'move', pressure: { tool: 'ball', on: 'besideSpine' } },
      { key: 'upDown', holdSeconds: 30, action: 'move', pressure: { tool: 'ball', on: 'besideSpine' } },
      { key: 'tenderSpot', holdSeconds: 20, action: 'hold', sides: ['left', 'right'], pressure: { tool: 'ball', on: 'besideSpine' } },
    ],
  },
  {
    id: 'lowerBackTwoBalls',
    area: 'lowerBack',
    equipment: ['twoBalls', 'tennisBall'],
    ballOrRoller: true,
    variantOf: 'lowerBackTennisBall',
    steps: [
      { key: 'placeBalls', pressure: { tool: 'balls', on: 'besideSpine' } },
      { key: 'bendKnees' },
      { key: 'rollUpDown', holdSeconds: 40, action: 'move', pressure: { tool: 'balls', on: 'besideSpine' } },
      { key: 'rollLower', holdSeconds: 40, action: 'move', pressure: { tool: 'balls', on: 'besideSpine' } },
    ],
  },
  {
    // Gentle: knees bent, hips low, weight on the feet, tipped to one side so the roller presses the muscle beside the spine; 90 seconds in all.
    id: 'lowerBackFoamRoller',
    area: 'lowerBack',
    equipment: ['foamRoller'],
    ballOrRoller: true,
    steps: [
      { key: 'lieDown', pressure: { tool: 'roller', on: 'besideSpine' } },
      { key: 'sink', holdSeconds: 20, action: 'hold', pressure: { tool: 'roller', on: 'besideSpine' } },
      { key: 'roll', holdSeconds: 40, action: 'move', pressure: { tool: 'roller', on: 'besideSpine' } },
      { key: 'aboveBelow', holdSeconds: 30, action: 'move', pressure: { tool: 'roller', on: 'besideSpine' } },
    ],
  },
  {
    id: 'lowerBackHands',
    area: 'lowerBack',
    equipment: ['hands'],
    ballOrRoller: false,
    steps: [
      { key: 'sit' },
      { key: 'findSacrum', pressure: { tool: 'thumbs', on: 'besideSacrum' } },
      { key: 'circles', holdSeconds: 30, action: 'move', pressure: { tool: 'thumbs', on: 'besideSacrum' } },
      { key: 'tenseSpot', holdSeconds: 20, action: 'move', pressure: { tool: 'thumbs', on: 'besideSpine' } },
      { key: 'keepGoing', holdSeconds: 30, action: 'move', pressure: { tool: 'thumbs', on: 'besideSpine' } },
    ],
  },
  {
    id: 'lowerBackWall',
    area: 'lowerBack',
    equipment: ['wall', 'tennisBall', 'foamRoller'],
    ballOrRoller: true,
    variantOf: 'lowerBackTennisBall',
    steps: [
      { key: 'stand', pressure: { tool: 'ballOrRoller', on: 'besideSpine' } },
      { key: 'lean', holdSeconds: 20, action: 'hold', pressure: { tool: 'ballOrRoller', on: 'besideSpine' } },
      { key: 'rollDown', holdSeconds: 30, action: 'move', pressure: { tool: 'ballOrRoller', on: 'besideSpine' } },
      { key: 'besideSpine', holdSeconds: 20, action: 'move', sides: ['left', 'right'], pressure: { tool: 'ballOrRoller', on: 'besideSpine' } },
      { key: 'floor', holdSeconds: 30, action: 'move', pressure: { tool: 'ballOrRoller', on: 'besideSpine' } },
    ],
  },
  {
    // Left side first, then right, as everywhere.
    id: 'upperBackTennisBall',
    area: 'upperBack',
    equipment: ['tennisBall', 'wall'],
    ballOrRoller: true,
    steps: [
      { key: 'place', pressure: { tool: 'ball', on: 'besideShoulderBlade' } },
      { key: 'lean', pressure: { tool: 'ball', on: 'besideShoulderBlade' } },
      { key: 'circleLeft', holdSeconds: 30, action: 'move', pressure: { tool: 'ball', on: 'besideShoulderBlade' } },
      { key: 'holdLeft', holdSeconds: 20, action: 'hold', pressure: { tool: 'ball', on: 'besideShoulderBlade' } },
      { key: 'switch', pressure: { tool: 'ball', on: 'besideShoulderBlade' } },
      { key: 'circleRight', holdSeconds: 30, action: 'move', pressure: { tool: 'ball', on: 'besideShoulderBlade' } },
      { key: 'holdRight', holdSeconds: 20, action: 'hold', pressure: { tool: 'ball', on: 'besideShoulderBlade' } },
    ],
  },
  {
    id: 'upperBackFoamRoller',
    area: 'upperBack',
    equipment: ['foamRoller'],
    ballOrRoller: true,
    steps: [
      { key: 'lieDown', pressure: { tool: 'roller', on: 'acrossUpperBack' } },
      { key: 'support' },
      { key: 'roll', holdSeconds: 40, action: 'move', pressure: { tool: 'roller', on: 'acrossUpperBack' } },
      { key: 'sink', holdSeconds: 20, action: 'hold', pressure: { tool: 'roller', on: 'acrossUpperBack' } },
      { key: 'rollAgain', holdSeconds: 30, action: 'move', pressure: { tool: 'roller', on: 'acrossUpperBack' } },
    ],
  },
  {
    id: 'upperBackTowel',
    area: 'upperBack',
    equipment: ['towel'],
    ballOrRoller: false,
    steps: [
      { key: 'twist' },
      { key: 'holdLeft' },
      { key: 'rubLeft', holdSeconds: 30, action: 'move', pressure: { tool: 'towel', on: 'acrossUpperBack' } },
      { key: 'switch' },
      { key: 'rubRight', holdSeconds: 30, action: 'move', pressure: { tool: 'towel', on: 'acrossUpperBack' } },
    ],
  },
  {
    id: 'upperBackHands',
    area: 'upperBack',
    equipment: ['hands'],
    ballOrRoller: false,
    steps: [
      { key: 'start', pressure: { tool: 'fingers', on: 'sideOfNeck' } },
      { key: 'neckUp', holdSeconds: 30, action: 'move', pressure: { tool: 'fingers', on: 'sideOfNeck' } },
      { key: 'sections', holdSeconds: 30, action: 'move', pressure: { tool: 'fingers', on: 'besideShoulderBlade' } },
      { key: 'outwards', holdSeconds: 20, action: 'move', sides: ['left', 'right'], pressure: { tool: 'fingers', on: 'besideShoulderBlade' } },
      { key: 'circles', holdSeconds: 20, action: 'move', sides: ['left', 'right'], pressure: { tool: 'fingers', on: 'shoulderMuscle' } },
    ],
  },
  {
    id: 'upperBackTennisBallFloor',
    area: 'upperBack',
    equipment: ['floor', 'tennisBall'],
    ballOrRoller: true,
    variantOf: 'upperBackTennisBall',
    steps: [
      { key: 'lieDown', pressure: { tool: 'ball', on: 'besideShoulderBlade' } },
      { key: 'circleLeft', holdSeconds: 30, action: 'move', pressure: { tool: 'ball', on: 'besideShoulderBlade' } },
      { key: 'holdLeft', holdSeconds: 20, action: 'hold', pressure: { tool: 'ball', on: 'besideShoulderBlade' } },
      { key: 'switch', pressure: { tool: 'ball', on: 'besideShoulderBlade' } },
      { key: 'circleRight', holdSeconds: 30, action: 'move', pressure: { tool: 'ball', on: 'besideShoulderBlade' } },
      { key: 'holdRight', holdSeconds: 20, action: 'hold', pressure: { tool: 'ball', on: 'besideShoulderBlade' } },
    ],
  },
  {
    id: 'upperBackMassager',
    area: 'upperBack',
    equipment: ['massager'],
    ballOrRoller: false,
    variantOf: 'upperBackHands',
    steps: [
      { key: 'reach', pressure: { tool: 'massager', on: 'besideShoulderBlade' } },
      { key: 'press', holdSeconds: 20, action: 'hold', pressure: { tool: 'massager', on: 'besideShoulderBlade' } },
      { key: 'circles', holdSeconds: 30, action: 'move', pressure: { tool: 'massager', on: 'besideShoulderBlade' } },
      { key: 'otherSide', holdSeconds: 30, action: 'move', pressure: { tool: 'massager', on: 'besideShoulderBlade' } },
    ],
  },
  {
    id: 'upperBackElectric',
    area: 'upperBack',
    equipment: ['electricMassager'],
    ballOrRoller: false,
    variantOf: 'upperBackHands',
    steps: [
      { key: 'instructions' },
      { key: 'head' },
      { key: 'press', holdSeconds: 30, action: 'move', pressure: { tool: 'electricMassager', on: 'besideShoulderBlade' } },
      { key: 'glide', holdSeconds: 30, action: 'move', pressure: { tool: 'electricMassager', on: 'besideSpine' } },
      { key: 'tryHeads' },
    ],
  },
  {
    id: 'neckHands',
    area: 'neck',
    equipment: ['hands'],
    ballOrRoller: false,
    steps: [
      { key: 'place', pressure: { tool: 'palms', on: 'sideOfNeck' } },
      { key: 'rub', holdSeconds: 30, action: 'move', pressure: { tool: 'palms', on: 'sideOfNeck' } },
      { key: 'tilt', holdSeconds: 20, action: 'move', sides: ['left', 'right'], pressure: { tool: 'palms', on: 'sideOfNeck' } },
    ],
  },
  {
    id: 'neckTowel',
    area: 'neck',
    equipment: ['towel'],
    ballOrRoller: false,
    steps: [
      { key: 'braid' },
      { key: 'hold' },
      { key: 'across', holdSeconds: 30, action: 'move', pressure: { tool: 'towel', on: 'backOfNeck' } },
      { key: 'along', holdSeconds: 20, action: 'move', pressure: { tool: 'towel', on: 'backOfNeck' } },
    ],
  },
  {
    id: 'shouldersHands',
    area: 'shoulders',
    equipment: ['hands'],
    ballOrRoller: false,
    steps: [
      { key: 'gripLeft', pressure: { tool: 'palms', on: 'shoulderMuscle' } },
      { key: 'squeezeLeft', holdSeconds: 20, action: 'move', pressure: { tool: 'palms', on: 'shoulderMuscle' } },
      { key: 'knotLeft', holdSeconds: 30, action: 'move', pressure: { tool: 'fingers', on: 'shoulderMuscle' } },
      { key: 'gripRight', pressure: { tool: 'palms', on: 'shoulderMuscle' } },
      { key: 'squeezeRight', holdSeconds: 20, action: 'move', pressure: { tool: 'palms', on: 'shoulderMuscle' } },
      { key: 'knotRight', holdSeconds: 30, action: 'move', pressure: { tool: 'fingers', on: 'shoulderMuscle' } },
    ],
  },
  {
    id: 'feetTennisBall',
    area: 'feet',
    equipment: ['tennisBall'],
    ballOrRoller: false,
    steps: [
      { key: 'sit' },
      { key: 'roll', holdSeconds: 30, action: 'move', sides: ['left', 'right'], pressure: { tool: 'ball', on: 'soleOfFoot' } },
      { key: 'arch', holdSeconds: 20, action: 'hold', sides: ['left', 'right'], pressure: { tool: 'ball', on: 'archOfFoot' } },
    ],
  },
  {
    id: 'feetHands',
    area: 'feet',
    equipment: ['hands'],
    ballOrRoller: false,
    steps: [
      { key: 'sit' },
      { key: 'thumbs', holdSeconds: 30, action: 'move', sides: ['left', 'right'], pressure: { tool: 'thumbs', on: 'soleOfFoot' } },
      { key: 'toes', holdSeconds: 20, action: 'move', sides: ['left', 'right'], pressure: { tool: 'fingers', on: 'toes' } },
    ],
  },
  {
    // Nothing presses here: the cloth only rests on closed eyes.
    id: 'eyesWarmCloth',
    area: 'eyes',
    equipment: ['warmCloth', 'towel', 'hands'],
    ballOrRoller: false,
    steps: [
      { key: 'prepare' },
      { key: 'lieDown' },
      { key: 'cloth', holdSeconds: 60, action: 'rest' },
      { key: 'breathe', holdSeconds: 30, action: 'rest' },
      { key: 'finish' },
    ],
  },
  {
    // Set-up (S3, S4), then S4's strokes with S3's between them. Steps that last minutes are timed
    // ('minutes': counted once a minute), so the giver never has to speak into a closed session.
    id: 'partnerLowerBack',
    area: 'lowerBack',
    equipment: ['partner'],
    ballOrRoller: false,
    forPartner: true,
    steps: [
      // Not in the sources: who should not be massaged without their doctor's word (the same screen as the user's own).
      { key: 'check' },
      { key: 'setting' },
      { key: 'support' },
      { key: 'oil' },
      { key: 'effleurage', holdSeconds: 300, action: 'minutes', checkIn: true, pressure: { tool: 'palms', on: 'besideSpine' } },
      { key: 'palmCircles', holdSeconds: 60, action: 'minutes', sides: ['left', 'right'], pressure: { tool: 'palms', on: 'besideSpine' } },
      { key: 'thumbStrokes', sides: ['left', 'right'], pressure: { tool: 'thumbs', on: 'besideSpine' } },
      { key: 'hipCircles', holdSeconds: 180, action: 'minutes', pressure: { tool: 'heelsOfHands', on: 'aboveHipBone' } },
      { key: 'fingertips', holdSeconds: 120, action: 'minutes', sides: ['left', 'right'], pressure: { tool: 'fingers', on: 'aboveHipBone' } },
      { key: 'thumbSlides', sides: ['left', 'right'], checkIn: true, pressure: { tool: 'thumbs', on: 'besideSpine' } },
      { key: 'fists', pressure: { tool: 'fists', on: 'besideSpine' } },
      { key: 'openPalms', holdSeconds: 60, action: 'minutes', pressure: { tool: 'palms', on: 'besideSpine' } },
      { key: 'triggerPoints', holdSeconds: 5, action: 'hold', reps: 3, checkIn: true, pressure: { tool: 'thumbs', on: 'muscle' } },
    ],
  },
] as const satisfies readonly Routine[];

export type RoutineId = (typeof ROUTINE_DATA)[number]['id'];

/** The routines, typed as `Routine` (every step a `Step`), with their ids kept literal. */
export const ROUTINES: readonly (Routine & { readonly id: RoutineId })[] = ROUTINE_DATA;

const byId = new Map<string, Routine>(ROUTINES.map((r) => [r.id, r]));

export function findRoutine(id: string | undefined): Routine | undefined {
  return id === undefined ? undefined : byId.get(id);
}

/** The routines by area, in the order they are listed: worked out once, not on every request. */
const byArea = new Map<Area, readonly Routine[]>();
for (const routine of ROUTINES) byArea.set(routine.area, [...(byArea.get(routine.area) ?? []), routine]);
const covered: readonly Area[] = [...byArea.keys()];
const NONE: readonly Routine[] = [];

export function routinesFor(area: Area): readonly Routine[] {
  return byArea.get(area) ?? NONE;
}

/** Areas that have at least one routine, in the order routines are listed. */
export function coveredAreas(): readonly Area[] {
  return covered;
}

/** What the skill asks about for an area: each main routine's equipment, once, in order. */
export function equipmentChoices(area: Area): Equipment[] {
  const main = routinesFor(area).filter((r) => r.variantOf === undefined && !r.forPartner);
  return [...new Set(main.map((r) => r.equipment[0]).filter((e): e is Equipment => e !== undefined))];
}

/** Daily limit on ball and roller work, from the source: no more than five minutes a day. */
export const BALL_ROLLER_DAILY_SECONDS = 5 * 60;
