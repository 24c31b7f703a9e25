import { describe, expect, it } from 'vitest';
import { buildEnvelope, DEFAULT_DEVICE, newSession } from '../../lambda/local/envelope';
import { SET_ASIDE_KEY, STATE_KEY } from '../../lambda/persistence/stateAttributes';
import { Conversation, text, textIn } from '../support/conversation';
import { TestStore } from '../support/stores';

const DAY = 24 * 60 * 60 * 1000;

/** A clock the test can move. */
function clockAt(iso: string) {
  let now = new Date(iso).getTime();
  return { clock: () => new Date(now), advance: (ms: number) => (now += ms) };
}

describe('launch', () => {
  it('U: open massage coach (first time) / A: welcome with the safety note; returning users get a short welcome', async () => {
    const store = new TestStore();
    const c = new Conversation({ store });
    const first = await c.launch();
    expect(first.text).toBe(`${text('common:launch.firstWelcome')} ${text('common:safety.firstUse')} ${text('common:launch.firstPrompt')}`);
    expect((first.envelope.response.card as { title?: string } | undefined)?.title).toBe(text('common:safety.cardTitle'));
    expect(first.ended).toBe(false);
    expect(first.reprompt).toBe(text('common:launch.reprompt'));
    await c.say('stop');

    const again = await c.launch();
    expect(again.text).toBe(text('common:launch.welcomeBack'));
    expect(again.text).not.toContain(text('common:safety.firstUse'));
    expect(await c.saved()).toMatchObject({ safetyHeard: true });
    expect(await c.saved()).not.toHaveProperty('visits');

    // A session that changes nothing saved writes nothing (one store read, no write).
    await c.say('stop');
    const writes = store.writes;
    expect(writes).toBeGreaterThan(0);
    expect((await c.launch()).text).toBe(text('common:launch.welcomeBack'));
    await c.say('stop');
    expect(store.writes).toBe(writes);
  });

  it('offers to continue unfinished progress, and picks up at the same step', async () => {
    const c = new Conversation();
    await c.say('start lower back massage with a foam roller');
    await c.say('next');
    await c.say('next');
    await c.say('stop');
    const back = await c.launch();
    expect(back.text).toBe(text('common:launch.resumeOffer', { step: 3, total: 4, routine: text('routines:lowerBackFoamRoller.name') }));
    const yes = await c.say('yes');
    expect(yes.text).toContain(text('common:routine.resuming', { routine: text('routines:lowerBackFoamRoller.name') }));
    expect(yes.text).toContain(text('common:routine.stepHeader', { step: 3, total: 4 }));
    expect(yes.text).toContain(text('routines:lowerBackFoamRoller.steps.roll'));
  });

  it('U: (asked "want to continue?") continue / A: the same step, not the one after it', async () => {
    const c = new Conversation();
    await c.say('start lower back massage with a foam roller');
    await c.say('next');
    await c.say('stop');
    expect((await c.launch()).text).toBe(text('common:launch.resumeOffer', { step: 2, total: 4, routine: text('routines:lowerBackFoamRoller.name') }));
    // "continue" is a sample of next: said to the offer, it is a yes.
    const go = await c.say('continue');
    expect(go.text).toContain(text('common:routine.resuming', { routine: text('routines:lowerBackFoamRoller.name') }));
    expect(go.text).toContain(text('common:routine.stepHeader', { step: 2, total: 4 }));
    expect((await c.saved())?.progress).toMatchObject({ step: 1, paused: false });
    // Then next is the next step.
    expect((await c.say('next')).text).toContain(text('common:routine.stepHeader', { step: 3, total: 4 }));
  });

  it('offers a fresh start instead when the progress is more than a day old', async () => {
    const time = clockAt('2026-03-02T08:00:00Z');
    const c = new Conversation({ clock: time.clock });
    await c.say('start lower back massage with a tennis ball');
    await c.say('next');
    await c.say('stop');
    time.advance(2 * DAY);
    const back = await c.launch();
    expect(back.text).toBe(text('common:launch.staleProgress', { routine: text('routines:lowerBackTennisBall.name') }));
    const yes = await c.say('yes');
    expect(yes.text).toContain(text('common:routine.stepHeader', { step: 1, total: 5 }));
    expect((await c.saved())?.progress).toMatchObject({ routine: 'lowerBackTennisBall', step: 0 });
  });
});

