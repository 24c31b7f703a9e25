import { describe, expect, it } from 'vitest';
import { durable, INITIAL_STATE, parseState } from '../../lambda/flow/State';

const progress = { routine: 'lowerBackTennisBall', step: 4, side: 1, paused: false, updatedAt: '2026-01-01T00:00:00.000Z' };

describe('parseState', () => {
  it('nothing saved yet is the initial state', () => {
    expect(parseState(undefined)).toEqual(INITIAL_STATE);
    expect(parseState(null)).toEqual(INITIAL_STATE);
  });

  it('reads a full state back exactly', () => {
    const state = {
      v: 2, safetyHeard: true, progress, prefs: { equipment: ['tennisBall', 'hands'], oil: 'lavender', sensitiveSkin: true, pace: 'slow' },
      usage: { day: '2026-01-01', ballRollerSeconds: 120 },
      pending: { kind: 'equipment', area: 'lowerBack' }, finished: ['lowerBackHands'],
    };
    expect(parseState(state)).toEqual(state);
    expect(parseState(JSON.parse(JSON.stringify(state)))).toEqual(state);
  });

  it('migrates the first release\'s shape (v1, no preferences) to the current one', () => {
    const v1 = { v: 2, prefs: {}, visits: 2, safetyHeard: true, progress, usage: { day: '2026-01-01', ballRollerSeconds: 60 } };
    const { visits: _counted, ...kept } = v1;
    expect(parseState(v1)).toEqual({ ...kept, v: 2, prefs: {} });
    expect(parseState({ v: 2, prefs: {}, visits: 0, safetyHeard: false })).toEqual(INITIAL_STATE);
  });

  it.each([
    ['not an object', 'garbage'],
    ['bad preferences', { v: 2, prefs: { oil: 'motor oil' } }],
    ['no preferences in the current shape', { v: 2, visits: 1 }],
    ['an array', [1, 2]],
    ['an unknown version', { v: 99, visits: 1 }],
    ['a v1 shape that is broken', { v: 2, prefs: {}, progress: 'step three' }],
    ['no version', { visits: 1 }],
    ['a routine that does not exist', { v: 2, prefs: {}, progress: { ...progress, routine: 'gone' } }],
    ['a step past the end', { v: 2, prefs: {}, progress: { ...progress, step: 99 } }],
    ['a side the step does not have', { v: 2, prefs: {}, progress: { ...progress, step: 0, side: 1 } }],
    ['a negative step', { v: 2, prefs: {}, progress: { ...progress, step: -1 } }],
    ['a bad date', { v: 2, prefs: {}, progress: { ...progress, updatedAt: 'yesterday' } }],
    ['bad usage', { v: 2, prefs: {}, usage: { day: 'today', ballRollerSeconds: 5 } }],
    ['a bad visit count', { v: 2, prefs: {}, visits: 'many' }],
    ['an unknown question', { v: 2, prefs: {}, pending: { kind: 'lottery' } }],
  ])('sets aside state with %s', (_name, raw) => {
    expect(parseState(raw)).toBeUndefined();
  });

  it('keeps only the durable part for saving', () => {
    const state = { ...INITIAL_STATE, progress, pending: { kind: 'resume' as const }, finished: ['lowerBackHands'] };
    expect(durable(state)).toEqual({ ...INITIAL_STATE, progress });
  });
});
