import type { Translate } from '../speech/ssml';

/** Each translator's clock-aware one, made once (a translator lasts as long as its locale is spoken), not per request. */
const clocked = new WeakMap<Translate, Translate>();

/**
 * A translator that puts a time on the clock into words for the texts that say one ("every Sunday at
 * {{time}}"): the flow gives the hour and minute (params clockHour, clockMinute), the locale's clock texts
 * (common:clock) give the words: 12 or 24 hours, "7 PM", "7:30 PM", noon; British English "half past 7 pm".
 * Other texts pass through unchanged.
 */
export function withClock(t: Translate): Translate {
  let wrapped = clocked.get(t);
  if (wrapped === undefined) {
    wrapped = Object.assign(
      (key: string, params?: Record<string, string | number>): string => {
        if (params === undefined || typeof params.clockHour !== 'number' || typeof params.clockMinute !== 'number') return t(key, params);
        const { clockHour, clockMinute, ...rest } = params;
        return t(key, { ...rest, time: clockWords(t, clockHour, clockMinute) });
      },
      { or: t.or, and: t.and },
    );
    clocked.set(t, wrapped);
  }
  return wrapped;
}

/** A time of day in words, by the locale's clock texts. */
export function clockWords(t: Translate, hour: number, minute: number): string {
  const h = ((Math.floor(hour) % 24) + 24) % 24;
  const m = ((Math.floor(minute) % 60) + 60) % 60;
  if (m === 0 && h === 12) return t('common:clock.noon');
  if (m === 0 && h === 0) return t('common:clock.midnight');
  const twelve = !t('common:clock.cycle').startsWith('24');
  const period = h < 12 ? 'am' : 'pm';
  const shown = twelve ? h % 12 || 12 : h;
  const form = m === 0 ? 'oclock' : m === 30 ? 'half' : m === 15 ? 'quarter' : 'minutes';
  // `count`: "1 heure", not "1 heures"; "la 1:30", not "las 1:30" (French and Spanish have `_one` forms; the others use the plain key).
  return t(`common:clock.${period}.${form}`, { hour: shown, count: shown, minute: String(m).padStart(2, '0') });
}