describe('choosing a routine', () => {
  it('asks for equipment when it matters, and understands the answer', async () => {
    const c = new Conversation();
    const asked = await c.say('start lower back massage');
    expect(asked.text).toBe('For your lower back, do you have a tennis ball, a foam roller, or just your hands?');
    expect(asked.ended).toBe(false);
    const started = await c.say('just my hands');
    expect(started.text).toContain(text('routines:lowerBackHands.intro'));
    expect((await c.saved())?.progress?.routine).toBe('lowerBackHands');
  });

  it.each([
    ['two tennis balls', 'lowerBackTwoBalls'],
    ['I have a foam roller', 'lowerBackFoamRoller'],
    ['against a wall', 'lowerBackWall'],
    ['a lacrosse ball', 'lowerBackTennisBall'],
  ])('U: %s / A: the matching routine', async (answer, routine) => {
    const c = new Conversation();
    await c.say('my lower back hurts');
    await c.say(answer);
    expect((await c.saved())?.progress?.routine).toBe(routine);
  });

  it('starts one-shot with the area and equipment in one sentence', async () => {
    const c = new Conversation();
    const heard = await c.say('lower back massage with a tennis ball');
    expect(heard.text).toContain(text('routines:lowerBackTennisBall.steps.lieDown'));
  });

  it('asks again, clearly, for equipment it does not understand or has no routine for', async () => {
    const c = new Conversation();
    await c.say('start lower back massage');
    const odd = await c.intent('ChooseEquipmentIntent', { equipment: { value: 'a rolling pin' } });
    expect(odd.text).toContain(text('common:choose.equipmentUnknown'));
    expect(odd.text).toContain('do you have a tennis ball, a foam roller, or just your hands?');
    const towel = await c.intent('ChooseEquipmentIntent', { equipment: 'towel' });
    expect(towel.text).toContain(text('common:choose.noRoutineWith', { area: 'lower back', equipment: 'a towel' }));
    const missing = await c.intent('ChooseEquipmentIntent');
    expect(missing.text).toContain('do you have a tennis ball');
    expect(missing.ended).toBe(false);
  });

  it('a start with no area asks which area, with a short menu, and goes on from the answer', async () => {
    const c = new Conversation();
    const heard = await c.intent('StartRoutineIntent');
    expect(heard.text).toBe('Which would you like to massage: your lower back, upper back, neck, shoulders, feet, or eyes?');
    const neck = await c.say('my neck');
    expect(neck.text).toBe('For your neck, do you have just your hands or a towel?');
    const towel = await c.say('a towel');
    expect(towel.text).toContain(text('routines:neckTowel.intro'));
  });

  it('an area it does not know gets a clear answer and an offer', async () => {
    const c = new Conversation();
    const unknown = await c.intent('StartRoutineIntent', { area: { value: 'left elbow' } });
    expect(unknown.text).toBe(`${text('common:choose.unknownArea')} ${text('common:choose.offerArea', { area: 'lower back' })}`);
    const yes = await c.say('yes');
    expect(yes.text).toContain('For your lower back, do you have');
  });
});

