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
    equipment: ['tennisBall'],
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
  const main = routinesFor(area).filter((r) => r.variantOf === undefined);
  return [...new Set(main.map((r) => r.equipment[0]).filter((e): e is Equipment => e !== undefined))];
}

/** Daily limit on ball and roller work, from the source: no more than five minutes a day. */
export const BALL_ROLLER_DAILY_SECONDS = 5 * 60;
