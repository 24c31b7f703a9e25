/**
 * Heat and cold therapy, from the source: cold for at most 20 minutes at a time, 20 minutes on and
 * 20 off, up to 8 to 10 times a day, never ice straight on skin; heat for 15 to 20 minutes.
 * Alexa's limits: a timer runs at most 2 hours; at most 10 timers per user.
 */
export const COLD_MAX_MINUTES = 20;
export const COLD_REST_MINUTES = 20;
export const HEAT_MAX_MINUTES = 20;
export const HEAT_DEFAULT_MINUTES = 20;
export const COLD_DAILY_ROUNDS_DEFAULT = 8;
export const COLD_DAILY_ROUNDS_MAX = 10;
export const TIMER_MAX_MINUTES = 120;
export const TIMERS_PER_USER = 10;

/** Rounds whose timers all fit within the 2-hour limit of a timer (3 with 20 on, 20 off). */
export function roundsPerGo(minutes: number): number {
  let rounds = 1;
  while (rounds < 10 && rounds * (minutes + COLD_REST_MINUTES) + minutes <= TIMER_MAX_MINUTES) rounds++;
  return rounds;
}

/** One timer of a cold cycle: minutes from now, and whether the pack comes off or goes back on. */
export interface CycleTimer {
  readonly minutes: number;
  readonly kind: 'off' | 'on';
  readonly round: number;
}

/** The timers for `rounds` rounds starting now (the pack goes on now): off, on, off, ... off. */
export function coldCycle(rounds: number, minutes: number): CycleTimer[] {
  const timers: CycleTimer[] = [];
  for (let round = 1; round <= rounds; round++) {
    const start = (round - 1) * (minutes + COLD_REST_MINUTES);
    timers.push({ minutes: start + minutes, kind: 'off', round });
    if (round < rounds) timers.push({ minutes: round * (minutes + COLD_REST_MINUTES), kind: 'on', round: round + 1 });
  }
  return timers;
}

/** Things to use as a cold pack and as heat (`therapy:coldPacks.<id>`, `therapy:heatOptions.<id>`). */
export const COLD_PACKS = ['reusablePack', 'frozenTowel', 'frozenSponge', 'riceBag', 'frozenVegetables'] as const;
export const HEAT_OPTIONS = ['hotWaterBottle', 'heatingPad', 'gelPack', 'heatWrap', 'warmBath'] as const;

/**
 * Said before heat or cold starts (the flow speaks them): extra care with reduced sensation
 * (diabetes, numbness), where a burn or cold injury may not be felt.
 */
export const SENSATION_CAUTION = { heat: 'therapy:heatOptions.sensation', cold: 'therapy:coldPacks.sensation' } as const;
