import { describe, expect, it } from 'vitest';
import { coldCycle, roundsPerGo, TIMER_MAX_MINUTES } from '../../lambda/content/therapy';
import { classify } from '../../lambda/services/timers';
import { durationSlot } from '../../lambda/handlers/requestEvent';
import { buildEnvelope, newSession } from '../../lambda/local/envelope';

describe('cold cycle planning', () => {
  it('three rounds of 20 on, 20 off fit in the two hours a timer may run; four do not', () => {
    expect(roundsPerGo(20)).toBe(3);
    expect(coldCycle(3, 20).map((t) => `${t.kind}${t.round}@${t.minutes}`)).toEqual(['off1@20', 'on2@40', 'off2@60', 'on3@80', 'off3@100']);
    expect(Math.max(...coldCycle(4, 20).map((t) => t.minutes))).toBeGreaterThan(TIMER_MAX_MINUTES);
  });

  it('shorter rounds fit more, and never need more than 2n-1 timers', () => {
    expect(roundsPerGo(10)).toBe(4);
    for (let n = 1; n <= 5; n++) expect(coldCycle(n, 10)).toHaveLength(2 * n - 1);
  });
});

describe('Timers API failures', () => {
  it.each([
    [{ statusCode: 401 }, 'permission'],
    [{ statusCode: 403 }, 'forbidden'],
    [{ statusCode: 400, response: { code: 'MAX_TIMERS_EXCEEDED' } }, 'tooMany'],
    [{ statusCode: 400, response: { code: 'DUPLICATE_LABEL' } }, 'duplicate'],
    [{ statusCode: 400, response: { code: 'INVALID_DURATION' } }, 'invalid'],
    [{ statusCode: 500 }, 'unavailable'],
    [{ statusCode: 504 }, 'offline'],
    [new Error('ECONNREFUSED'), 'network'],
    [undefined, 'network'],
  ])('%j is %s', (error, failure) => {
    expect(classify(error)).toBe(failure);
  });
});

describe('AMAZON.DURATION slot', () => {
  it.each([
    ['PT20M', 20],
    ['PT1H', 60],
    ['PT1H30M', 90],
    ['PT90S', 2],
    ['P1D', 1440],
    ['PT0M', undefined],
    ['?', undefined],
    ['twenty minutes', undefined],
  ])('%s is %s minutes', (value, minutes) => {
    const envelope = buildEnvelope({ type: 'IntentRequest', intent: 'HeatTherapyIntent', slots: { duration: { value, builtIn: true } } }, newSession());
    expect(durationSlot(envelope, 'duration')).toBe(minutes);
  });
});
