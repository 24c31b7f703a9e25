import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AlexaApiStandIn } from '../../lambda/local/AlexaApiStandIn';
import { TIMERS_SCOPE } from '../../lambda/services/timers';
import { Conversation, textIn } from '../support/conversation';

/** The core conversation in each non-English locale: what the user hears is in that language. */
let api: AlexaApiStandIn;
let endpoint: string;
beforeAll(async () => {
  api = new AlexaApiStandIn();
  endpoint = await api.start();
});
afterAll(() => api.stop());

describe.each(['de-DE', 'es-ES', 'fr-FR'])('%s', (locale) => {
  const t = (key: string, params?: Record<string, string | number>) => textIn(locale, key, params);

  it('launch, start a routine, next, an oil question, cold therapy, stop', async () => {
    const c = new Conversation({ device: { locale, apiEndpoint: endpoint, scopes: { [TIMERS_SCOPE]: 'GRANTED' } } });
    const launch = await c.launch();
    expect(launch.text).toBe(`${t('common:launch.firstWelcome')} ${t('common:safety.firstUse')} ${t('common:launch.firstPrompt')}`);
    expect(launch.text).not.toContain('Welcome');

    const asked = await c.intent('StartRoutineIntent', { area: 'lowerBack' });
    expect(asked.text).toContain(t('common:areas.lowerBack'));
    const started = await c.intent('ChooseEquipmentIntent', { equipment: 'tennisBall' });
    expect(started.text).toContain(t('routines:lowerBackTennisBall.intro'));
    expect(started.text).toContain(t('common:routine.stepHeader', { step: 1, total: 5 }));
    expect(started.text).toContain(t('routines:lowerBackTennisBall.steps.lieDown'));

    await c.intent('AMAZON.NextIntent');
    const counted = await c.intent('AMAZON.NextIntent');
    expect(counted.text).toContain(t('routines:lowerBackTennisBall.steps.circles'));
    expect(counted.text).toContain(t('common:hold.end.move', { seconds: 30 }));

    const oil = await c.intent('OilIntent');
    expect(oil.text).toContain(t('oils:general.peppermint'));
    expect(oil.text).toContain(t('common:answer.backToRoutine'));

    const stop = await c.intent('AMAZON.StopIntent');
    expect(stop.text).toContain(t('common:goodbye'));

    api.timers.clear();
    const cold = await c.intent('ColdTherapyIntent', { rounds: { value: '2', builtIn: true } });
    expect(cold.text).toContain(t('therapy:cold.started'));
    const timers = api.active();
    expect(timers.map((timer) => timer.request.duration)).toEqual(['PT20M', 'PT40M', 'PT60M']);
    const announce = timers[0]?.request.triggeringBehavior.operation as { textToAnnounce: { locale: string; text: string }[] };
    expect(announce.textToAnnounce).toEqual([{ locale, text: t('therapy:announce.coldOff', { rest: 20 }) }]);
    expect(timers[0]?.request.timerLabel).toBe(t('therapy:label.cold.off', { round: 1, total: 2 }));
  });
});

describe('English variants', () => {
  it.each([
    ['en-GB', '999'],
    ['en-AU', 'triple zero'],
    ['en-IN', '112'],
    ['en-US', '911'],
  ])('%s gives its own emergency number with a red flag', async (locale, number) => {
    const c = new Conversation({ device: { locale } });
    const heard = await c.say('I have numbness in my legs');
    expect(heard.text).toContain(number);
  });
});
