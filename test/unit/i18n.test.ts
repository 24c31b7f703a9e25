import { describe, expect, it } from 'vitest';
import { i18nextFor, resources, SUPPORTED_LOCALES, translatorFor } from '../../lambda/i18n';
import { leaves } from '../support/texts';

/** Every stored text of a language: [ns:key, text]. */
function texts(language: keyof typeof resources): [string, string][] {
  return Object.entries(resources[language]).flatMap(([ns, tree]) => leaves(tree).map(([key, text]): [string, string] => [`${ns}:${key}`, text]));
}

const MISSING = '\u0000missing';

describe('texts without i18next give what i18next gives', () => {
  for (const locale of SUPPORTED_LOCALES) {
    it(`${locale}: every text, with its values, without them, and as a plural`, () => {
      const t = translatorFor(locale);
      const reference = i18nextFor(locale);
      const language = locale.split('-')[0] as keyof typeof resources;
      const all = texts(language);
      expect(all.length).toBeGreaterThan(150);
      let compared = 0;
      for (const [stored, text] of all) {
        // A plural form ("rounds_one") is asked for by its base key with a count.
        const key = stored.replace(/_(zero|one|two|few|many|other)$/, '');
        const names = [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!);
        const values = Object.fromEntries(names.map((name, i) => [name, name === 'count' ? i + 1 : `v${i}&<${name}>`]));
        const cases: (Record<string, string | number> | undefined)[] = [undefined, values, { ...values, count: 1 }, { ...values, count: 2 }];
        for (const params of cases) {
          const expected = reference(key, { ...params, defaultValue: MISSING });
          if (expected === MISSING) expect(() => t(key, params)).toThrow(/No text/);
          else expect(t(key, params), `${locale} ${key} ${JSON.stringify(params)}`).toBe(expected);
          compared++;
        }
      }
      expect(compared).toBe(all.length * 4);
    });
  }

  it('a text that is not there is an error, not silence', () => {
    expect(() => translatorFor('en-US')('common:no.such.text')).toThrow(/No text/);
    expect(() => translatorFor('de-DE')('common:no.such.text', { step: 1 })).toThrow(/No text/);
  });

  it('English locales keep their own words and fall back to shared English', () => {
    expect(translatorFor('en-GB')('common:safety.unsureSymptom')).toContain('999');
    expect(translatorFor('en-US')('common:safety.unsureSymptom')).toContain('911');
    expect(translatorFor('en-AU')('common:launch.reprompt')).toBe(translatorFor('en-US')('common:launch.reprompt'));
  });
});
