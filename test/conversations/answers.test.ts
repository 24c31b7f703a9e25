import { describe, expect, it } from 'vitest';
import { Conversation, text } from '../support/conversation';

/** Oils, advice, the menu: several ways of asking each, inside and outside a routine. */
describe('oil recommendations', () => {
  it.each([
    'what oil should I use',
    'which oil is best for back pain',
    'best oil for sore muscles',
    'what oil is good for back pain',
  ])('U: %s / A: peppermint first, then an offer to start', async (question) => {
    const c = new Conversation();
    await c.launch();
    const heard = await c.say(question);
    expect(heard.text).toContain('peppermint oil');
    expect(heard.text).toMatch(/Lavender, lemongrass,? and eucalyptus/i);
    expect(heard.text).toContain(text('common:answer.offerArea', { area: 'lower back' }));
    const yes = await c.say('yes');
    expect(yes.text).toContain('For your lower back, do you have');
  });

  it.each(['oil for sensitive skin', 'what oil should I use for sensitive skin', 'which oil for dry skin'])('U: %s / A: lotion', async (question) => {
    const c = new Conversation();
    const heard = await c.say(question);
    expect(heard.text).toContain(text('oils:sensitiveSkin.lotion'));
  });

  it.each(['what can I use instead of oil', 'can I massage without oil', "I don't have any oil"])('U: %s / A: lotion or dry', async (question) => {
    const c = new Conversation();
    const heard = await c.say(question);
    expect(heard.text).toContain('lotion');
  });

  it.each(['which oil for relaxing', 'best oil for stress'])('U: %s / A: lavender or chamomile', async (question) => {
    const c = new Conversation();
    expect((await c.say(question)).text).toContain(text('oils:relax.lavender'));
  });

  it('U: what are carrier oils / A: almond, coconut, olive, and diluting', async () => {
    const c = new Conversation();
    const heard = await c.say('best oil for carrier oils');
    expect(heard.text).toContain(text('oils:carrier.which'));
    expect(heard.text).toContain(text('oils:carrier.dilute'));
  });

  it('in the middle of a routine, answers and offers to go on where the user was', async () => {
    const c = new Conversation();
    await c.say('lower back massage with a foam roller');
    await c.say('next');
    const heard = await c.say('what oil should I use');
    expect(heard.text).toContain(text('common:answer.backToRoutine'));
    const yes = await c.say('yes');
    expect(yes.text).toContain('Step 2 of 4.');
  });
});

describe('advice', () => {
  it.each([
    ['how can I sleep with back pain', 'advice:sleep.side'],
    ['best sleeping position for back pain', 'advice:sleep.side'],
    ['how should I lie with lower back pain', 'advice:lying.back'],
    ['should I put a pillow under my knees', 'advice:lying.back'],
    ['how often should I massage', 'advice:howOften.weekly'],
    ['can I massage every day', 'advice:howOften.weekly'],
    ['which massage is best for back pain', 'advice:massageType.combination'],
    ['what types of massage are there', 'advice:massageType.combination'],
    ['tell me about deep tissue massage', 'advice:deepTissue.what'],
    ['what is swedish massage', 'advice:swedish.what'],
    ['tell me about trigger points', 'advice:triggerPoint.what'],
    ['what is acupressure', 'advice:acupressure.what'],
    ['what are the benefits of self massage', 'advice:benefits.list'],
    ['does massage help back pain', 'advice:benefits.list'],
    ['how do I warm up', 'advice:warmUp.heat'],
    ['how should I prepare', 'advice:warmUp.heat'],
    ['tell me about breathing', 'advice:breathing.how'],
    ['how do I do an epsom salt rub', 'advice:epsomSalt.mix'],
    ['tell me about hot stone massage', 'advice:hotStone.sit'],
    ['tips for self massage', 'advice:tips.pressure'],
  ])('U: %s / A: %s', async (question, key) => {
    const c = new Conversation();
    const heard = await c.say(question);
    expect(heard.text).toContain(text(key));
    expect(heard.ended).toBe(false);
  });

  it('a topic it does not know gets a clear answer and what it can talk about', async () => {
    const c = new Conversation();
    const heard = await c.intent('AdviceIntent', { topic: { value: 'astrology' } });
    expect(heard.text).toBe(`${text('common:answer.unknownTopic')} ${text('common:menu.more')} ${text('common:menu.question')}`);
  });
});

describe('the menu', () => {
  it.each(['what routines do you have', 'what can I massage', 'what are my options'])('U: %s / A: a short spoken menu', async (question) => {
    const c = new Conversation();
    const heard = await c.say(question);
    expect(heard.text).toBe(
      `${text('common:menu.areas', { areas: 'lower back, upper back, neck, shoulders, feet, and eyes' })} ${text('common:menu.more')} ${text('common:menu.question')}`,
    );
    expect(heard.text.split(/[,.]/).length).toBeLessThan(15);
  });

  it('U: what can I do for my neck? / A: asks what the user has', async () => {
    const c = new Conversation();
    const heard = await c.say('what can I do for my neck');
    expect(heard.text).toBe('For your neck, do you have just your hands or a towel?');
  });

  it('offers another routine for the area at the end: after ball work, one without a ball or roller', async () => {
    const c = new Conversation();
    await c.say('upper back massage with a tennis ball');
    let heard = await c.say('next');
    while (!heard.text.includes(text('common:routine.afterCare'))) heard = await c.say('next');
    expect(heard.text).toContain(text('common:routine.offerNext', { routine: text('routines:upperBackTowel.name') }));
    expect(heard.text).not.toContain(text('routines:upperBackTennisBallFloor.name'));
  });
});