describe('moving through a routine', () => {
  async function inTennisBall(): Promise<Conversation> {
    const c = new Conversation();
    await c.say('start lower back massage');
    await c.say('tennis ball');
    return c;
  }

  it('U: previous on the first step / A: says so and repeats it', async () => {
    const c = await inTennisBall();
    const heard = await c.say('go back');
    expect(heard.text).toContain(text('common:routine.alreadyFirst'));
    expect(heard.text).toContain(text('routines:lowerBackTennisBall.steps.lieDown'));
  });

  it('next, repeat, previous, start over', async () => {
    const c = await inTennisBall();
    await c.say('next');
    const third = await c.say('next');
    expect(third.text).toContain('Step 3 of 5.');
    const again = await c.say('repeat');
    expect(again.text).toBe(third.text);
    const back = await c.say('previous');
    expect(back.text).toContain('Step 2 of 5.');
    const over = await c.say('start over');
    expect(over.text).toContain('Step 1 of 5.');
    expect((await c.saved())?.progress).toMatchObject({ step: 0 });
  });

  it('U: which step am I on / A: the step, the total and the routine', async () => {
    const c = await inTennisBall();
    await c.say('next');
    const heard = await c.say('which step am I on');
    expect(heard.text).toBe(`${text('common:routine.where', { step: 2, total: 5, routine: text('routines:lowerBackTennisBall.name') })} ${text('common:routine.whereNext')}`);
    const yes = await c.say('yes');
    expect(yes.text).toContain('Step 3 of 5.');
  });

  it('pause ends the session with the place kept; resume in a new session picks up there', async () => {
    const c = await inTennisBall();
    await c.say('next');
    const paused = await c.say('pause');
    expect(paused.text).toBe(text('common:routine.paused', { step: 2, total: 5 }));
    expect(paused.ended).toBe(true);
    expect(await c.saved()).toMatchObject({ progress: { step: 1, paused: true } });
    const resumed = await c.say('resume my massage');
    expect(resumed.text).toContain('Step 2 of 5.');
    expect(resumed.ended).toBe(false);
  });

  it.each(['stop', 'cancel'])('U: %s / A: goodbye, with the place saved', async (words) => {
    const c = await inTennisBall();
    await c.say('next');
    const heard = await c.say(words);
    expect(heard.text).toBe(`${text('common:routine.stoppedSaved', { step: 2 })} ${text('common:goodbye')}`);
    expect(heard.ended).toBe(true);
    expect((await c.saved())?.progress).toMatchObject({ routine: 'lowerBackTennisBall', step: 1 });
  });

  it('U: no, after "ready for the next step?" / A: no rush, and the session stays open', async () => {
    const c = await inTennisBall();
    const heard = await c.say('no');
    expect(heard.text).toBe(text('common:routine.noRush'));
    expect(heard.ended).toBe(false);
  });

  it('U: yes / A: next step', async () => {
    const c = await inTennisBall();
    expect((await c.say('yes')).text).toContain('Step 2 of 5.');
  });

  it('after the last step it offers another routine; no ends kindly', async () => {
    const c = await inTennisBall();
    for (let i = 0; i < 6; i++) await c.say('next');
    // After ball work only a gentler routine is offered: the hands.
    expect(c.last?.text).toContain(text('common:routine.offerNext', { routine: text('routines:lowerBackHands.name') }));
    const no = await c.say('no thanks');
    expect(no.ended).toBe(true);
    expect(no.text).toBe(`${text('common:routine.declined')} ${text('common:goodbye')}`);
  });

  it('a session that ends by itself keeps the place', async () => {
    const c = await inTennisBall();
    await c.say('next');
    const ended = await c.end();
    expect(ended.ssml).toBe('');
    expect((await c.saved())?.progress).toMatchObject({ step: 1 });
  });
});

describe('help and fallback depend on where the user is', () => {
  it('outside a routine', async () => {
    const c = new Conversation();
    await c.launch();
    const help = await c.say('help');
    expect(help.text).toBe(`${text('common:help.general')} ${text('common:safety.stopIfHurts')} ${text('common:help.generalPrompt')}`);
    const fallback = await c.say('purple monkey dishwasher');
    expect(fallback.text).toBe(text('common:fallback.general'));
    expect(fallback.ended).toBe(false);
  });

  it('inside a routine', async () => {
    const c = new Conversation();
    await c.say('lower back massage with a foam roller');
    await c.say('next');
    const help = await c.say('what can I say');
    expect(help.text).toContain(text('common:help.inRoutine', { step: 2, total: 4 }));
    const fallback = await c.say('purple monkey dishwasher');
    expect(fallback.text).toBe(text('common:fallback.inRoutine'));
    // Nothing was lost: next still goes on from step 2.
    expect((await c.say('next')).text).toContain('Step 3 of 4.');
  });

  it('while asking for equipment', async () => {
    const c = new Conversation();
    await c.say('start lower back massage');
    const help = await c.say('help');
    expect(help.text).toContain(text('common:help.equipment'));
    expect(help.text).toContain('do you have a tennis ball');
    const fallback = await c.say('banana');
    expect(fallback.text).toContain(text('common:fallback.equipment'));
  });

  it('while waiting for a yes or no', async () => {
    const c = new Conversation();
    await c.say('start lower back massage with a foam roller');
    await c.say('stop');
    await c.launch();
    const fallback = await c.say('banana');
    // The question is kept: said again after the apology.
    expect(fallback.text).toBe(`${text('common:fallback.yesNo')} ${text('common:launch.resumeOfferReprompt')}`);
  });
});

