/** Body areas the skill knows. Slot value ids in the interaction model use the same names. */
export const AREAS = ['lowerBack', 'upperBack', 'neck', 'shoulders', 'feet', 'eyes'] as const;
export type Area = (typeof AREAS)[number];

/** What the user has to massage with. Slot value ids in the interaction model use the same names. */
export const EQUIPMENT = [
  'tennisBall', 'twoBalls', 'foamRoller', 'hands', 'wall', 'floor', 'towel', 'massager', 'electricMassager', 'warmCloth', 'partner',
] as const;
export type Equipment = (typeof EQUIPMENT)[number];

/** Sides are always done in this order: left, then right (data `sides` and inline texts alike). */
export type Side = 'left' | 'right';

/** What presses into the body on a pressure step. */
export const PRESSURE_TOOLS = [
  'ball', 'balls', 'roller', 'ballOrRoller', 'palms', 'heelsOfHands', 'fingers', 'thumbs', 'fists', 'massager', 'electricMassager', 'towel',
] as const;
export type PressureTool = (typeof PRESSURE_TOOLS)[number];

/**
 * Where a pressure step presses: always soft tissue, never the spine's midline or a bone. Names that
 * mention a bone say where beside it (`besideSpine`, `besideSacrum`, `aboveHipBone`).
 * `acrossUpperBack` and `backOfNeck` are the only places a tool lies across the spine: for a foam roller
 * or a towel, which spread the pressure (the upper back has the ribs to carry it); a ball never goes there.
 */
export const PLACEMENTS = [
  /** The long muscles either side of the spine (lower or middle back). */
  'besideSpine',
  /** The muscles either side of the flat bone at the base of the spine. */
  'besideSacrum',
  /** The muscles just above the hip bone (not its top edge). */
  'aboveHipBone',
  /** Between a shoulder blade and the spine, on the muscle. */
  'besideShoulderBlade',
  /** A roller across the upper back, under the shoulder blades; a twisted towel across the upper back. */
  'acrossUpperBack',
  /** The muscle on top of the shoulder. */
  'shoulderMuscle',
  /** The muscles at the side of the neck. */
  'sideOfNeck',
  /** The back of the neck, with a soft towel only, gently. */
  'backOfNeck',
  /** The sole of the foot, heel to toes. */
  'soleOfFoot',
  /** The arch of the foot. */
  'archOfFoot',
  'toes',
  /** A tight spot the person points to, in the muscle. */
  'muscle',
] as const;
export type Placement = (typeof PLACEMENTS)[number];

/** What presses and where: every step that presses anything into the body carries one. */
export interface Pressure {
  readonly tool: PressureTool;
  readonly on: Placement;
}

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
  /**
   * Set on every step that presses a ball, roller, hand, fist, thumb, massager or towel into the body:
   * what presses, and where. The step's text says the same in words (test/content/placement.test.ts).
   */
  readonly pressure?: Pressure;
  /** Followed by the routine's check-in (`routines:<id>.reminder`), e.g. a partner's pressure check. */
  readonly checkIn?: boolean;
}

export interface Routine {
  readonly id: string;
  readonly area: Area;
  /** Any of these lets the user do the routine; the first is what it is named after. */
  readonly equipment: readonly [Equipment, ...Equipment[]];
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
