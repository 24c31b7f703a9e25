import i18next from 'i18next';
import enCommon from '../locales/en/common.json';
import enAdvice from '../locales/en/advice.json';
import enOils from '../locales/en/oils.json';
import enRoutines from '../locales/en/routines.json';
import enTherapy from '../locales/en/therapy.json';
import type { Translate } from './speech/ssml';

/** Every text the skill speaks, by language and namespace (bundled into the Lambda build). */
export const resources = {
  en: { common: enCommon, routines: enRoutines, advice: enAdvice, oils: enOils, therapy: enTherapy },
} as const;

export const NAMESPACES = ['common', 'routines', 'advice', 'oils', 'therapy'] as const;
export const SUPPORTED_LOCALES = ['en-US'] as const;
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

/** The locale to speak: the request's when its language has text, else the default. */
export function speakingLocale(locale: string | undefined): string {
  const language = locale?.split('-')[0] ?? '';
  if (!Object.hasOwn(resources, language)) return DEFAULT_LOCALE;
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

/** The translator for a request's locale; an unknown locale speaks the default one. */
export function translatorFor(locale: string | undefined): Translate {
  const lng = speakingLocale(locale);
  const cached = translators.get(lng);
  if (cached) return cached;
  const fixed = i18n.getFixedT(lng);
  const anyOf = new Intl.ListFormat(lng, { style: 'long', type: 'disjunction' });
  const allOf = new Intl.ListFormat(lng, { style: 'long', type: 'conjunction' });
  const t = Object.assign(
    (key: string, params?: Record<string, string | number>): string => {
      if (!i18n.exists(key, { lng })) throw new Error(`No text for "${key}" in ${lng}`);
      return fixed(key, params ?? {});
    },
    { or: (items: readonly string[]) => anyOf.format(items), and: (items: readonly string[]) => allOf.format(items) },
  );
  translators.set(lng, t);
  return t;
}
