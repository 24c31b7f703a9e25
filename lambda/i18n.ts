import i18next from 'i18next';
import enAuCommon from '../locales/en-AU/common.json';
import enCaCommon from '../locales/en-CA/common.json';
import enGbCommon from '../locales/en-GB/common.json';
import enInCommon from '../locales/en-IN/common.json';
import enUsCommon from '../locales/en-US/common.json';
import enAdvice from '../locales/en/advice.json';
import enCommon from '../locales/en/common.json';
import enOils from '../locales/en/oils.json';
import enRoutines from '../locales/en/routines.json';
import enTherapy from '../locales/en/therapy.json';
import type { Translate } from './speech/ssml';

/**
 * Every text the skill speaks, by language and namespace (bundled into the Lambda build).
 * The English locales share `en` and differ only where it matters (the emergency number, spelling).
 * German, Spanish and French are evaluated on first use (`require` inside a function stays lazy in the
 * bundle), so that a cold start pays only for English.
 */
type Namespaces = { common: typeof enCommon; routines: typeof enRoutines; advice: typeof enAdvice; oils: typeof enOils; therapy: typeof enTherapy };
const translations: Record<'de' | 'es' | 'fr', () => Namespaces> = {
  de: () => ({
    common: require('../locales/de/common.json'),
    routines: require('../locales/de/routines.json'),
    advice: require('../locales/de/advice.json'),
    oils: require('../locales/de/oils.json'),
    therapy: require('../locales/de/therapy.json'),
  }),
  es: () => ({
    common: require('../locales/es/common.json'),
    routines: require('../locales/es/routines.json'),
    advice: require('../locales/es/advice.json'),
    oils: require('../locales/es/oils.json'),
    therapy: require('../locales/es/therapy.json'),
  }),
  fr: () => ({
    common: require('../locales/fr/common.json'),
    routines: require('../locales/fr/routines.json'),
    advice: require('../locales/fr/advice.json'),
    oils: require('../locales/fr/oils.json'),
    therapy: require('../locales/fr/therapy.json'),
  }),
};

const english = {
  en: { common: enCommon, routines: enRoutines, advice: enAdvice, oils: enOils, therapy: enTherapy },
  'en-US': { common: enUsCommon },
  'en-GB': { common: enGbCommon },
  'en-CA': { common: enCaCommon },
  'en-AU': { common: enAuCommon },
  'en-IN': { common: enInCommon },
};

/** All texts, every language (for checks; the skill itself loads a language when it first speaks it). */
export const resources = {
  ...english,
  get de() {
    return translations.de();
  },
  get es() {
    return translations.es();
  },
  get fr() {
    return translations.fr();
  },
};

/** The full translations: every key lives in each of these. */
export const LANGUAGES = ['en', 'de', 'es', 'fr'] as const;
export const NAMESPACES = ['common', 'routines', 'advice', 'oils', 'therapy'] as const;
export const SUPPORTED_LOCALES = ['en-US', 'en-GB', 'en-CA', 'en-AU', 'en-IN', 'de-DE', 'es-ES', 'fr-FR'] as const;
export const DEFAULT_LOCALE = 'en-US';

/** One i18next instance, initialised once when the module loads (synchronously: resources are inline). */
const i18n = i18next.createInstance();
void i18n.init({
  resources: english,
  fallbackLng: 'en',
  ns: [...NAMESPACES],
  defaultNS: 'common',
  initAsync: false,
  // The SSML module escapes everything it renders; escaping here would escape twice.
  interpolation: { escapeValue: false },
  returnNull: false,
});

const translators = new Map<string, Translate>();
const MISSING = '\u0000missing';

/** The locale to speak: the request's when it is supported, else one of its language, else the default. */
export function speakingLocale(locale: string | undefined): string {
  let canonical: string | undefined;
  try {
    canonical = locale ? Intl.getCanonicalLocales(locale)[0] : undefined;
  } catch {
    canonical = undefined;
  }
  if (!canonical) return DEFAULT_LOCALE;
  if ((SUPPORTED_LOCALES as readonly string[]).includes(canonical)) return canonical;
  const language = canonical.split('-')[0];
  return SUPPORTED_LOCALES.find((l) => l.startsWith(`${language}-`)) ?? DEFAULT_LOCALE;
}

/** The translator for a request's locale; an unknown locale speaks the default one. */
export function translatorFor(locale: string | undefined): Translate {
  const lng = speakingLocale(locale);
  const cached = translators.get(lng);
  if (cached) return cached;
  const language = lng.split('-')[0];
  if ((language === 'de' || language === 'es' || language === 'fr') && !i18n.hasResourceBundle(language, 'common')) {
    for (const [ns, texts] of Object.entries(translations[language]())) i18n.addResourceBundle(language, ns, texts);
  }
  const fixed = i18n.getFixedT(lng);
  // ICU list formatters are slow to build (milliseconds): built on first use, not on the first request.
  let anyOf: Intl.ListFormat | undefined;
  let allOf: Intl.ListFormat | undefined;
  // Texts without values are looked up once per locale; one i18next look-up a text otherwise.
  const plain = new Map<string, string>();
  const t = Object.assign(
    (key: string, params?: Record<string, string | number>): string => {
      const cached = params === undefined ? plain.get(key) : undefined;
      if (cached !== undefined) return cached;
      const text = fixed(key, { ...params, defaultValue: MISSING });
      if (text === MISSING) throw new Error(`No text for "${key}" in ${lng}`);
      if (params === undefined) plain.set(key, text);
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