describe('a hello or a thank-you gets a word back, and nothing is lost', () => {
  it('U: hello / A: hello, and what to say; U: thank you (in a routine) / A: you are welcome, and the step is kept', async () => {
    const c = new Conversation();
    await c.launch();
    const hello = await c.say('hello');
    expect(hello.text).toBe(text('common:smallTalk.greeting.general'));
    expect(hello.ended).toBe(false);
    expect(hello.reprompt).toBe(text('common:launch.reprompt'));
    await c.say('lower back massage with a foam roller');
    await c.say('next');
    const thanks = await c.say('thank you');
    expect(thanks.text).toBe(text('common:smallTalk.thanks.inRoutine'));
    expect(thanks.reprompt).toBe(text('common:routine.reprompt'));
    expect((await c.saved())?.progress).toMatchObject({ routine: 'lowerBackFoamRoller', step: 1 });
    expect((await c.say('next')).text).toContain('Step 3 of 4.');
    // Said with a goodbye, it is a goodbye.
    expect((await c.say("thanks that's all")).ended).toBe(true);
  });

  it('while asking for equipment, the question is asked again; in German, a German hello', async () => {
    const c = new Conversation();
    await c.say('start lower back massage');
    const hi = await c.say('hi there');
    expect(hi.text.startsWith(`${text('common:smallTalk.greeting.question')} `)).toBe(true);
    expect(hi.text).toContain('do you have a tennis ball');
    const de = new Conversation({ device: { locale: 'de-DE' } });
    await de.launch();
    expect((await de.say('danke schön')).text).toBe(textIn('de-DE', 'common:smallTalk.thanks.general'));
  });

  it('a hello with a request for another domain is not a hello to this skill', async () => {
    const c = new Conversation();
    await c.launch();
    expect((await c.say('hello can you set an alarm for six')).text).toBe(text('common:fallback.general'));
  });
});

describe('the daily limit of five minutes of ball and roller work', () => {
  it('stops a second ball routine at five minutes, keeps the place, offers hands only, and resets the next day', async () => {
    const time = clockAt('2026-03-02T08:00:00Z');
    const c = new Conversation({ clock: time.clock });
    // Tennis ball (100 s) and foam roller (90 s) and the wall (120 s, crossing 300 s).
    await c.say('lower back massage with a tennis ball');
    for (let i = 0; i < 6; i++) await c.say('next');
    await c.say('stop');
    await c.say('lower back massage with a foam roller');
    for (let i = 0; i < 4; i++) await c.say('next');
    expect((await c.saved())?.usage).toEqual({ day: '2026-03-02', ballRollerSeconds: 190 });
    await c.say('lower back massage against a wall');
    let heard = await c.say('next');
    for (let i = 0; i < 6 && !heard.text.includes(text('common:routine.limitReached')); i++) heard = await c.say('next');
    expect(heard.text).toContain(text('common:routine.limitReached'));
    expect(heard.text).toContain(text('common:routine.offerInstead', { routine: text('routines:lowerBackHands.name') }));
    const saved = await c.saved();
    // 190 + lean 20 + roll 30 + each side 20 = 280; the last 30 seconds would pass 300.
    expect(saved?.usage?.ballRollerSeconds).toBe(280);
    expect(saved?.progress).toMatchObject({ routine: 'lowerBackWall', step: 4 });
    const hands = await c.say('yes');
    expect(hands.text).toContain(text('routines:lowerBackHands.intro'));
    await c.say('stop');

    // The same day, in a new session: still refused.
    const refused = await c.say('lower back massage with a tennis ball');
    expect(refused.text).toContain(text('common:routine.limitReached'));
    // The next day: allowed again.
    time.advance(DAY);
    const allowed = await c.say('lower back massage with a tennis ball');
    expect(allowed.text).toContain(text('routines:lowerBackTennisBall.steps.lieDown'));
  });
});

/** A user who stopped at step 2 of the foam roller routine, and a copy of what the store holds. */
async function userWithSavedProgress() {
  const store = new TestStore();
  const c = new Conversation({ store });
  await c.say('lower back massage with a foam roller');
  await c.say('next');
  await c.say('stop');
  return { store, c, before: structuredClone([...store.items.values()]) };
}

