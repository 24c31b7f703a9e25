import { describe, expect, it } from 'vitest';
import { ROUTINES } from '../../lambda/content/routines';
import type { Routine } from '../../lambda/content/types';
import { Conversation, text } from '../support/conversation';

/** Each routine, from "start" to its wrap-up, as a user would go through it. */
describe('massaging someone else', () => {
  it("U: massage someone else / A: step 1 is a check: who should ask their doctor first (pregnant, injured, unwell, a stroke, a clot, cancer, osteoporosis)", async () => {
    const heard = await new Conversation().say('I want to massage my wife');
    const partner = ROUTINES.find((r) => r.forPartner);
    expect(heard.text).toContain(`${text('common:routine.stepHeader', { step: 1, total: partner?.steps.length ?? 0 })} ${text('routines:partnerLowerBack.steps.check')}`);
    for (const word of ['pregnant', 'stroke', 'blood clot', 'cancer', 'osteoporosis', 'doctor']) expect(heard.text).toContain(word);
  });
});

describe('every routine, start to end', () => {
  const all: readonly Routine[] = ROUTINES;
  it('has the routines the source describes', () => {
    expect(all.map((r) => r.id)).toEqual([
      'lowerBackTennisBall', 'lowerBackTwoBalls', 'lowerBackFoamRoller', 'lowerBackHands', 'lowerBackWall',
      'upperBackTennisBall', 'upperBackFoamRoller', 'upperBackTowel', 'upperBackHands', 'upperBackTennisBallFloor',
      'upperBackMassager', 'upperBackElectric', 'neckHands', 'neckTowel', 'shouldersHands', 'feetTennisBall', 'feetHands',
      'eyesWarmCloth', 'partnerLowerBack',
    ]);
  });

  for (const routine of all) {
    it(`${routine.id}: every step in order, both sides, spoken counts, wrap-up`, async () => {
      const c = new Conversation();
      // U: start <area> massage with <equipment> (or: massage someone else)
      const first = routine.forPartner
        ? await c.say('massage someone else')
        : await c.intent('StartRoutineIntent', { area: routine.area, equipment: routine.equipment[0] ?? 'hands' });
      // First use: the one-line screen (the whole note is a card), the routine's intro, then step 1.
      expect(first.text).toContain(text('common:safety.firstUse'));
      expect(first.text).toContain(text(`routines:${routine.id}.intro`));
      if (routine.ballOrRoller) expect(first.text).toContain(text('common:routine.ballRollerLimit'));
      else expect(first.text).not.toContain(text('common:routine.ballRollerLimit'));

      let heard = first;
      let position = 0;
      const positions = routine.steps.flatMap((step, index) => (step.sides ?? [undefined]).map((side) => ({ step, index, side })));
      for (const { step, index, side } of positions) {
        expect(heard.ended).toBe(false);
        expect(heard.text).toContain(text('common:routine.stepHeader', { step: index + 1, total: routine.steps.length }));
        expect(heard.text).toContain(text(`routines:${routine.id}.steps.${step.key}`));
        if (side) expect(heard.text).toContain(text(`common:sides.${side}`));
        if (step.checkIn) expect(heard.text).toContain(text(`routines:${routine.id}.reminder`));
        else if (routine.forPartner) expect(heard.text).not.toContain(text(`routines:${routine.id}.reminder`));
        if (step.holdSeconds && step.action === 'minutes') {
          expect(heard.text).toContain(text('common:hold.end.minutes', { count: step.holdSeconds / 60 }));
        } else if (step.holdSeconds) {
          expect(heard.text).toContain(text(`common:hold.end.${step.action ?? 'hold'}`, { seconds: step.holdSeconds }));
          expect(heard.text.split(text(`common:hold.start.${step.action ?? 'hold'}`)).length - 1).toBeGreaterThanOrEqual(step.reps ?? 1);
          expect(heard.ssml).toMatch(/<break time="\d+ms"\/>/);
        }
        // "Ready for the next step?" until the user has said next once; the last step always asks to finish.
        const last = position === positions.length - 1;
        if (last) expect(heard.text).toContain(text('common:routine.promptLast'));
        else if (position === 0) expect(heard.text).toContain(text('common:routine.promptNext'));
        else expect(heard.text).toContain(`${text('common:routine.promptShort')}`);
        expect(heard.reprompt).toBe(text('common:routine.reprompt'));
        // What is saved is where the user is, after every step.
        expect(await c.saved()).toMatchObject({ progress: { routine: routine.id, step: index, side: side === 'right' ? 1 : 0 } });
        position++;
        heard = await c.say('next');
      }
      // A: wrap-up and after-care, then an offer of another routine for the same area.
      expect(heard.text).toContain(text(`routines:${routine.id}.wrapUp`));
      if (routine.forPartner || routine.area === 'eyes') expect(heard.text).not.toContain(text('common:routine.afterCare'));
      else expect(heard.text).toContain(text('common:routine.afterCare'));
      expect((await c.saved())?.progress).toBeUndefined();
    });
  }

  it('a ball or roller routine counts its timed seconds towards the daily five minutes', async () => {
    const c = new Conversation();
    await c.intent('StartRoutineIntent', { area: 'lowerBack', equipment: 'foamRoller' });
    for (let i = 0; i < 4; i++) await c.say('next');
    // sink 20 + roll 40 + above/below 30
    expect((await c.saved())?.usage?.ballRollerSeconds).toBe(90);
  });

  it('the hands-only routine never counts towards the ball and roller limit', async () => {
    const c = new Conversation();
    await c.intent('StartRoutineIntent', { area: 'lowerBack', equipment: 'hands' });
    for (let i = 0; i < 5; i++) await c.say('next');
    expect((await c.saved())?.usage).toBeUndefined();
  });
});
