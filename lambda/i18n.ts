import type { i18n as I18n, TFunction } from 'i18next';
import type enAdvice from '../locales/en/advice.json';
import type enCommon from '../locales/en/common.json';
import type enOils from '../locales/en/oils.json';
import type enRoutines from '../locales/en/routines.json';
import type enTherapy from '../locales/en/therapy.json';
import type { Translate } from './speech/ssml';

/**
 * Every text the skill speaks, by language and namespace, in i18next's JSON format.
 * The English locales share `en` and differ only where it matters (the emergency number, spelling).
 */
type Namespaces = { common: typeof enCommon; routines: typeof enRoutines; advice: typeof enAdvice; oils: typeof enOils; therapy: typeof enTherapy };
type Texts = { readonly [key: string]: unknown };

/** The full translations: every key lives in each of these. */
export const LANGUAGES = ['en', 'de', 'es', 'fr'] as const;
export const NAMESPACES = ['common', 'routines', 'advice', 'oils', 'therapy'] as const;
export const SUPPORTED_LOCALES = ['en-US', 'en-GB', 'en-CA', 'en-AU', 'en-IN', 'de-DE', 'es-ES', 'fr-FR'] as const;
export const DEFAULT_LOCALE = 'en-US';

/**
 * Where each text file is, read when a request first speaks from it (`require` keeps it). The Lambda
 * build keeps them beside the bundle (dist/locales), so that a cold start compiles none of them and a
 * request reads only the namespaces it speaks from: with English inside the bundle, its 48 KB of
 * object literals cost 0.5 ms to compile and 0.2 ms to read at every cold start (npm run bench).
 */
const FILES: Readonly<Record<string, Readonly<Partial<Record<string, () => Texts>>>>> = {
  en: {
    common: () => require('../locales/en/common.json'),
    routines: () => require('../locales/en/routines.json'),
    advice: () => require('../locales/en/advice.json'),
    oils: () => require('../locales/en/oils.json'),
    therapy: () => require('../locales/en/therapy.json'),
  },
  'en-US': { common: () => require('../locales/en-US/common.json') },
  'en-GB': { common: () => require('../locales/en-GB/common.json') },
  'en-CA': { common: () => require('../locales/en-CA/common.json') },
  'en-AU': { common: () => require('../locales/en-AU/common.json') },
  'en-IN': { common: () => require('../locales/en-IN/common.json') },
  de: {
    common: () => require('../locales/de/common.json'),
    routines: () => require('../locales/de/routines.json'),
    advice: () => require('../locales/de/advice.json'),
    oils: () => require('../locales/de/oils.json'),
    therapy: () => require('../locales/de/therapy.json'),
  },
  es: {
    common: () => require('../locales/es/common.json'),
    routines: () => require('../locales/es/routines.json'),
    advice: () => require('../locales/es/advice.json'),
    oils: () => require('../locales/es/oils.json'),
    therapy: () => require('../locales/es/therapy.json'),
  },
  fr: {
    common: () => require('../locales/fr/common.json'),
    routines: () => require('../locales/fr/routines.json'),
    advice: () => require('../locales/fr/advice.json'),
    oils: () => require('../locales/fr/oils.json'),
    therapy: () => require('../locales/fr/therapy.json'),
  },
};

/** One namespace of a language or locale code ('en', 'en-GB', 'de'), read on first use; undefined when it has none. */
function textsOf(code: string, ns: string): Texts | undefined {
  const files = Object.hasOwn(FILES, code) ? FILES[code] : undefined;
  return files && Object.hasOwn(files, ns) ? files[ns]?.() : undefined;
}

/** Every namespace a code has, read now. */
function allTextsOf(code: string): Record<string, Texts> {
  const all: Record<string, Texts> = {};
  for (const ns of NAMESPACES) {
    const texts = textsOf(code, ns);
    if (texts) all[ns] = texts;
  }
  return all;
}

/** All texts, every language and locale, read when asked for (for checks; the skill reads a namespace when it first speaks from it). */
export const resources = {
  get en() {
    return allTextsOf('en') as Namespaces;
  },
  get 'en-US'() {
    return allTextsOf('en-US') as { common: Texts };
  },
  get 'en-GB'() {
    return allTextsOf('en-GB') as { common: Texts };
  },
  get 'en-CA'() {
    return allTextsOf('en-CA') as { common: Texts };
  },
  get 'en-AU'() {
    return allTextsOf('en-AU') as { common: Texts };
  },
  get 'en-IN'() {
    return allTextsOf('en-IN') as { common: Texts };
  },
  get de() {
    return allTextsOf('de') as Namespaces;
  },
  get es() {
    return allTextsOf('es') as Namespaces;
  },
  get fr() {
    return allTextsOf('fr') as Namespaces;
  },
};

/**
 * i18next, made when a text first needs it (a plural; see `translatorFor`), not when the module
 * loads: its code and set-up cost about 5 ms the first time, which a cold start would otherwise pay.
 */
