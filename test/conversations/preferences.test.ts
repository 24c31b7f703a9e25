import { describe, expect, it } from 'vitest';
import { Conversation, text } from '../support/conversation';
import { TestStore } from '../support/stores';

/** What the skill remembers about a user, and forgets on request. */
describe('preferences', () => {
  it('remembers the equipment used, and offers it next time', async () => {
    const c = new Conversation();
    await c.say('lower back massage with a foam roller');
    await c.say('stop');
    const asked = await c.say('start lower back massage');
    expect(asked.text).toBe('For your lower back, shall we use a foam roller again?');
    const yes = await c.say('yes');
    expect(yes.text).toContain(text('routines:lowerBackFoamRoller.intro'));
    await c.say('stop');
    // "no" gets the usual question.
    await c.say('start lower back massage');
    const no = await c.say('no');
    expect(no.text).toBe('For your lower back, do you have a tennis ball, a foam roller, or just your hands?');
    expect((await c.saved())?.prefs.equipment).toEqual(['foamRoller']);
  });

  it('a favourite oil and sensitive skin shape the oil answers', async () => {
    const c = new Conversation();
    const oil = await c.say('my favorite oil is lavender');
    expect(oil.text).toContain(text('common:prefs.oil', { oil: 'lavender oil' }));
    await c.say('I have sensitive skin');
    await c.say('stop');
    const answer = await c.say('what oil should I use');
    expect(answer.text.startsWith(text('oils:personal.sensitiveFirst'))).toBe(true);
    expect(answer.text).toContain(text('oils:personal.yourOil', { oil: 'lavender oil' }));
    expect((await c.saved())?.prefs).toEqual({ oil: 'lavender', sensitiveSkin: true });
  });

  it('speaking pace: slower wraps speech in a slower prosody, pauses unchanged; normal undoes it', async () => {
    const c = new Conversation();
    const slow = await c.say('slow down');
    expect(slow.ssml).toMatch(/^<speak><prosody rate="85%">.*<\/prosody><\/speak>$/);
    await c.say('stop');
    const step = await c.say('lower back massage with a foam roller');
    await c.say('next');
    const held = await c.say('next');
    expect(held.ssml.startsWith('<speak><prosody rate="85%">')).toBe(true);
    expect(held.ssml).toContain('<break time="9500ms"/>');
    expect(step.text).toContain(text('routines:lowerBackFoamRoller.steps.lieDown'));
    const normal = await c.say('speak at normal speed');
    expect(normal.ssml.startsWith('<speak><prosody')).toBe(false);
    expect((await c.saved())?.prefs.pace).toBeUndefined();
    await c.say('speak faster');
    expect((await c.saved())?.prefs.pace).toBe('fast');
  });

  it('forget my settings: asks first; no keeps everything; yes deletes the stored item', async () => {
    const store = new TestStore();
    const c = new Conversation({ store });
    await c.say('lower back massage with a foam roller');
    await c.say('next');
    await c.say('stop');
    const asked = await c.say('forget my settings');
    expect(asked.text).toBe(text('common:prefs.forgetConfirm'));
    const kept = await c.say('no');
    expect(kept.text).toContain(text('common:prefs.kept'));
    expect(store.items.size).toBe(1);
    await c.say('stop');
    await c.say('forget my settings');
    const done = await c.say('yes');
    expect(done.text).toBe(text('common:prefs.forgotten'));
    expect(done.ended).toBe(true);
    // Only today's ball-and-roller seconds are written back (a safety limit, not a setting).
    expect(store.items.size).toBe(1);
    const left = await c.saved();
    expect(left?.prefs).toEqual({});
    expect(left?.progress).toBeUndefined();
    expect(left?.usage?.ballRollerSeconds).toBeGreaterThan(0);
    // A fresh start: the first-time welcome again.
    expect((await c.launch()).text).toContain(text('common:launch.firstWelcome'));
  });

  it('if the store cannot delete, it says so and keeps everything', async () => {
    const store = new TestStore();
    const c = new Conversation({ store });
    await c.say('lower back massage with a foam roller');
    await c.say('stop');
    store.deleteAttributes = async () => {
      throw new Error('store unreachable');
    };
    await c.say('forget my settings');
    const heard = await c.say('yes');
    expect(heard.text).toBe(text('common:prefs.forgetFailed'));
    expect(store.items.size).toBe(1);
  });
});
