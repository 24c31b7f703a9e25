import { describe, expect, it } from 'vitest';
import { SUPPORTED_LOCALES } from '../../lambda/i18n';
import { RED_FLAG_ROUTE, RED_FLAG_ROUTE_TEXT, RED_FLAGS, type RedFlag } from '../../lambda/content/safety';
import { Conversation, text, textIn } from '../support/conversation';

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

const route = (symptom: RedFlag) => (RED_FLAG_ROUTE_TEXT[RED_FLAG_ROUTE[symptom]]);

describe('red-flag symptoms get their route (emergency or a doctor first), never a routine', () => {
  it.each([
    ['I have chest pain', 'chestPain'],
    ["I can't catch my breath", 'breathless'],
    ['my back hurts and I have loss of bladder control', 'bladderBowel'],
    ['my groin is numb', 'saddleNumbness'],
    ['my leg suddenly feels weak', 'legWeakness'],
    ['I fell down the stairs', 'fall'],
    ['I have back pain and a fever', 'fever'],
    ['I have unexplained weight loss', 'weightLoss'],
    ['I have numbness in my legs', 'numbness'],
    ['my legs are numb', 'numbness'],
    ['my calf is hot and swollen', 'swollenCalf'],
  ])('U: %s / A: the symptom, its route with the emergency number, goodbye', async (words, symptom) => {
    const c = new Conversation();
    await c.launch();
    const heard = await c.say(words);
    expect(heard.text).toBe(`${text(`common:safety.redFlags.${symptom}`)} ${text(route(symptom as RedFlag))} ${text('common:goodbye')}`);
    expect(heard.ended).toBe(true);
    expect(heard.text).not.toMatch(/Step 1|massage\?|Want to/);
  });

  it('emergencies name the local number: 911 in the US, 999 in the UK, triple zero in Australia, 112 in India', async () => {
    for (const [locale, number] of [['en-US', '911'], ['en-GB', '999'], ['en-AU', 'triple zero'], ['en-IN', '112'], ['en-CA', '911'], ['de-DE', '112'], ['es-ES', '112'], ['fr-FR', '15']] as const) {
      const c = new Conversation({ device: { locale } });
      const heard = await c.intent('RedFlagIntent', { symptom: 'chestPain' });
      expect(heard.text, locale).toContain(number);
    }
  });

  for (const locale of SUPPORTED_LOCALES) {
    it(`${locale}: each of the ${RED_FLAGS.length} red flags, fresh and in a routine, gets its own sentence and its route; the routine is paused`, async () => {
      for (const symptom of RED_FLAGS) {
        const fresh = await new Conversation({ device: { locale } }).intent('RedFlagIntent', { symptom });
        expect(fresh.text, `${locale} ${symptom}`).toBe(`${textIn(locale, `common:safety.redFlags.${symptom}`)} ${textIn(locale, route(symptom))} ${textIn(locale, 'common:goodbye')}`);
        const c = new Conversation({ device: { locale } });
        await c.intent('StartRoutineIntent', { area: 'lowerBack', equipment: 'tennisBall' });
        const heard = await c.intent('RedFlagIntent', { symptom });
        expect(heard.text).toContain(textIn(locale, route(symptom)));
        expect(heard.text).toContain(textIn(locale, 'common:safety.placeSaved'));
        expect(heard.ended).toBe(true);
        expect((await c.saved())?.progress?.paused).toBe(true);
      }
    });
  }

  it.each([
    ['my calf is hot and swollen', 'swollenCalf'],
    ['my vision suddenly went blurry', 'visionChange'],
    ['I have back pain and a fever', 'fever'],
    ['my neck hurts and I feel dizzy', 'neckDizzy'],
  ])('U: %s / A: checked today, and the emergency number if severe, worse, or with chest pain, breathlessness or one-sided weakness', async (words, symptom) => {
    const heard = await new Conversation().say(words);
    expect(heard.text).toBe(`${text(`common:safety.redFlags.${symptom}`)} ${text('common:safety.sameDay')} ${text('common:goodbye')}`);
    expect(heard.text).toContain('today');
    expect(heard.text).toContain('911');
    expect(heard.text).not.toContain(text('common:safety.doctorFirst'));
  });

  it('a sentence about the body that nothing else fits gets the cautious answer, not "sorry, I didn\'t get that"; a request for another domain still falls back', async () => {
    const heard = await new Conversation().say('my toes have gone a funny purple colour');
    expect(heard.text).toBe(text('common:safety.unsureSymptom'));
    expect(heard.ended).toBe(false);
    const other = await new Conversation().say("what's the weather like in leeds tomorrow");
    expect(other.text).not.toContain(text('common:safety.unsureSymptom'));
  });

  it('a symptom said but not recognised gets the cautious answer (no massage, see a doctor, the number) and a question, not a goodbye', async () => {
    const heard = await new Conversation().intent('RedFlagIntent', { symptom: { value: 'a strange feeling' } });
    expect(heard.text).toBe(text('common:safety.unsureSymptom'));
    expect(heard.text).toContain('911');
    expect(heard.ended).toBe(false);
    const c = new Conversation();
    await c.say('lower back massage with a tennis ball');
    const during = await c.intent('RedFlagIntent', { symptom: { value: 'a strange feeling' } });
    expect(during.text).toBe(`${text('common:safety.unsureSymptom')} ${text('common:safety.placeSaved')}`);
    expect((await c.saved())?.progress?.paused).toBe(true);
  });

  it('stops a routine in progress', async () => {
    const c = new Conversation();
    await c.say('lower back massage with a foam roller');
    const heard = await c.say('I have numbness in my legs');
    expect(heard.text).toContain(text('common:safety.doctorFirst'));
    expect((await c.saved())?.progress?.paused).toBe(true);
  });

  it('pain in a body part the skill does not cover is never offered a massage; chest pain is named as an emergency', async () => {
    for (const fresh of [true, false]) {
      const c = new Conversation();
      if (!fresh) await c.say('lower back massage with a tennis ball');
      const heard = await c.intent('ComplaintIntent', { area: { value: 'my chest' } });
      expect(heard.text).toContain(text('common:safety.unknownPain'));
      expect(heard.text).toContain('911');
      expect(heard.text).not.toMatch(/Want to|Step \d/);
      expect(heard.ended).toBe(true);
      // In a running routine the pressing stops first.
      if (fresh) expect(heard.text).not.toContain(text('common:safety.painStop'));
      else expect(heard.text.startsWith(text('common:safety.painStop'))).toBe(true);
    }
  });

  it('a complaint in a running routine is treated as pain; outside one it offers the routine', async () => {
    const c = new Conversation();
    await c.say('lower back massage with a tennis ball');
    const during = await c.say('my lower back hurts');
    expect(during.text).toContain(text('common:safety.painStop'));
    const after = await new Conversation().say('my lower back is sore');
    expect(after.text).toContain('For your lower back');
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

describe('a massage asked for a part the skill does not cover, with a word that rules a massage out', () => {
  it.each([
    ['en-US', 'my swollen calf', '911'],
    ['en-US', 'my chest', '911'],
    ['es-ES', 'el corazón', '112'],
    ['de-DE', 'meine geschwollene Wade', '112'],
    ['fr-FR', 'mon mollet enflé', '15'],
  ])('%s: massage %s / A: no massage offer; chest pain is an emergency', async (locale, area, number) => {
    const heard = await new Conversation({ device: { locale } }).intent('StartRoutineIntent', { area: { value: area } });
    expect(heard.text).toContain(textIn(locale, 'common:safety.unknownPain'));
    expect(heard.text).toContain(number);
    expect(heard.ended).toBe(true);
  });

  it('start a neck massage, my chest hurts (the symptom heard as unknown equipment) / A: the safety answer', async () => {
    const heard = await new Conversation().intent('StartRoutineIntent', { area: 'neck', equipment: { value: 'my chest hurts' } });
    expect(heard.text).toContain(text('common:safety.unknownPain'));
    expect(heard.ended).toBe(true);
  });

  it('a part it simply does not cover still gets an offer: massage my knee', async () => {
    const heard = await new Conversation().intent('StartRoutineIntent', { area: { value: 'my knee' } });
    expect(heard.text).toContain(text('common:choose.unknownArea'));
    expect(heard.ended).toBe(false);
  });
});