let instance: I18n | undefined;
function createI18n(): I18n {
  const i18next = require('i18next') as I18n;
  const created = i18next.createInstance();
  void created.init({
    resources: {},
    fallbackLng: 'en',
    ns: [...NAMESPACES],
    defaultNS: 'common',
    initAsync: false,
    // The SSML module escapes everything it renders; escaping here would escape twice.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return (instance = created);
}

/** i18next's translate function for a locale, with that locale's texts loaded. */
export function i18nextFor(lng: string): TFunction {
  const i18n = instance ?? createI18n();
  for (const code of chainOf(lng)) {
    if (!i18n.hasResourceBundle(code, 'common')) for (const [ns, bundle] of Object.entries(allTextsOf(code))) i18n.addResourceBundle(code, ns, bundle);
  }
  return i18n.getFixedT(lng);
}

/** Where a locale's texts are looked up, most specific first: i18next's order for this set-up. */
function chainOf(lng: string): string[] {
  const language = lng.split('-')[0] ?? 'en';
  return [...new Set([lng, language, 'en'])];
}

/** The stored text for a key ("ns:a.b"), as i18next would find it; undefined when it is not a plain string. */
function storedText(chain: readonly string[], key: string): string | undefined {
  const colon = key.indexOf(':');
  const ns = colon < 0 ? 'common' : key.slice(0, colon);
  const path = colon < 0 ? key : key.slice(colon + 1);
  for (const code of chain) {
    const texts = textsOf(code, ns);
    // The Lambda build writes the texts flat ("a.b": text; scripts/build.mjs), the sources are nested.
    let node: unknown = texts?.[path];
    if (node === undefined) {
      node = texts;
      for (const part of path.split('.')) node = typeof node === 'object' && node !== null ? (node as Texts)[part] : undefined;
    }
    if (typeof node === 'string') return node;
    if (node !== undefined) return undefined;
  }
  return undefined;
}

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;
/** Anything in a text beyond plain words and {{value}} placeholders: nesting, formats, unescaped values. */
const BEYOND_PLACEHOLDERS = /\$t\(|\{\{(?!\s*\w+\s*\}\})/;

/**
 * A text without i18next: plain words and {{value}} placeholders, which is nearly every text the
 * skill says. Undefined when i18next must do it: plurals and contexts (`count`, `context`), nesting,
 * formats, a missing value, a missing text. A test checks that both give the same for every text.
 */
function simpleText(chain: readonly string[], key: string, params: Record<string, string | number> | undefined): string | undefined {
  if (params !== undefined && 'context' in params) return undefined;
  // A count picks a plural form where the key has them ("1 heure"); a key without any is said as stored ("1 AM").
  if (params !== undefined && 'count' in params && (storedText(chain, `${key}_one`) !== undefined || storedText(chain, `${key}_other`) !== undefined)) return undefined;
  const stored = storedText(chain, key);
  if (stored === undefined) return undefined;
  // Most texts have nothing to fill in: they are said as stored.
  if (!stored.includes('{{') && !stored.includes('$t(')) return stored;
  if (BEYOND_PLACEHOLDERS.test(stored)) return undefined;
  let complete = true;
  const text = stored.replace(PLACEHOLDER, (whole, name: string) => {
    const value = params?.[name];
    if (value === undefined) complete = false;
    return value === undefined ? whole : String(value);
  });
  return complete ? text : undefined;
}

const translators = new Map<string, Translate>();
const MISSING = '\u0000missing';
/** Texts remembered per locale (a routine speaks a few hundred distinct ones). */
const MAX_REMEMBERED = 5000;

/** Requests come from a handful of locales: each is worked out once (Intl's canonicalisation is not free). */
const speaking = new Map<string | undefined, string>();

/** The locale to speak: the request's when it is supported, else one of its language, else the default. */
export function speakingLocale(locale: string | undefined): string {
  const known = speaking.get(locale);
  if (known !== undefined) return known;
  // A locale the skill speaks is canonical already (as Alexa sends them): Intl is asked about others only.
  let canonical: string | undefined = (SUPPORTED_LOCALES as readonly (string | undefined)[]).includes(locale) ? locale : undefined;
  try {
    canonical ??= locale ? Intl.getCanonicalLocales(locale)[0] : undefined;
  } catch {
    canonical = undefined;
  }
  let chosen: string = DEFAULT_LOCALE;
  if (canonical && (SUPPORTED_LOCALES as readonly string[]).includes(canonical)) chosen = canonical;
  else if (canonical) {
    const language = canonical.split('-')[0];
    chosen = SUPPORTED_LOCALES.find((l) => l.startsWith(`${language}-`)) ?? DEFAULT_LOCALE;
  }
  // Odd locales from malformed requests must not grow the map without bound.
  if (speaking.size < 100) speaking.set(locale, chosen);
  return chosen;
}

/** The translator for a request's locale; an unknown locale speaks the default one. */
export function translatorFor(locale: string | undefined): Translate {
  const lng = speakingLocale(locale);
  const cached = translators.get(lng);
  if (cached) return cached;
  const chain = chainOf(lng);
  // ICU list formatters are slow to build (milliseconds): built on first use, not on the first request.
  let anyOf: Intl.ListFormat | undefined;
  let allOf: Intl.ListFormat | undefined;
  // A text is worked out once per locale and set of values, then remembered: the same step, count
  // and hold are spoken over and over. The memory is bounded (values can come from the user).
  const spoken = new Map<string, string>();
  const t = Object.assign(
    (key: string, params?: Record<string, string | number>): string => {
      let id = key;
      if (params !== undefined) for (const name in params) id += `\u0000${name}\u0001${params[name]}`;
      const known = spoken.get(id);
      if (known !== undefined) return known;
      const text = simpleText(chain, key, params) ?? i18nextFor(lng)(key, { ...params, defaultValue: MISSING });
      if (text === MISSING) throw new Error(`No text for "${key}" in ${lng}`);
      if (spoken.size >= MAX_REMEMBERED) spoken.clear();
      spoken.set(id, text);
      return text;
    },
    {
      or: (items: readonly string[]) => (anyOf ??= new Intl.ListFormat(lng, { style: 'long', type: 'disjunction' })).format(items),
      and: (items: readonly string[]) => (allOf ??= new Intl.ListFormat(lng, { style: 'long', type: 'conjunction' })).format(items),
    },
  );
  translators.set(lng, t);
  return t;
}