describe('bad input never crashes and never loses progress', () => {
  it('an unknown intent name gets the fallback answer', async () => {
    const c = new Conversation();
    await c.say('lower back massage with a tennis ball');
    const heard = await c.intent('SomethingNobodyDeclaredIntent');
    expect(heard.text).toBe(text('common:fallback.inRoutine'));
    expect((await c.saved())?.progress?.routine).toBe('lowerBackTennisBall');
  });

  it('a request type the skill does not handle gets an empty, valid response', async () => {
    const c = new Conversation();
    const envelope = c.envelopeFor({ type: 'LaunchRequest' });
    const odd = { ...envelope, request: { type: 'Messaging.MessageReceived', requestId: 'r', timestamp: new Date().toISOString(), locale: 'en-US', message: {} } };
    const response = await c.raw(odd as never);
    expect(response.response.outputSpeech).toBeUndefined();
  });

  it('an unsupported locale is answered in the default language', async () => {
    const c = new Conversation({ device: { locale: 'xx-YY' } });
    const heard = await c.launch();
    expect(heard.text).toContain(text('common:launch.firstWelcome'));
  });

  it('saved state that cannot be read is set aside, and the user hears a fresh start', async () => {
    const store = new TestStore();
    const envelope = buildEnvelope({ type: 'LaunchRequest' }, newSession(), DEFAULT_DEVICE);
    await store.saveAttributes(envelope, { [STATE_KEY]: { v: 1, visits: 'many', progress: 'step three' }, other: 1 });
    await store.saveAttributes(envelope, { [STATE_KEY]: 'garbage', other: 1 });
    const c = new Conversation({ store });
    const heard = await c.launch();
    expect(heard.text.startsWith(text('common:persistence.freshStart'))).toBe(true);
    const item = [...store.items.values()][0];
    expect(item?.[SET_ASIDE_KEY]).toMatchObject({ value: { [STATE_KEY]: 'garbage', other: 1 } });
    expect(item?.[STATE_KEY]).toMatchObject({ v: 2, safetyHeard: true });
    // Only once: the next launch is a normal one.
    await c.say('stop');
    expect((await c.launch()).text.startsWith(text('common:persistence.freshStart'))).toBe(false);
  });

  it('a store that cannot be reached: the routine goes on, nothing saved is overwritten', async () => {
    const { store, c, before } = await userWithSavedProgress();
    store.failReads = true;
    store.failWrites = true;
    const started = await c.say('lower back massage with a tennis ball');
    expect(started.text).toContain(text('routines:lowerBackTennisBall.steps.lieDown'));
    const next = await c.say('next');
    expect(next.text).toContain('Step 2 of 5.');
    expect([...store.items.values()]).toEqual(before);
  });

  it('a store slower than Alexa allows: the answer comes in time, and nothing saved is overwritten', async () => {
    const { store, c, before } = await userWithSavedProgress();
    store.delayMs = 6000;
    const started = Date.now();
    const heard = await c.say('lower back massage with a tennis ball');
    expect(Date.now() - started).toBeLessThan(4000);
    expect(heard.text).toContain(text('routines:lowerBackTennisBall.steps.lieDown'));
    expect([...store.items.values()]).toEqual(before);
  });

  it('a store that fails only on write: the user still hears the step', async () => {
    const store = new TestStore();
    store.failWrites = true;
    const c = new Conversation({ store });
    const heard = await c.say('lower back massage with a foam roller');
    expect(heard.text).toContain(text('routines:lowerBackFoamRoller.steps.lieDown'));
  });

  it('a skill with no store keeps the routine in the session', async () => {
    const c = new Conversation({ store: 'none' });
    await c.say('lower back massage with a foam roller');
    await c.say('next');
    expect(c.sessionState()?.progress).toMatchObject({ step: 1 });
    expect((await c.say('next')).text).toContain('Step 3 of 4.');
  });

  it('corrupt session attributes fall back to what was saved', async () => {
    const c = new Conversation();
    await c.say('lower back massage with a foam roller');
    await c.say('next');
    const envelope = c.envelopeFor({ type: 'IntentRequest', intent: 'AMAZON.NextIntent' });
    envelope.session = { ...envelope.session!, new: false, attributes: { [STATE_KEY]: { v: 1, progress: { routine: 'nope', step: -4 } } } };
    const response = await c.raw(envelope);
    const ssml = response.response.outputSpeech?.type === 'SSML' ? response.response.outputSpeech.ssml : '';
    expect(ssml).toContain('Step 3 of 4.');
  });
});
