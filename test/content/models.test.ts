import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MODEL_TEMPLATES, modelFile, modelPath } from '../../models/buildModel';
import { expand } from '../../models/expand';

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
