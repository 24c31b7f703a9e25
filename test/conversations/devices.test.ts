import { describe, expect, it } from 'vitest';
import { Conversation, text } from '../support/conversation';
import { TestStore } from '../support/stores';

/** Echo Show step cards, text cards in the Alexa app, and name-free requests. */
describe('Echo Show step card', () => {
  it('sends the step card only to devices with a screen, with a hold countdown and the words from the locales', async () => {
    const show = new Conversation({ device: { apl: true } });
    await show.say('lower back massage with a foam roller');
    const heard = await show.say('next');
    const directive = heard.envelope.response.directives?.find((d) => d.type === 'Alexa.Presentation.APL.RenderDocument') as
      | { token: string; document: { type: string }; datasources: { step: Record<string, unknown> } }
      | undefined;
    expect(directive?.document.type).toBe('APL');
    expect(directive?.datasources.step).toEqual({
      routine: text('routines:lowerBackFoamRoller.name'),
      progress: text('common:routine.stepHeader', { step: 2, total: 4 }),
      instruction: text('routines:lowerBackFoamRoller.steps.sink'),
      holdSeconds: 20,
      holdLabel: text('common:screen.secondsLeft'),
      doneLabel: text('common:screen.done'),
      nextLabel: text('common:screen.next'),
    });

    const speaker = new Conversation();
    await speaker.say('lower back massage with a foam roller');
    expect((await speaker.say('next')).envelope.response.directives ?? []).toHaveLength(0);
  });

  it('touching Next on the card goes to the next step', async () => {
    const show = new Conversation({ device: { apl: true } });
    await show.say('lower back massage with a foam roller');
    const touched = await show.touch('next');
    expect(touched.text).toContain('Step 2 of 4.');
    const odd = await show.touch('something else');
    expect(odd.envelope.response.outputSpeech).toBeUndefined();
  });
});

describe('text card in the Alexa app', () => {
  it('an oil recommendation also goes to the app as a card', async () => {
    const c = new Conversation();
    const heard = await c.say('what oil should I use');
    expect(heard.envelope.response.card).toEqual({
      type: 'Simple',
      title: text('oils:cardTitle'),
      content: [text('oils:general.peppermint'), text('oils:general.carrier'), text('oils:general.sensitive')].join('\n'),
    });
  });
});

describe('name-free requests (CanFulfillIntentRequest)', () => {
  async function ask(intent: string, slots: Record<string, { value: string; id?: string }> = {}) {
    const store = new TestStore();
    const c = new Conversation({ store, device: { userId: '' } });
    const response = await c.raw(c.envelopeFor({ type: 'CanFulfillIntentRequest', intent, slots }));
    expect(response.response.outputSpeech).toBeUndefined();
    expect(store.writes).toBe(0);
    return response.response.canFulfillIntent;
  }

  it('YES for the routines it knows, per slot', async () => {
    expect(await ask('StartRoutineIntent', { area: { value: 'lower back', id: 'lowerBack' } })).toEqual({
      canFulfill: 'YES',
      slots: { area: { canUnderstand: 'YES', canFulfill: 'YES' } },
    });
    expect(await ask('StartRoutineIntent', { area: { value: 'neck', id: 'neck' }, equipment: { value: 'towel', id: 'towel' } })).toMatchObject({ canFulfill: 'YES' });
    expect(await ask('PartnerMassageIntent')).toEqual({ canFulfill: 'YES' });
  });

  it('YES for oils and therapy', async () => {
    expect(await ask('OilIntent', { need: { value: 'back pain', id: 'backPain' } })).toMatchObject({ canFulfill: 'YES' });
    expect(await ask('ColdTherapyIntent')).toEqual({ canFulfill: 'YES', slots: {} });
    expect(await ask('HeatTherapyIntent')).toEqual({ canFulfill: 'YES', slots: {} });
    expect(await ask('ColdTherapyIntent', { rounds: { value: '3' } })).toEqual({ canFulfill: 'YES', slots: { rounds: { canUnderstand: 'YES', canFulfill: 'YES' } } });
  });

  it('NO for body areas and requests it does not cover', async () => {
    expect(await ask('StartRoutineIntent', { area: { value: 'knee' } })).toEqual({
      canFulfill: 'NO',
      slots: { area: { canUnderstand: 'NO', canFulfill: 'NO' } },
    });
    expect(await ask('AdviceIntent', { topic: { value: 'astrology' } })).toMatchObject({ canFulfill: 'NO' });
    expect(await ask('AMAZON.StopIntent')).toEqual({ canFulfill: 'NO' });
    expect(await ask('OrderPizzaIntent')).toEqual({ canFulfill: 'NO' });
  });

  it('MAYBE when it knows the area but not with that equipment', async () => {
    expect(await ask('StartRoutineIntent', { area: { value: 'eyes', id: 'eyes' }, equipment: { value: 'foam roller', id: 'foamRoller' } })).toMatchObject({
      canFulfill: 'MAYBE',
      slots: { equipment: { canUnderstand: 'YES', canFulfill: 'NO' } },
    });
  });
});
