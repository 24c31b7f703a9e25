/** Body areas the skill knows. Slot value ids in the interaction model use the same names. */
export const AREAS = ['lowerBack', 'upperBack', 'neck', 'shoulders', 'feet', 'eyes'] as const;
export type Area = (typeof AREAS)[number];

/** What the user has to massage with. Slot value ids in the interaction model use the same names. */
export const EQUIPMENT = [
  'tennisBall', 'twoBalls', 'foamRoller', 'hands', 'wall', 'floor', 'towel', 'massager', 'electricMassager', 'warmCloth', 'partner',
] as const;
export type Equipment = (typeof EQUIPMENT)[number];

export type Side = 'left' | 'right';

/**
 * How a timed step is counted: a hold ends in "release", movement in "stop", rest in "open your eyes";
 * `minutes` is a long step (a partner's strokes) counted once a minute.
 */
export type HoldAction = 'hold' | 'move' | 'rest' | 'minutes';

/**
 * One instruction. `key` names locale text under `routines` (never prose in code).
 * A step with `holdSeconds` gets a spoken count; `action` picks the words of the count
 * ("hold ... and release", "go ahead ... and stop", "relax ... and slowly open your eyes"). `reps` repeats the count.
 * A step with `sides` is done once per side, one response per side.
 */
export interface Step {
  readonly key: string;
  readonly holdSeconds?: number;
  readonly action?: HoldAction;
  readonly reps?: number;
  readonly sides?: readonly Side[];
  /** Followed by the routine's check-in (`routines:<id>.reminder`), e.g. a partner's pressure check. */
  readonly checkIn?: boolean;
}

export interface Routine {
  readonly id: string;
  readonly area: Area;
  /** Any of these lets the user do the routine; the first is what it is named after. */
  readonly equipment: readonly Equipment[];
  /** Counts towards the daily limit of ball and roller work. */
  readonly ballOrRoller: boolean;
  /**
   * A variant of another routine: chosen when asked for by its equipment ("two tennis balls",
   * "against a wall") or offered after that routine, but not listed when the skill asks what you have.
   */
  readonly variantOf?: string;
  /** Guides the user to massage someone else: started only when asked for, never offered after a self-massage. */
  readonly forPartner?: boolean;
  readonly steps: readonly Step[];
}
