import { COLD_PLAN_FIRST_START_HOUR, COLD_PLAN_LAST_START_HOUR, COLD_PLAN_ROUND_TO_MINUTES } from '../content/reminders';
import { COLD_MAX_MINUTES, COLD_REST_MINUTES, coldCycle, roundsPerGo } from '../content/therapy';
import { say, type Line } from '../speech/Reply';
import { fromLocal, localTime } from './localTime';
import { ask, tell } from './replies';
import type { PlanBlock, State } from './State';
import { coldRoundsToday, dailyCap, zoneOf } from './coldRounds';
import { scheduleRequest, therapyEvent, type TherapyContext, type TherapyOutcome } from './therapy';

/**
 * "Plan my cold therapy for today": the rounds left under today's cap, in blocks of what fits in one
 * go of timers (three rounds of 20 minutes on, 20 off), each block after the last one's rest, none
 * starting late in the evening or in the night. Timers for the first block now; reminders for the
 * later blocks, whose rounds are then offered when the user comes back. Never over the cap: only the
 * first block is counted now, and each later one is counted (and capped again) when its timers are set.
 */

const MINUTE = 60_000;

/** The blocks of the rest of today, the first one starting now. */
export function planBlocks(state: State, ctx: TherapyContext): PlanBlock[] {
  let left = dailyCap(ctx) - coldRoundsToday(state, ctx);
  const perGo = roundsPerGo(COLD_MAX_MINUTES);
  const zone = zoneOf(ctx);
  const blocks: PlanBlock[] = [];
  let start = ctx.now.getTime();
  while (left > 0) {
    const rounds = Math.min(perGo, left);
    if (blocks.length > 0) {
      let clock = localTime(new Date(start), zone);
      // In the night (asked at 2 AM): the later blocks wait for the morning.
      if (clock.hour < COLD_PLAN_FIRST_START_HOUR) {
        start = fromLocal(`${clock.day}T${String(COLD_PLAN_FIRST_START_HOUR).padStart(2, '0')}:00`, zone) ?? start;
        clock = localTime(new Date(start), zone);
      }
      // Crossing midnight, or past the last start of the evening: the rest is not for today.
      if (clock.day !== ctx.today() || clock.hour * 60 + clock.minute > COLD_PLAN_LAST_START_HOUR * 60) break;
    }
    blocks.push({ rounds, at: new Date(start).toISOString() });
    left -= rounds;
    const span = (coldCycle(rounds, COLD_MAX_MINUTES).at(-1)?.minutes ?? COLD_MAX_MINUTES) + COLD_REST_MINUTES;
    const quarter = COLD_PLAN_ROUND_TO_MINUTES * MINUTE;
    start = Math.ceil((start + span * MINUTE) / quarter) * quarter;
  }
  return blocks;
}

export function planColdDay(state: State, ctx: TherapyContext): TherapyOutcome {
  const blocks = planBlocks(state, ctx);
  const first = blocks[0];
  // Nothing left today, or one block only: that is plain cold therapy (which says why, or sets it).
  if (!first || blocks.length === 1) return therapyEvent(state, { type: 'cold', rounds: first?.rounds ?? 1 }, ctx);
  const total = blocks.reduce((sum, block) => sum + block.rounds, 0);
  const lines: Line[] = [say('therapy:plan.intro', { total, count: blocks.length }), say('therapy:plan.first', { count: first.rounds })];
  for (const block of blocks.slice(1)) {
    const clock = localTime(new Date(block.at), zoneOf(ctx));
    lines.push(say('therapy:plan.later', { count: block.rounds, clockHour: clock.hour, clockMinute: clock.minute }));
  }
  if (total < dailyCap(ctx) - coldRoundsToday(state, ctx)) lines.push(say('therapy:plan.lateDay'));
  const question = say('therapy:plan.question');
  return { state: { ...state, pending: { kind: 'coldPlan', blocks } }, reply: ask([...lines, question], [question]) };
}

/** "Yes" to the plan: the first block's timers now (charged now), reminders for the later blocks. */
export function startPlan(state: State, blocks: readonly PlanBlock[], ctx: TherapyContext): TherapyOutcome {
  const [first, ...later] = blocks;
  const allowed = dailyCap(ctx) - coldRoundsToday(state, ctx);
  if (!first || allowed <= 0) return therapyEvent(state, { type: 'cold' }, ctx);
  // The plan was made a moment ago; another device may have counted since. Later blocks are capped when set.
  const rounds = Math.min(first.rounds, allowed);
  if (later.length === 0) return therapyEvent(state, { type: 'cold', rounds }, ctx);
  return scheduleRequest(state, { kind: 'cold', rounds, minutes: COLD_MAX_MINUTES, leftover: 0, shortened: false, cappedToday: false, plan: later }, ctx);
}

/** "No" to the plan. */
export function declinePlan(state: State): TherapyOutcome {
  return { state, reply: tell([say('common:routine.declined'), say('common:goodbye')]) };
}
