import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Understander, type InteractionModel } from '../../lambda/local/nlu';
import { MODEL_TEMPLATES, modelPath } from '../../models/buildModel';
import { readAnnotations } from './readAnnotations';

/**
 * The NLU annotation sets (test/nlu/<locale>.tsv): utterances written as people talk, not copied
 * from the samples, each with the intent and slots it must reach. Run here against the local
 * resolver; scripts/profile-nlu.mjs runs the same sets against Alexa's own NLU for a deployed skill.
 */
describe('NLU annotation sets', () => {
  for (const locale of Object.keys(MODEL_TEMPLATES)) {
    const file = `test/nlu/${locale}.tsv`;
    const set = existsSync(file) ? readAnnotations(readFileSync(file, 'utf8')) : [];
    const understander = new Understander(JSON.parse(readFileSync(modelPath(locale), 'utf8')) as InteractionModel, locale.slice(0, 2));

    it(`${locale}: a set of at least ${locale === 'en-US' ? 300 : 100} utterances`, () => {
      expect(set.length).toBeGreaterThanOrEqual(locale === 'en-US' ? 300 : 100);
    });

    // Ten thousand lines, many of them guessed (en-US: 25-40 s on 2 busy cores): more than the default time.
    it(`${locale}: every utterance reaches its intent and slots`, { timeout: 150_000 }, () => {
      const misses: string[] = [];
      for (const { utterance, intent, slots } of set) {
        const understood = understander.understand(utterance);
        const got = Object.fromEntries(Object.entries(understood?.slots ?? {}).map(([name, slot]) => [name, slot.id ?? slot.value]));
        // Nothing understood is what Alexa sends as AMAZON.FallbackIntent.
        if ((understood?.intent ?? 'AMAZON.FallbackIntent') !== intent || JSON.stringify(sorted(got)) !== JSON.stringify(sorted(slots))) {
          misses.push(`"${utterance}": expected ${intent} ${JSON.stringify(slots)}, got ${understood?.intent ?? 'nothing'} ${JSON.stringify(got)}`);
        }
      }
      expect(misses).toEqual([]);
    });
  }
});

function sorted(record: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
}
