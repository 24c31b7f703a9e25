import { describe, expect, it } from 'vitest';
import { INITIAL_STATE, shaped, type State } from '../../lambda/flow/State';
import { countsChanged, mergeState } from '../../lambda/persistence/mergeState';

/** The merge rule for two writers of one record: `fresh` is the record now, `base` what this side read, `mine` what it would write. */
const NOW = new Date('2026-03-02T12:00:00Z');
const state = (parts: Partial<State>): State => shaped({ ...INITIAL_STATE, ...parts });
const at = (step: number, iso: string) => ({ routine: 'lowerBackTennisBall', step, side: 0, paused: false, updatedAt: iso });

describe('mergeState', () => {
  it('settings: what each side changed is kept, one preference at a time', () => {
    const base = state({ prefs: { oil: 'lavender', pace: 'slow' } });
    const fresh = state({ prefs: { oil: 'peppermint', pace: 'slow' } }); // the other device changed the oil
    const mine = state({ prefs: { oil: 'lavender', pace: 'fast', sensitiveSkin: true } }); // this one the pace and skin
    expect(mergeState(fresh, base, mine, NOW).prefs).toEqual({ oil: 'peppermint', pace: 'fast', sensitiveSkin: true });
  });

  it('a preference this side removed stays removed; one it did not touch is taken as stored', () => {
    const base = state({ prefs: { oil: 'lavender', pace: 'slow' } });
    const fresh = state({ prefs: { oil: 'lavender', pace: 'fast' } });
    const mine = state({ prefs: { pace: 'slow' } });
    expect(mergeState(fresh, base, mine, NOW).prefs).toEqual({ pace: 'fast' });
  });

  it('today\'s counts are added up: the record\'s plus what this side counted since it read', () => {
    const base = state({ usage: { day: '2026-03-02', ballRollerSeconds: 200 }, cold: { day: '2026-03-02', rounds: 2 } });
    const fresh = state({ usage: { day: '2026-03-02', ballRollerSeconds: 230 }, cold: { day: '2026-03-02', rounds: 5 } });
    const mine = state({ usage: { day: '2026-03-02', ballRollerSeconds: 250 }, cold: { day: '2026-03-02', rounds: 3 } });
    const merged = mergeState(fresh, base, mine, NOW);
    expect(merged.usage).toEqual({ day: '2026-03-02', ballRollerSeconds: 280 });
    expect(merged.cold).toEqual({ day: '2026-03-02', rounds: 6 });
  });

  it('counts made over a record never read (the store failed at session start) are all added', () => {
    const fresh = state({ usage: { day: '2026-03-02', ballRollerSeconds: 200 } });
    const mine = state({ usage: { day: '2026-03-02', ballRollerSeconds: 30 } });
    expect(mergeState(fresh, INITIAL_STATE, mine, NOW).usage).toEqual({ day: '2026-03-02', ballRollerSeconds: 230 });
  });

  it('a count of a later day replaces an earlier day\'s; an earlier day\'s never replaces a later one', () => {
    const base = state({ usage: { day: '2026-03-01', ballRollerSeconds: 290 } });
    const mine = state({ usage: { day: '2026-03-02', ballRollerSeconds: 30 } });
    expect(mergeState(base, base, mine, NOW).usage).toEqual({ day: '2026-03-02', ballRollerSeconds: 30 });
    // Both started the new day: both counts kept.
    expect(mergeState(state({ usage: { day: '2026-03-02', ballRollerSeconds: 40 } }), base, mine, NOW).usage).toEqual({ day: '2026-03-02', ballRollerSeconds: 70 });
    // The other device is a day ahead (another time zone): its day stands.
    const later = state({ usage: { day: '2026-03-03', ballRollerSeconds: 20 } });
    expect(mergeState(later, base, mine, NOW).usage).toEqual({ day: '2026-03-03', ballRollerSeconds: 20 });
  });

  it('the place in a routine: the later move wins', () => {
    const base = state({ progress: at(1, '2026-03-02T11:00:00Z') });
    const theirs = state({ progress: at(3, '2026-03-02T11:05:00Z') });
    const mine = state({ progress: at(2, '2026-03-02T11:04:00Z') });
    expect(mergeState(theirs, base, mine, NOW).progress?.step).toBe(3);
    expect(mergeState(mine, base, theirs, NOW).progress?.step).toBe(3);
    // Only one side moved: that move.
    expect(mergeState(base, base, mine, NOW).progress?.step).toBe(2);
    expect(mergeState(theirs, base, base, NOW).progress?.step).toBe(3);
  });

  it('a routine this side finished counts as finished now; one finished elsewhere loses to a place', () => {
    const base = state({ progress: at(1, '2026-03-02T11:00:00Z') });
    const moved = state({ progress: at(2, '2026-03-02T11:30:00Z') });
    const finished = state({ progress: undefined });
    expect(mergeState(moved, base, finished, NOW).progress).toBeUndefined();
    expect(mergeState(finished, base, moved, NOW).progress?.step).toBe(2);
  });

  it('session-only parts are this side\'s; the safety note once heard stays heard', () => {
    const mine = state({ safetyHeard: true, pending: { kind: 'resume' }, finished: ['lowerBackHands'] });
    const merged = mergeState(state({ pending: { kind: 'forget' } }), INITIAL_STATE, mine, NOW);
    expect(merged).toMatchObject({ safetyHeard: true, pending: { kind: 'resume' }, finished: ['lowerBackHands'] });
    expect(mergeState(state({ safetyHeard: true }), INITIAL_STATE, INITIAL_STATE, NOW).safetyHeard).toBe(true);
  });

  it('says when this side counted toward a daily limit', () => {
    const base = state({ usage: { day: '2026-03-02', ballRollerSeconds: 30 } });
    expect(countsChanged(base, state({ usage: { day: '2026-03-02', ballRollerSeconds: 60 } }))).toBe(true);
    expect(countsChanged(base, state({ ...base, cold: { day: '2026-03-02', rounds: 1 } }))).toBe(true);
    expect(countsChanged(base, state({ ...base, prefs: { pace: 'slow' } }))).toBe(false);
  });
});
