import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MODEL_TEMPLATES, modelFile, modelPath } from '../../models/buildModel';
import { expand } from '../../models/expand';
import { Invocation } from '../../lambda/local/invocation';
import { Understander, type InteractionModel } from '../../lambda/local/nlu';

describe('interaction models written from templates (models/)', () => {
  for (const locale of Object.keys(MODEL_TEMPLATES)) {
    it(`${locale}: the written model is what the templates make (else run: npm run models)`, () => {
      expect(readFileSync(modelPath(locale), 'utf8') === modelFile(locale), `${modelPath(locale)} is stale: run npm run models`).toBe(true);
    });

    it(`${locale}: samples Alexa accepts (words, apostrophes and periods only; numbers spelled out; at most 200 characters)`, () => {
      const lm = JSON.parse(modelFile(locale)).interactionModel.languageModel as { intents: { name: string; samples: string[] }[] };
      for (const intent of lm.intents) {
        for (const sample of intent.samples) {
          expect(sample, intent.name).toMatch(/^[\p{L}'.\- {}]+$/u);
          expect(sample.length).toBeLessThanOrEqual(200);
        }
      }
    });
  }

  it('expands alternatives, optional words and nested groups', () => {
    expect(expand('(start|begin) [a] {area} massage')).toEqual(['start a {area} massage', 'start {area} massage', 'begin a {area} massage', 'begin {area} massage']);
    expect(expand('[please] (stop|(cancel|end) it)')).toEqual(['please stop', 'please cancel it', 'please end it', 'stop', 'cancel it', 'end it']);
    expect(() => expand('(start')).toThrow();
    expect(() => expand('start)')).toThrow();
  });
});

describe('what skill.json and the name-free container promise is in the models', () => {
  const manifest = JSON.parse(readFileSync('skill-package/skill.json', 'utf8')).manifest;
  for (const locale of Object.keys(MODEL_TEMPLATES)) {
    it(`${locale}: every store example phrase opens the skill or reaches an intent of its model`, () => {
      const model = JSON.parse(readFileSync(modelPath(locale), 'utf8')) as InteractionModel;
      const language = locale.slice(0, 2);
      const invocation = new Invocation(model, language);
      const understander = new Understander(model, language);
      const phrases: string[] = manifest.publishingInformation.locales[locale].examplePhrases;
      for (const phrase of phrases) {
        const turn = invocation.interpret(phrase);
        if (turn.kind === 'launch') continue;
        expect(turn.oneShot, `${locale}: "${phrase}" names the skill`).toBe(true);
        expect(understander.understand(turn.text), `${locale}: "${phrase}"`).toBeDefined();
      }
    });
  }

  it('en-*: the _nameFreeInteraction container has the shape SMAPI documents, and each phrase reaches its intent', () => {
    for (const locale of ['en-US', 'en-GB', 'en-CA', 'en-AU', 'en-IN']) {
      const model = JSON.parse(readFileSync(modelPath(locale), 'utf8'));
      const lm = model.interactionModel.languageModel;
      const container = lm._nameFreeInteraction as { ingressPoints: { type: string; name?: string; samples: { format: string; value: string }[] }[] };
      expect(Object.keys(container)).toEqual(['ingressPoints']);
      const intents = new Set((lm.intents as { name: string }[]).map((i) => i.name));
      const understander = new Understander(model, 'en');
      const launch = container.ingressPoints.filter((p) => p.type === 'LAUNCH');
      expect(launch.length).toBe(1);
      expect(launch[0]?.name).toBeUndefined();
      expect(launch[0]?.samples.length).toBeGreaterThan(0);
      expect(launch[0]?.samples.length).toBeLessThanOrEqual(5);
      for (const point of container.ingressPoints) {
        expect(['LAUNCH', 'INTENT']).toContain(point.type);
        expect(Object.keys(point).sort()).toEqual(point.type === 'LAUNCH' ? ['samples', 'type'] : ['name', 'samples', 'type']);
        if (point.type === 'INTENT') expect(intents.has(point.name ?? ''), point.name).toBe(true);
        for (const sample of point.samples) {
          expect(sample.format).toBe('RAW_TEXT');
          expect(sample.value).toMatch(/^[a-z' ]+$/);
          if (point.type === 'INTENT') expect(understander.understand(sample.value)?.intent, sample.value).toBe(point.name);
        }
      }
      expect(container.ingressPoints.filter((p) => p.type === 'INTENT').length).toBeGreaterThanOrEqual(5);
    }
    for (const locale of ['de-DE', 'es-ES', 'fr-FR']) {
      expect(JSON.parse(readFileSync(modelPath(locale), 'utf8')).interactionModel.languageModel._nameFreeInteraction).toBeUndefined();
    }
  });
});
