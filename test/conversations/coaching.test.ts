import { describe, expect, it } from 'vitest';
import { SUPPORTED_LOCALES } from '../../lambda/i18n';
import { ROUTINES } from '../../lambda/content/routines';
import { Conversation, text, textIn } from '../support/conversation';


const words = (s: string) => s.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;

describe('one breath per turn', () => {
  it.each(ROUTINES.map((r) => [r.id, r.area, r.equipment[0]] as const))('first use of %s, in every locale: at most 40 words before step 1, the whole note as a card', async (id, area, equipment) => {
    for (const locale of SUPPORTED_LOCALES) {
      const c = new Conversation({ device: { locale } });
      const heard = await c.intent('StartRoutineIntent', { area, equipment: equipment ?? 'hands' });
      const header = textIn(locale, 'common:routine.stepHeader', { step: 1, total: ROUTINES.find((r) => r.id === id)!.steps.length });
      const at = heard.text.indexOf(header);
      expect(at, `${locale}: "${header}" in ${heard.text}`).toBeGreaterThan(0);
      const before = heard.text.slice(0, at);
      expect(words(before), `${locale}: ${before}`).toBeLessThanOrEqual(40);
      expect(heard.text).toContain(textIn(locale, 'common:safety.firstUse'));
      const card = heard.envelope.response.card as { title?: string; content?: string } | undefined;
      expect(card?.title).toBe(textIn(locale, 'common:safety.cardTitle'));
      expect(card?.content).toContain(textIn(locale, 'common:safety.screen'));
    }
  });

  it('the five-minute ball rule is said once a day, not at every start', async () => {
    const c = new Conversation({ clock: () => new Date('2026-03-02T10:00:00Z') });
    const first = await c.say('lower back massage with a tennis ball');
    expect(first.text).toContain(text('common:routine.ballRollerLimit'));
    await c.say('next');
    await c.say('next');
    await c.say('stop');
    const again = await c.say('upper back massage with a tennis ball');
    expect(again.text).not.toContain(text('common:routine.ballRollerLimit'));
  });

  it('once the user has said next, steps end with a one-word "Ready?" instead of "Ready for the next step?"', async () => {
    const c = new Conversation();
    const first = await c.say('lower back massage with a tennis ball');
    expect(first.text).toContain(text('common:routine.promptNext'));
    const second = await c.say('next');
    expect(second.text).not.toContain(text('common:routine.promptNext'));
    expect(second.text.endsWith(text('common:routine.promptShort'))).toBe(true);
    expect(second.reprompt).toBe(text('common:routine.reprompt'));
    expect((await c.saved())?.prefs.knowsNext).toBe(true);
  });

  it('U: how many steps left / A: a number', async () => {
    const c = new Conversation();
    await c.say('lower back massage with a tennis ball');
    const total = ROUTINES.find((r) => r.id === 'lowerBackTennisBall')!.steps.length;
    const heard = await c.say('how many steps left');
    expect(heard.text).toContain(text('common:routine.stepsLeft', { count: total - 1 }));
    expect(heard.ended).toBe(false);
  });

  it("U: I'm done / A: the routine ends with its wrap-up; nothing is left to resume", async () => {
    const c = new Conversation();
    await c.say('lower back massage with a tennis ball');
    await c.say('next');
    const heard = await c.say("I'm done");
    expect(heard.text).toContain(text('routines:lowerBackTennisBall.wrapUp'));
    expect(heard.text).not.toContain('Step 3');
    expect(heard.ended).toBe(true);
    expect((await c.saved())?.progress).toBeUndefined();
  });

  it("U: (after a pain stop) that's me for today / A: the place is kept, not called done", async () => {
    const c = new Conversation();
    await c.say('lower back massage with a tennis ball');
    await c.say('next');
    expect((await c.say('ow that hurts')).ended).toBe(true);
    const heard = await c.say("that's me for today");
    expect(heard.text).toContain(text('common:routine.stoppedSaved', { step: 2 }));
    expect(heard.text).not.toContain(text('routines:lowerBackTennisBall.wrapUp'));
    expect(heard.ended).toBe(true);
    expect((await c.saved())?.progress).toMatchObject({ routine: 'lowerBackTennisBall', step: 1, paused: true });
  });

  it('after a ball routine, no other ball or roller routine is offered', async () => {
    const c = new Conversation();
    await c.say('lower back massage with a tennis ball');
    const routine = ROUTINES.find((r) => r.id === 'lowerBackTennisBall')!;
    let heard = c.last!;
    for (let i = 0; i < 12 && !heard.text.includes(text('routines:lowerBackTennisBall.wrapUp')); i++) heard = await c.say('next');
    const ballRoutines = ROUTINES.filter((r) => r.ballOrRoller && r.id !== routine.id);
    for (const other of ballRoutines) expect(heard.text).not.toContain(text(`routines:${other.id}.name`));
  });

  it('a misunderstanding in the middle of a question keeps the question', async () => {
    const c = new Conversation();
    await c.say('forget my settings');
    const heard = await c.intent('AMAZON.FallbackIntent');
    expect(heard.text).toContain(text('common:prefs.forgetConfirm'));
    expect(heard.ended).toBe(false);
  });

  it('help and the welcome name every area, partner massage, oils, heat and cold', async () => {
    const c = new Conversation();
    const launch = await c.launch();
    const help = await c.say('help');
    for (const heard of [launch.text, help.text]) {
      for (const word of ['back', 'neck', 'shoulders', 'feet', 'eyes', 'someone else', 'oils', 'heat', 'cold']) expect(heard).toContain(word);
    }
  });
});

describe('forget my settings keeps the day\'s safety counts', () => {
  it('U: forget my settings, yes / A: settings and place gone; today\'s ball seconds and cold rounds kept', async () => {
    const c = new Conversation({ clock: () => new Date('2026-03-02T10:00:00Z') });
    await c.say('my favorite oil is lavender');
    await c.say('lower back massage with a tennis ball');
    await c.say('next');
    await c.say('next');
    const used = (await c.saved())?.usage;
    expect(used?.ballRollerSeconds).toBeGreaterThan(0);
    await c.say('stop');
    await c.say('forget my settings');
    const heard = await c.say('yes');
    expect(heard.text).toBe(text('common:prefs.forgotten'));
    const kept = await c.saved();
    expect(kept?.prefs).toEqual({});
    expect(kept?.progress).toBeUndefined();
    expect(kept?.usage).toEqual(used);
  });
});

describe('long steps, hands-free', () => {
  it('a partner step of minutes is counted in the response, with the session left open and no "say next" into a closed microphone', async () => {
    const c = new Conversation();
    await c.say('massage someone else');
    const routine = ROUTINES.find((r) => r.id === 'partnerLowerBack')!;
    const long = routine.steps.findIndex((s) => s.action === 'minutes');
    expect(long).toBeGreaterThanOrEqual(0);
    let heard = c.last!;
    for (let i = 0; i < long; i++) heard = await c.say('next');
    const seconds = [...heard.ssml.matchAll(/<break time="(\d+)ms"\/>/g)].reduce((sum, m) => sum + Number(m[1]) / 1000, 0);
    expect(seconds).toBeGreaterThanOrEqual((routine.steps[long]!.holdSeconds ?? 0) - 30);
    expect(heard.ended).toBe(false);
    expect(heard.text.toLowerCase()).not.toContain('then say next');
    const next = await c.say('next');
    expect(next.text).toContain(`Step ${long + 2} of`);
  });
});
