import { COLD_DAILY_ROUNDS_MAX } from '../content/therapy';
import type { State } from './State';
import type { TherapyContext } from './therapy';

/**
 * Today's cold rounds: how many were set, the daily cap, and the leftover rounds to offer. Apart from
 * the rest of cold and heat therapy (flow/therapy.ts), which the Lambda bundle loads only when a
 * request needs it (scripts/build.mjs): every launch asks for the leftover rounds.
 */

export function coldRoundsToday(state: State, ctx: TherapyContext): number {
  return state.cold !== undefined && state.cold.day === ctx.today() ? state.cold.rounds : 0;
}

/** The user's time zone, UTC when the context has none. */
export function zoneOf(ctx: Pick<TherapyContext, 'timeZone'>): string {
  return ctx.timeZone?.() ?? 'UTC';
}

export function dailyCap(ctx: Pick<TherapyContext, 'coldDailyRounds'>): number {
  return Math.max(0, Math.min(COLD_DAILY_ROUNDS_MAX, Math.floor(ctx.coldDailyRounds)));
}

/** Leftover cold rounds are offered when the user comes back the same day, once the last ones are done. */
export function coldLeftToOffer(state: State, ctx: TherapyContext): number {
  const left = state.coldLeft;
  if (!left || left.day !== ctx.today() || ctx.now.getTime() < Date.parse(left.after)) return 0;
  return Math.min(left.rounds, dailyCap(ctx) - coldRoundsToday(state, ctx));
}
