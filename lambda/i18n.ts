import i18next from 'i18next';
import deAdvice from '../locales/de/advice.json';
import deCommon from '../locales/de/common.json';
import deOils from '../locales/de/oils.json';
import deRoutines from '../locales/de/routines.json';
import deTherapy from '../locales/de/therapy.json';
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
import esAdvice from '../locales/es/advice.json';
import esCommon from '../locales/es/common.json';
import esOils from '../locales/es/oils.json';
import esRoutines from '../locales/es/routines.json';
import esTherapy from '../locales/es/therapy.json';
import frAdvice from '../locales/fr/advice.json';
import frCommon from '../locales/fr/common.json';
import frOils from '../locales/fr/oils.json';
import frRoutines from '../locales/fr/routines.json';
import frTherapy from '../locales/fr/therapy.json';
import type { Translate } from './speech/ssml';

/**
 * Every text the skill speaks, by language and namespace (bundled into the Lambda build).
 * The English locales share `en` and differ only where it matters (the emergency number, spelling).
 */
export const resources = {
  en: { common: enCommon, routines: enRoutines, advice: enAdvice, oils: enOils, therapy: enTherapy },
  'en-US': { common: enUsCommon },
  'en-GB': { common: enGbCommon },
  'en-CA': { common: enCaCommon },
  'en-AU': { common: enAuCommon },
  'en-IN': { common: enInCommon },
  de: { common: deCommon, routines: deRoutines, advice: deAdvice, oils: deOils, therapy: deTherapy },
  es: { common: esCommon, routines: esRoutines, advice: esAdvice, oils: esOils, therapy: esTherapy },
  fr: { common: frCommon, routines: frRoutines, advice: frAdvice, oils: frOils, therapy: frTherapy },
} as const;

/** The full translations: every key lives in each of these. */
export const LANGUAGES = ['en', 'de', 'es', 'fr'] as const;
export const NAMESPACES = ['common', 'routines', 'advice', 'oils', 'therapy'] as const;
export const SUPPORTED_LOCALES = ['en-US', 'en-GB', 'en-CA', 'en-AU', 'en-IN', 'de-DE', 'es-ES', 'fr-FR'] as const;
export const DEFAULT_LOCALE = 'en-US';

/** One i18next instance, initialised once when the module loads (synchronously: resources are inline). */
const i18n = i18next.createInstance();
void i18n.init({
  resources,
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
