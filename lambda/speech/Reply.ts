import type { HoldAction } from '../content/types';

/**
 * What the skill says, as data: the flow returns it, the SSML module renders it.
 * Text is always a locale key; values can themselves be locale keys.
 */
export type ParamValue =
  | string
  | number
  | { readonly key: string }
  /** A spoken "a, b, or c" list of locale texts. */
  | { readonly anyOf: readonly { readonly key: string }[] }
  /** A spoken "a, b, and c" list of locale texts. */
  | { readonly allOf: readonly { readonly key: string }[] };
export type Params = Readonly<Record<string, ParamValue>>;

export type Line =
  | { readonly key: string; readonly params?: Params }
  /** A timed hold, spoken as counts at steady intervals ending in a release cue. */
  | { readonly hold: { readonly seconds: number; readonly action: HoldAction; readonly reps: number } }
  /** A short silence, in milliseconds. */
  | { readonly pause: number };

/** What a screen shows for the current step (rendered as an APL card where the device has a screen). */
export interface StepScreen {
  readonly routine: Line;
  readonly step: number;
  readonly total: number;
  readonly instruction: Line;
  readonly holdSeconds: number;
}

/** A text card in the Alexa app (useful on devices without a screen, e.g. an oil recommendation). */
export interface TextCard {
  readonly title: Line;
  readonly lines: readonly Line[];
}

interface Extras {
  readonly screen?: StepScreen;
  readonly card?: TextCard;
}

/** A reply either ends the session or keeps it open with a reprompt: never open without one. */
export type Reply = Extras &
  (
  | {
      readonly speak: readonly Line[];
      readonly end: true;
      /** Hand over to Alexa to ask for the timers permission by voice (Connections.SendRequest AskFor). */
      readonly askTimerPermission?: true;
      /** A card in the Alexa app where the user can grant the timers permission. */
      readonly permissionCard?: true;
    }
  | { readonly speak: readonly Line[]; readonly reprompt: readonly Line[]; readonly end: false }
  );

export function say(key: string, params?: Params): Line {
  return params === undefined ? { key } : { key, params };
}
