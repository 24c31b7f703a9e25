import { describe, expect, it } from 'vitest';
import { durable, INITIAL_STATE, type State } from '../../lambda/flow/State';
import { transition, type Context, type Event } from '../../lambda/flow/transition';
import type { Line } from '../../lambda/speech/Reply';

const ctx: Context = { now: new Date('2026-05-01T10:00:00Z'), today: () => '2026-05-01', newSession: false, timerPermission: 'unknown', coldDailyRounds: 8 };
const keys = (lines: readonly Line[]) => lines.flatMap((l) => ('key' in l ? [l.key] : 'hold' in l ? [`hold:${l.hold.seconds}`] : []));

/** Runs events through the flow from a state, as one session. */
function run(state: State, ...events: Event[]) {
  let current = state;
  let last;
  for (const [i, event] of events.entries()) {
    last = transition(current, event, { ...ctx, newSession: i === 0 });
    current = last.state;
  }
  return last!;
}

describe('transition (pure, no Alexa)', () => {
  it('is pure: the same state and event give the same result, and the input is not changed', () => {
    const before = structuredClone(INITIAL_STATE);
    const a = transition(INITIAL_STATE, { type: 'launch' }, { ...ctx, newSession: true });
    const b = transition(INITIAL_STATE, { type: 'launch' }, { ...ctx, newSession: true });
    expect(a).toEqual(b);
    expect(INITIAL_STATE).toEqual(before);
  });

  it('a new session forgets the open question, and changes nothing that is saved', () => {
    const asked = run(INITIAL_STATE, { type: 'start', area: 'lowerBack' });
    expect(asked.state.pending).toEqual({ kind: 'equipment', area: 'lowerBack' });
    const later = transition(asked.state, { type: 'help' }, { ...ctx, newSession: true });
    expect(later.state.pending).toBeUndefined();
    expect(durable(later.state)).toEqual(durable({ ...asked.state, progress: asked.state.progress && { ...asked.state.progress, paused: true } }));
  });

  it('start with equipment goes straight to step 1 and speaks the safety note once', () => {
    const out = run(INITIAL_STATE, { type: 'start', area: 'lowerBack', equipment: 'foamRoller' });
    expect(out.state.progress).toMatchObject({ routine: 'lowerBackFoamRoller', step: 0, side: 0, paused: false });
    // At most about 40 words before step 1 on first use: the one-line screen and the intro; the rest after the step.
    expect(keys(out.reply.speak)).toEqual([
      'common:safety.firstUse',
      'routines:lowerBackFoamRoller.intro',
      'common:routine.stepHeader',
      'routines:lowerBackFoamRoller.steps.lieDown',
      'common:routine.ballRollerLimit',
      'common:routine.promptNext',
    ]);
    expect(out.reply.card?.title).toEqual({ key: 'common:safety.cardTitle' });
    const again = run(out.state, { type: 'start', area: 'lowerBack', equipment: 'foamRoller' });
    expect(keys(again.reply.speak)).not.toContain('common:safety.firstUse');
    expect(keys(again.reply.speak)).toContain('common:routine.overview');
    expect(again.reply.card).toBeUndefined();
  });

  it('walks both sides of a two-sided step, one response each, and back again', () => {
    let s = run(INITIAL_STATE, { type: 'start', area: 'lowerBack', equipment: 'tennisBall' }).state;
    for (let i = 0; i < 4; i++) s = transition(s, { type: 'next' }, ctx).state;
    expect(s.progress).toMatchObject({ step: 4, side: 0 });
    const right = transition(s, { type: 'next' }, ctx);
    expect(right.state.progress).toMatchObject({ step: 4, side: 1 });
    expect(keys(right.reply.speak)).toContain('common:sides.right');
    expect(keys(right.reply.speak)).toContain('common:routine.promptLast');
    const left = transition(right.state, { type: 'previous' }, ctx);
    expect(left.state.progress).toMatchObject({ step: 4, side: 0 });
    const done = transition(right.state, { type: 'next' }, ctx);
    expect(done.state.progress).toBeUndefined();
    expect(done.state.finished).toEqual(['lowerBackTennisBall']);
    expect(keys(done.reply.speak)[0]).toBe('routines:lowerBackTennisBall.wrapUp');
  });

  it('every reply either ends the session or has a reprompt', () => {
    const events: Event[] = [
      { type: 'launch' }, { type: 'start' }, { type: 'equipment', equipment: 'hands' }, { type: 'next' }, { type: 'previous' },
      { type: 'repeat' }, { type: 'where' }, { type: 'help' }, { type: 'fallback' }, { type: 'yes' }, { type: 'no' },
      { type: 'startOver' }, { type: 'resume' }, { type: 'pause' }, { type: 'stop' }, { type: 'sessionEnd' },
      { type: 'start', area: 'unknown' }, { type: 'start', area: 'eyes' }, { type: 'equipment', equipment: 'unknown' },
    ];
    let s: State = INITIAL_STATE;
    for (const first of events) {
      for (const second of events) {
        const a = transition(s, first, ctx);
        const b = transition(a.state, second, ctx);
        for (const { reply } of [a, b]) {
          if (!reply.end) expect(reply.reprompt.length).toBeGreaterThan(0);
        }
        s = b.state;
      }
    }
  });

  it('the state it returns survives a JSON round trip unchanged (it is what gets saved)', () => {
    const out = run(INITIAL_STATE, { type: 'start', area: 'lowerBack', equipment: 'wall' }, { type: 'next' }, { type: 'next' });
    expect(JSON.parse(JSON.stringify(out.state))).toEqual(out.state);
  });

  it('refuses a ball routine whose first timed step would pass five minutes today, but not tomorrow', () => {
    const used: State = { ...INITIAL_STATE, safetyHeard: true, usage: { day: ctx.today(), ballRollerSeconds: 290 } };
    const refused = run(used, { type: 'start', area: 'lowerBack', equipment: 'tennisBall' });
    expect(keys(refused.reply.speak)).toContain('common:routine.limitReached');
    expect(refused.state.progress).toBeUndefined();
    expect(refused.state.pending).toEqual({ kind: 'routine', routine: 'lowerBackHands' });
    const tomorrow = transition(used, { type: 'start', area: 'lowerBack', equipment: 'tennisBall' }, { ...ctx, today: () => '2026-05-02', newSession: true });
    expect(tomorrow.state.progress?.routine).toBe('lowerBackTennisBall');
    // A new day starts the count again.
    const counted = transition(tomorrow.state, { type: 'next' }, { ...ctx, today: () => '2026-05-02' });
    const timed = transition(counted.state, { type: 'next' }, { ...ctx, today: () => '2026-05-02' });
    expect(timed.state.usage).toEqual({ day: '2026-05-02', ballRollerSeconds: 30 });
  });
});
