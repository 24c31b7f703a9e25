import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Understander, type InteractionModel } from '../../lambda/local/nlu';
import { modelPath } from '../../models/buildModel';

/**
 * The guesser (lambda/local/nluGuess.ts): what the local resolver does when no sample fits whole, as Alexa's NLU
 * generalises from the samples. Each phrasing here is in no sample of the model (checked), so a pass is the guess's.
 */
const model = JSON.parse(readFileSync(modelPath('en-US'), 'utf8')) as InteractionModel;
const understander = new Understander(model, 'en');
const samples = new Set(model.interactionModel.languageModel.intents.flatMap((intent) => (intent.samples ?? []).map((s) => s.toLowerCase())));
const read = (utterance: string) => {
  expect(samples.has(utterance), `"${utterance}" is a sample`).toBe(false);
  return understander.understand(utterance);
};
const slotIds = (utterance: string) => Object.fromEntries(Object.entries(read(utterance)?.slots ?? {}).map(([name, slot]) => [name, slot.id ?? slot.value]));

describe('a phrasing no sample has reaches the closest sample\'s intent', () => {
  it.each([
    ['nvm kill the timer', 'CancelTherapyIntent'],
    ["it's giving me real grief when i roll on it", 'PainIntent'],
    ['lord my shoulders are tight as a drum today', 'ComplaintIntent'],
    ['does massage actually do any good', 'BenefitsIntent'],
  ])('"%s" is %s, said to be a guess', (utterance, intent) => {
    const understood = read(utterance);
    expect(understood?.intent).toBe(intent);
    expect(understood?.guessedFrom?.similarity).toBeGreaterThanOrEqual(0.42);
  });

  it('fills the slots from what was said: "a wee bit faster" is the fast pace', () => {
    expect(read('a wee bit faster')?.intent).toBe('PaceIntent');
    expect(slotIds('a wee bit faster')).toEqual({ pace: 'fast' });
  });

  it('"lavender\'s my fave oil" sets lavender (the "\'s" apart from its word)', () => {
    expect(read("lavender's my fave oil")?.intent).toBe('SetOilIntent');
    expect(slotIds("lavender's my fave oil")).toEqual({ oil: 'lavender' });
  });

  it('a close guess for the whole sentence wins over one clause: a daily reminder is not a foot massage', () => {
    expect(read('set a daily reminder to massage my feet')?.intent).toBe('SetReminderIntent');
  });

  it("a topic's words win over a clause: a reminder to do the neck, heat or cold for a stiff neck", () => {
    expect(read("set a reminder for 8 o'clock every night to do my neck")?.intent).toBe('SetReminderIntent');
    expect(slotIds("set a reminder for 8 o'clock every night to do my neck")).toMatchObject({ time: '08:00' });
    expect(read('stiff neck from my desk do i use heat or cold')?.intent).toBe('HeatOrColdIntent');
    expect(read('could you nudge me every evening round 7 to do me neck')?.intent).toBe('SetReminderIntent');
  });

  it("a topic's words decide among the readings: ice is cold therapy, a history wiped is forgetting, 'remind me what' is history", () => {
    expect(read("i'm just gonna ice my upper back for a bit")?.intent).toBe('ColdTherapyIntent');
    expect(read('please wipe my history off your system')?.intent).toBe('ForgetIntent');
    expect(read('remind me what we did the last time')?.intent).toBe('LastTimeIntent');
  });

  it('nothing close, but a place named: the closest request or complaint about it', () => {
    const understood = read('could i get some neck relief before bed tonight');
    expect(['ComplaintIntent', 'StartRoutineIntent']).toContain(understood?.intent);
    expect(slotIds('could i get some neck relief before bed tonight')).toEqual({ area: 'neck' });
  });

  it('someone else named as the one massaged is a partner massage', () => {
    expect(read('give my bf a shoulder rub')?.intent).toBe('PartnerMassageIntent');
    expect(read('teach me to massage my mother she has tired feet')?.intent).toBe('PartnerMassageIntent');
    expect(read('my other half wants me to do her shoulders how do we go about it')?.intent).toBe('PartnerMassageIntent');
    // the user's own shoulders stay the user's
    expect(read('give my shoulders a good rub')?.intent).toBe('StartRoutineIntent');
  });

  it('a question about oils naming one is a question, not a favourite', () => {
    expect(read('would sweet almond or coconut be nicer for a foot rub')?.intent).toBe('OilIntent');
    expect(read('my skin gets itchy so should i use a lotion or an oil')?.intent).not.toBe('SetOilIntent');
  });

  it("a slot's words holding a value are that value: \"i'm a lemongrass oil kinda person\" sets lemongrass", () => {
    expect(read("i'm a lemongrass oil kinda person")?.intent).toBe('SetOilIntent');
    expect(slotIds("i'm a lemongrass oil kinda person")).toEqual({ oil: 'lemongrass' });
  });
});

describe('a dropped g', () => {
  it('"i\'m feelin a bit stiff in the neck this mornin" reads as with its g\'s', () => {
    expect(read("i'm feelin a bit stiff in the neck this mornin")?.intent).toBe(read("i'm feeling a bit stiff in the neck this morning")?.intent);
    expect(read("we're expectin our second so is the roller safe")?.intent).toBe('PregnancyIntent');
  });
});

describe('a cry of pain in a sentence no sample fits', () => {
  it('"hang on this is hurting my neck stop" is pain, not stop', () => {
    expect(read('hang on this is hurting my neck stop')?.intent).toBe('PainIntent');
  });

  it('"hmm that bit is digging in too much ow" is pain, heard before any guess', () => {
    const understood = read('hmm that bit is digging in too much ow');
    expect(understood?.intent).toBe('PainIntent');
    expect(understood?.guessedFrom).toBeUndefined();
  });
});

describe('what a guess never does', () => {
  it.each([
    "what's the weather like in paris tomorrow",
    'play triple j',
    'can you call my sister',
    'add eggs to my shopping list',
    'could you turn on the bedroom lamp',
    'remind me to ring the dentist',
    'call me back later',
    'set a timer for the pasta',
    'turn up the heat',
  ])('"%s" (another domain) is the fallback', (utterance) => {
    expect(read(utterance)).toBeUndefined();
  });

  it('a command is not guessed for a long sentence sharing two of its words ("i did it" is next)', () => {
    expect(read('i did a spinning class and my legs hurt')?.intent).not.toBe('AMAZON.NextIntent');
  });

  it.each([
    "i don't have any tingling in my legs",
    "i'm not pregnant just tired",
  ])('"%s": a denied symptom or pregnancy asks for nothing', (utterance) => {
    expect(read(utterance)).toBeUndefined();
  });

  it('never guesses a pregnancy (heard by its own words), nor a built-in slot alone for a longer sentence', () => {
    expect(read('is it ok to use the massage gun every single day')?.intent).not.toBe('PregnancyIntent');
    expect(read("my neck's a bit achy this evening")?.intent).not.toBe('ReminderTimeIntent');
  });

  it('never guesses a red flag (symptoms are heard by their own words, and a guess has none to give)', () => {
    for (const utterance of ['wait wait i need to answer the door', 'how many massages this week', 'whatever you think is best']) {
      expect(read(utterance)?.intent).not.toBe('RedFlagIntent');
    }
  });
});
