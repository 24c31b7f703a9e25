import { describe, expect, it } from 'vitest';
import { Conversation, text } from '../support/conversation';

/** A health skill stops when something hurts and sends people to a professional when it should. */
describe('pain, at any point', () => {
  it.each(['it hurts', "that's painful", 'ouch', 'stop, it hurts', 'too much pressure', 'I feel a sharp pain'])(
    'U: %s (mid-routine) / A: stop pressing, see a professional if severe or from a bone; the routine stops',
    async (words) => {
      const c = new Conversation();
      await c.say('lower back massage with a tennis ball');
      await c.say('next');
      const heard = await c.say(words);
      expect(heard.text).toBe(`${text('common:safety.painStop')} ${text('common:safety.painProfessional')} ${text('common:safety.placeSaved')} ${text('common:goodbye')}`);
      expect(heard.ended).toBe(true);
      expect((await c.saved())?.progress).toMatchObject({ step: 1, paused: true });
    },
  );

  it('outside a routine too', async () => {
    const c = new Conversation();
    await c.launch();
    const heard = await c.say('it hurts');
    expect(heard.text).toBe(`${text('common:safety.painStop')} ${text('common:safety.painProfessional')} ${text('common:goodbye')}`);
  });
});

describe('red-flag symptoms get a doctor, never a routine', () => {
  it.each([
    ['I have numbness in my legs', 'numbness'],
    ['I have tingling in my legs', 'numbness'],
    ['my back hurts and I have loss of bladder control', 'bladderBowel'],
    ['I have back pain and a fever', 'fever'],
    ["I've got pain after a fall", 'fall'],
    ['I have unexplained weight loss', 'weightLoss'],
  ])('U: %s / A: see a doctor now; emergency number', async (words, symptom) => {
    const c = new Conversation();
    await c.launch();
    const heard = await c.say(words);
    expect(heard.text).toBe(`${text(`common:safety.redFlags.${symptom}`)} ${text('common:safety.seeDoctorNow')} ${text('common:goodbye')}`);
    expect(heard.ended).toBe(true);
    expect(heard.text).not.toContain('Step 1');
  });

  it.each(['I fell and hurt my back', 'I was in a car accident', 'my legs are numb'])('U: %s / A: see a doctor now', async (words) => {
    const c = new Conversation();
    const heard = await c.say(words);
    expect(heard.text).toContain(text('common:safety.seeDoctorNow'));
    expect(heard.ended).toBe(true);
  });

  it('stops a routine in progress', async () => {
    const c = new Conversation();
    await c.say('lower back massage with a foam roller');
    const heard = await c.say('I have numbness in my legs');
    expect(heard.text).toContain(text('common:safety.seeDoctorNow'));
    expect((await c.saved())?.progress?.paused).toBe(true);
  });
});

describe('pregnancy', () => {
  it.each(["I'm pregnant", 'is it safe during pregnancy', 'can I use a foam roller while pregnant'])('U: %s / A: check with a doctor or midwife first', async (words) => {
    const c = new Conversation();
    const heard = await c.say(words);
    expect(heard.text).toContain(text('common:safety.pregnancy'));
  });

  it('pauses a routine in progress', async () => {
    const c = new Conversation();
    await c.say('lower back massage with a foam roller');
    const heard = await c.say("I'm pregnant");
    expect(heard.text).toContain(text('common:safety.pregnancyPause'));
    expect(heard.ended).toBe(true);
  });
});

describe('no claims to cure', () => {
  it('nothing the skill says promises a cure', async () => {
    const { resources } = await import('../../lambda/i18n');
    const all = JSON.stringify(resources).toLowerCase();
    for (const claim of ['cure', 'heal your', 'guaranteed', 'will fix', 'treats ', 'get rid of']) expect(all).not.toContain(claim);
  });
});
