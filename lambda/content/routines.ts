import type { Area, Equipment, Routine } from './types';

/**
 * Every routine the skill can guide, as data. Text lives in locales under
 * `routines:<id>.name`, `<id>.intro`, `<id>.wrapUp` and `<id>.steps.<key>`.
 * Holds and durations follow the source material (see ../shared/seeds).
 */
export const ROUTINES = [
  {
    id: 'lowerBackTennisBall',
    area: 'lowerBack',
    equipment: ['tennisBall', 'floor'],
    ballOrRoller: true,
    steps: [
      { key: 'lieDown' },
      { key: 'placeBall' },
      { key: 'circles', holdSeconds: 30, action: 'move' },
      { key: 'upDown', holdSeconds: 30, action: 'move' },
      { key: 'tenderSpot', holdSeconds: 20, action: 'hold', sides: ['left', 'right'] },
    ],
  },
  {
    id: 'lowerBackTwoBalls',
    area: 'lowerBack',
    equipment: ['twoBalls', 'tennisBall'],
    ballOrRoller: true,
    variantOf: 'lowerBackTennisBall',
    steps: [
      { key: 'placeBalls' },
      { key: 'bendKnees' },
      { key: 'rollUpDown', holdSeconds: 40, action: 'move' },
      { key: 'rollLower', holdSeconds: 40, action: 'move' },
    ],
  },
  {
    id: 'lowerBackFoamRoller',
    area: 'lowerBack',
    equipment: ['foamRoller'],
    ballOrRoller: true,
    steps: [
      { key: 'lieDown' },
      { key: 'sink', holdSeconds: 20, action: 'hold' },
      { key: 'roll', holdSeconds: 40, action: 'move' },
      { key: 'aboveBelow', holdSeconds: 30, action: 'move' },
    ],
  },
  {
    id: 'lowerBackHands',
    area: 'lowerBack',
    equipment: ['hands'],
    ballOrRoller: false,
    steps: [
      { key: 'sit' },
      { key: 'findSacrum' },
      { key: 'circles', holdSeconds: 30, action: 'move' },
      { key: 'tenseSpot', holdSeconds: 20, action: 'move' },
      { key: 'keepGoing', holdSeconds: 30, action: 'move' },
    ],
  },
  {
    id: 'lowerBackWall',
    area: 'lowerBack',
    equipment: ['wall', 'tennisBall', 'foamRoller'],
    ballOrRoller: true,
    variantOf: 'lowerBackTennisBall',
    steps: [
      { key: 'stand' },
      { key: 'lean', holdSeconds: 20, action: 'hold' },
      { key: 'rollDown', holdSeconds: 30, action: 'move' },
      { key: 'besideSpine', holdSeconds: 20, action: 'move', sides: ['left', 'right'] },
      { key: 'floor', holdSeconds: 30, action: 'move' },
    ],
  },
  {
    id: 'upperBackTennisBall',
    area: 'upperBack',
    equipment: ['tennisBall', 'wall'],
    ballOrRoller: true,
    steps: [
      { key: 'place' },
      { key: 'lean' },
      { key: 'circleRight', holdSeconds: 30, action: 'move' },
      { key: 'holdRight', holdSeconds: 20, action: 'hold' },
      { key: 'switch' },
      { key: 'circleLeft', holdSeconds: 30, action: 'move' },
      { key: 'holdLeft', holdSeconds: 20, action: 'hold' },
    ],
  },
  {
    id: 'upperBackFoamRoller',
    area: 'upperBack',
    equipment: ['foamRoller'],
    ballOrRoller: true,
    steps: [
      { key: 'lieDown' },
      { key: 'support' },
      { key: 'roll', holdSeconds: 40, action: 'move' },
      { key: 'sink', holdSeconds: 20, action: 'hold' },
      { key: 'rollAgain', holdSeconds: 30, action: 'move' },
    ],
  },
  {
    id: 'upperBackTowel',
    area: 'upperBack',
    equipment: ['towel'],
    ballOrRoller: false,
    steps: [
      { key: 'twist' },
      { key: 'holdRight' },
      { key: 'rubRight', holdSeconds: 30, action: 'move' },
      { key: 'switch' },
      { key: 'rubLeft', holdSeconds: 30, action: 'move' },
    ],
  },
  {
    id: 'upperBackHands',
    area: 'upperBack',
    equipment: ['hands'],
    ballOrRoller: false,
    steps: [
      { key: 'start' },
      { key: 'neckUp', holdSeconds: 30, action: 'move' },
      { key: 'sections', holdSeconds: 30, action: 'move' },
      { key: 'outwards', holdSeconds: 20, action: 'move', sides: ['left', 'right'] },
      { key: 'circles', holdSeconds: 20, action: 'move', sides: ['left', 'right'] },
    ],
  },
  {
    id: 'upperBackTennisBallFloor',
    area: 'upperBack',
    equipment: ['floor', 'tennisBall'],
    ballOrRoller: true,
    variantOf: 'upperBackTennisBall',
    steps: [
      { key: 'lieDown' },
      { key: 'circleRight', holdSeconds: 30, action: 'move' },
      { key: 'holdRight', holdSeconds: 20, action: 'hold' },
      { key: 'switch' },
      { key: 'circleLeft', holdSeconds: 30, action: 'move' },
      { key: 'holdLeft', holdSeconds: 20, action: 'hold' },
    ],
  },
  {
    id: 'upperBackMassager',
    area: 'upperBack',
    equipment: ['massager'],
    ballOrRoller: false,
    variantOf: 'upperBackHands',
    steps: [
      { key: 'reach' },
      { key: 'press', holdSeconds: 20, action: 'hold' },
      { key: 'circles', holdSeconds: 30, action: 'move' },
      { key: 'otherSide', holdSeconds: 30, action: 'move' },
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
      { key: 'press', holdSeconds: 30, action: 'move' },
      { key: 'glide', holdSeconds: 30, action: 'move' },
      { key: 'tryHeads' },
    ],
  },
  {
    id: 'neckHands',
    area: 'neck',
    equipment: ['hands'],
    ballOrRoller: false,
    steps: [
      { key: 'place' },
      { key: 'rub', holdSeconds: 30, action: 'move' },
      { key: 'tilt', holdSeconds: 20, action: 'move', sides: ['left', 'right'] },
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
      { key: 'across', holdSeconds: 30, action: 'move' },
      { key: 'along', holdSeconds: 20, action: 'move' },
    ],
  },
  {
    id: 'shouldersHands',
    area: 'shoulders',
    equipment: ['hands'],
    ballOrRoller: false,
    steps: [
      { key: 'gripRight' },
      { key: 'squeezeRight', holdSeconds: 20, action: 'move' },
      { key: 'knotRight', holdSeconds: 30, action: 'move' },
      { key: 'gripLeft' },
      { key: 'squeezeLeft', holdSeconds: 20, action: 'move' },
      { key: 'knotLeft', holdSeconds: 30, action: 'move' },
    ],
  },
  {
    id: 'feetTennisBall',
    area: 'feet',
    equipment: ['tennisBall'],
    ballOrRoller: false,
    steps: [
      { key: 'sit' },
      { key: 'roll', holdSeconds: 30, action: 'move', sides: ['left', 'right'] },
      { key: 'arch', holdSeconds: 20, action: 'hold', sides: ['left', 'right'] },
    ],
  },
  {
    id: 'feetHands',
    area: 'feet',
    equipment: ['hands'],
    ballOrRoller: false,
    steps: [
      { key: 'sit' },
      { key: 'thumbs', holdSeconds: 30, action: 'move', sides: ['left', 'right'] },
      { key: 'toes', holdSeconds: 20, action: 'move', sides: ['left', 'right'] },
    ],
  },
  {
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
    id: 'partnerLowerBack',
    area: 'lowerBack',
    equipment: ['partner'],
    ballOrRoller: false,
    forPartner: true,
    steps: [
      { key: 'setting' },
      { key: 'support' },
      { key: 'oil' },
      { key: 'effleurage', checkIn: true },
      { key: 'hipCircles', checkIn: true },
      { key: 'fingertips', checkIn: true },
      { key: 'thumbSlides', sides: ['left', 'right'], checkIn: true },
      { key: 'triggerPoints', holdSeconds: 5, action: 'hold', reps: 3 },
    ],
  },
] as const satisfies readonly Routine[];

export type RoutineId = (typeof ROUTINES)[number]['id'];

const byId = new Map<string, Routine>(ROUTINES.map((r) => [r.id, r]));

export function findRoutine(id: string | undefined): Routine | undefined {
  return id === undefined ? undefined : byId.get(id);
}

export function routinesFor(area: Area): Routine[] {
  return ROUTINES.filter((r) => r.area === area);
}

/** Areas that have at least one routine, in the order routines are listed. */
export function coveredAreas(): Area[] {
  return [...new Set(ROUTINES.map((r) => r.area))];
}

/** What the skill asks about for an area: each main routine's equipment, once, in order. */
export function equipmentChoices(area: Area): Equipment[] {
  const main = routinesFor(area).filter((r) => r.variantOf === undefined && !r.forPartner);
  return [...new Set(main.map((r) => r.equipment[0]).filter((e): e is Equipment => e !== undefined))];
}

/** Daily limit on ball and roller work, from the source: no more than five minutes a day. */
export const BALL_ROLLER_DAILY_SECONDS = 5 * 60;
