import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import model from '../../skill-package/interactionModels/custom/en-US.json';
import { AREAS, EQUIPMENT } from '../../lambda/content/types';
import { Understander } from '../../lambda/local/nlu';

const language = model.interactionModel.languageModel;
const understander = new Understander(model);

describe('interaction model (en-US)', () => {
  it('has an invocation name that passes Alexa rules', () => {
    const name = language.invocationName;
    expect(name).toMatch(/^[a-z]+( [a-z]+)+$/);
    const words = name.split(' ');
    const launchWords = ['start', 'open', 'ask', 'tell', 'play', 'launch', 'run', 'resume', 'use', 'load', 'begin', 'enable'];
    const connecting = ['to', 'from', 'in', 'with', 'about', 'for', 'by', 'and', 'the', 'a', 'an'];
    const brands = ['alexa', 'amazon', 'echo', 'skill', 'app'];
    for (const word of words) expect([...launchWords, ...connecting, ...brands]).not.toContain(word);
  });

  it('declares the required and recommended built-in intents', () => {
    const names = language.intents.map((i) => i.name);
    for (const required of ['AMAZON.HelpIntent', 'AMAZON.StopIntent', 'AMAZON.CancelIntent', 'AMAZON.FallbackIntent', 'AMAZON.NavigateHomeIntent']) {
      expect(names).toContain(required);
    }
  });

  it('gives every custom intent many samples, and no two intents share one', () => {
    const owner = new Map<string, string>();
    for (const intent of language.intents) {
      if (!intent.name.startsWith('AMAZON.')) expect(intent.samples.length, intent.name).toBeGreaterThanOrEqual(24);
      for (const sample of intent.samples) {
        const key = sample.toLowerCase().trim();
        expect(owner.get(key), `"${sample}" is in ${owner.get(key)} and ${intent.name}`).toBeUndefined();
        owner.set(key, intent.name);
        for (const [, slot] of sample.matchAll(/\{(\w+)\}/g)) {
          expect((intent as { slots?: { name: string }[] }).slots?.map((s) => s.name), `${intent.name}: "${sample}"`).toContain(slot);
        }
      }
    }
  });

  it('has slot values whose ids are the ones the code knows, and no synonym in two values', () => {
    const ids = (type: string) => language.types.find((t) => t.name === type)?.values.map((v) => v.id);
    expect(ids('BODY_AREA')?.sort()).toEqual([...AREAS].sort());
    expect(ids('EQUIPMENT')?.sort()).toEqual([...EQUIPMENT].sort());
    for (const type of language.types) {
      const seen = new Set<string>();
      for (const value of type.values) {
        for (const phrase of [value.name.value, ...value.name.synonyms]) {
          expect(seen.has(phrase.toLowerCase()), `${type.name}: ${phrase}`).toBe(false);
          seen.add(phrase.toLowerCase());
        }
      }
    }
  });

  it('skill.json points at the custom model and says it is no substitute for medical advice', () => {
    const manifest = JSON.parse(readFileSync('skill-package/skill.json', 'utf8'));
    const en = manifest.manifest.publishingInformation.locales['en-US'];
    expect(en.description.toLowerCase()).toContain('not a substitute for professional medical advice');
    expect(en.examplePhrases.length).toBeGreaterThanOrEqual(1);
    for (const phrase of en.examplePhrases as string[]) expect(phrase.toLowerCase()).toContain(language.invocationName);
    expect(manifest.manifest.apis.custom).toBeDefined();
  });
});

describe('understanding what people say (the local chat\'s resolver)', () => {
  it.each([
    ['start lower back massage', 'StartRoutineIntent', { area: 'lowerBack' }],
    ['massage my lower back', 'StartRoutineIntent', { area: 'lowerBack' }],
    ['my lower back hurts', 'ComplaintIntent', { area: 'lowerBack' }],
    ['help with low back pain', 'ComplaintIntent', { area: 'lowerBack' }],
    ['my lower back is sore can you help', 'ComplaintIntent', { area: 'lowerBack' }],
    ['my leg is numb', 'RedFlagIntent', { symptom: 'numbness' }],
    ['my back hurts since I fell, massage it', 'RedFlagIntent', { symptom: 'fall' }],
    ['I have a fever, can you massage my back', 'RedFlagIntent', { symptom: 'fever' }],
    ["I'm pregnant, is this safe", 'PregnancyIntent', {}],
    ["I'm done", 'FinishIntent', {}],
    ['done', 'AMAZON.NextIntent', {}],
    ['how many steps left', 'StepsLeftIntent', {}],
    ['should I use heat', 'HeatOrColdIntent', {}],
    ['what exercises help back pain', 'SelfCareIntent', {}],
    ['start a lower back routine', 'StartRoutineIntent', { area: 'lowerBack' }],
    ['lower back massage with a tennis ball', 'StartRoutineIntent', { area: 'lowerBack', equipment: 'tennisBall' }],
    ['massage my lumbar with a foam roller', 'StartRoutineIntent', { area: 'lowerBack', equipment: 'foamRoller' }],
    ['Massage my lower spine with a lacrosse ball!', 'StartRoutineIntent', { area: 'lowerBack', equipment: 'tennisBall' }],
    ['massage ball', 'ChooseEquipmentIntent', { equipment: 'tennisBall' }],
    ['just my hands', 'ChooseEquipmentIntent', { equipment: 'hands' }],
    ['which step am I on', 'WhereAmIIntent', {}],
    ['resume my massage', 'AMAZON.ResumeIntent', {}],
    ['next', 'AMAZON.NextIntent', {}],
    ['go back', 'AMAZON.PreviousIntent', {}],
    ['say that again', 'AMAZON.RepeatIntent', {}],
    ['start over', 'AMAZON.StartOverIntent', {}],
    ['pause', 'AMAZON.PauseIntent', {}],
    ['yeah', 'AMAZON.YesIntent', {}],
    ['no thanks', 'AMAZON.NoIntent', {}],
    ['what can I say', 'AMAZON.HelpIntent', {}],
  ])('"%s" is %s %j', (words, intent, slots) => {
    const understood = understander.understand(words);
    expect(understood?.intent).toBe(intent);
    expect(Object.fromEntries(Object.entries(understood?.slots ?? {}).map(([k, v]) => [k, v.id]))).toEqual(slots);
  });

  it('keeps words it does not know as an unmatched slot, and gives up on nonsense', () => {
    expect(understander.understand('start knee massage')).toEqual({ intent: 'StartRoutineIntent', slots: { area: { value: 'knee' } } });
    expect(understander.understand('the weather in paris')).toBeUndefined();
    expect(understander.understand('')).toBeUndefined();
  });
});
