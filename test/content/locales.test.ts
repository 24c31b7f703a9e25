import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, resources, SUPPORTED_LOCALES } from '../../lambda/i18n';
import { leaves } from '../support/texts';

/** Every locale has every key the skill uses, with the same variables; every model the same intents and types. */
const variables = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
/** Plural forms ("count_one", "count_other") differ by language (CLDR); the key they answer is one. */
const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');
function byBase(texts: [string, string][]): Map<string, string> {
  return new Map(texts.map(([key, text]) => [base(key), text]));
}
const english = byBase(leaves(resources.en));

describe('locales', () => {
  for (const language of LANGUAGES.filter((l) => l !== 'en')) {
    it(`${language} has exactly the English keys, with the same variables`, () => {
      const texts = byBase(leaves(resources[language]));
      expect([...texts.keys()].sort()).toEqual([...english.keys()].sort());
      for (const [key, text] of texts) expect(variables(text), `${language}:${key}`).toEqual(variables(english.get(key) ?? ''));
    });
  }

  for (const locale of ['en-US', 'en-GB', 'en-CA', 'en-AU', 'en-IN'] as const) {
    it(`${locale} only overrides English keys, with the same variables`, () => {
      for (const [key, text] of byBase(leaves(resources[locale]))) {
        expect(english.has(key), `${locale}:${key}`).toBe(true);
        expect(variables(text)).toEqual(variables(english.get(key) ?? ''));
      }
    });

    it(`${locale} says its own emergency number wherever English says "your local emergency number"`, () => {
      const own = byBase(leaves(resources[locale]));
      for (const [key, text] of english) {
        if (text.includes('local emergency number')) expect(own.get(key), `${locale}:${key}`).toBeDefined();
      }
    });
  }
});

const model = (locale: string) => JSON.parse(readFileSync(`skill-package/interactionModels/custom/${locale}.json`, 'utf8')).interactionModel.languageModel;
const shape = (lm: { intents: { name: string; slots?: { name: string; type: string }[] }[]; types: { name: string; values: { id: string }[] }[] }) => ({
  intents: Object.fromEntries(lm.intents.map((i) => [i.name, (i.slots ?? []).map((s) => `${s.name}:${s.type}`).sort()])),
  types: Object.fromEntries(lm.types.map((t) => [t.name, t.values.map((v) => v.id).sort()])),
});

/** Words an invocation name may not contain, per language (launch words, connecting words, brand words). */
const FORBIDDEN: Record<string, string[]> = {
  en: ['start', 'open', 'ask', 'tell', 'play', 'launch', 'run', 'resume', 'use', 'load', 'begin', 'enable', 'to', 'from', 'in', 'with', 'about', 'for', 'by', 'and', 'the', 'a', 'an'],
  de: ['öffne', 'starte', 'frag', 'frage', 'sag', 'sage', 'spiele', 'beginne', 'lade', 'und', 'mit', 'von', 'für', 'zu', 'der', 'die', 'das'],
  es: ['abre', 'inicia', 'pide', 'pregunta', 'dile', 'empieza', 'lanza', 'juega', 'y', 'con', 'de', 'a', 'para', 'en', 'el', 'la'],
  fr: ['ouvre', 'lance', 'demande', 'dis', 'commence', 'démarre', 'joue', 'et', 'avec', 'de', 'du', 'à', 'pour', 'le', 'la', 'les'],
};

describe('interaction models', () => {
  const reference = shape(model('en-US'));
  for (const locale of SUPPORTED_LOCALES) {
    it(`${locale}: the same intents, slots and slot types as en-US; an invocation name that passes Alexa's rules`, () => {
      const lm = model(locale);
      expect(shape(lm)).toEqual(reference);
      const name: string = lm.invocationName;
      expect(name).toMatch(/^[\p{Ll} ]+$/u);
      const words = name.split(' ');
      expect(words.length).toBeGreaterThanOrEqual(2);
      for (const word of words) expect([...(FORBIDDEN[locale.slice(0, 2)] ?? []), 'alexa', 'amazon', 'echo', 'skill', 'app']).not.toContain(word);
      const seen = new Map<string, string>();
      for (const intent of lm.intents as { name: string; samples: string[] }[]) {
        if (!intent.name.startsWith('AMAZON.')) expect(intent.samples.length, `${locale} ${intent.name}`).toBeGreaterThanOrEqual(24);
        for (const sample of intent.samples) {
          expect(seen.get(sample.toLowerCase()), `${locale}: "${sample}"`).toBeUndefined();
          seen.set(sample.toLowerCase(), intent.name);
        }
      }
    });
  }
});

describe('skill.json', () => {
  const manifest = JSON.parse(readFileSync('skill-package/skill.json', 'utf8')).manifest;
  const disclaimer: Record<string, RegExp> = {
    en: /not a substitute for professional medical advice/i,
    de: /ersetzt keinen ärztlichen Rat/i,
    es: /no sustituye el consejo.*médico/i,
    fr: /ne remplace pas un avis médical/i,
  };
  it('lists every supported locale with its own name, summary, description with the disclaimer, examples and keywords', () => {
    expect(Object.keys(manifest.publishingInformation.locales).sort()).toEqual([...SUPPORTED_LOCALES].sort());
    for (const locale of SUPPORTED_LOCALES) {
      const entry = manifest.publishingInformation.locales[locale];
      expect(entry.name.length, locale).toBeGreaterThan(0);
      expect(entry.summary.length, locale).toBeGreaterThan(0);
      expect(entry.description, locale).toMatch(disclaimer[locale.slice(0, 2)]!);
      expect(entry.keywords.length, locale).toBeGreaterThanOrEqual(3);
      const invocation = model(locale).invocationName;
      for (const phrase of entry.examplePhrases as string[]) expect(phrase.toLowerCase(), locale).toContain(invocation);
    }
    expect(manifest.permissions).toEqual([{ name: 'alexa::alerts:timers:skill:readwrite' }, { name: 'alexa::alerts:reminders:skill:readwrite' }]);
    expect(manifest.publishingInformation.category).toBe('HEALTH_AND_FITNESS');
  });
});
