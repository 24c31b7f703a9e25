/**
 * Wall-clock time in a time zone, both ways, with the platform's ICU data (Intl): what a reminder's
 * local time is in UTC, and what an instant is on the user's clock. Pure: the same zone and instant
 * always give the same answer. The zone must be one Intl knows (the request context checks it).
 */

/** A time on a wall clock: the local day, its weekday, hour and minute. */
export interface LocalTime {
  /** YYYY-MM-DD */
  readonly day: string;
  /** 0 = Sunday ... 6 = Saturday */
  readonly weekday: number;
  readonly hour: number;
  readonly minute: number;
}

/**
 * One formatter per zone (ICU formatters cost milliseconds to build); bounded, the oldest goes first.
 * A few zones serve nearly every user.
 */
const MAX_FORMATS = 32;
const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (format) return format;
  try {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      weekday: 'short',
    });
  } catch {
    return formatFor('UTC');
  }
  if (formats.size >= MAX_FORMATS) formats.delete(formats.keys().next().value as string);
  formats.set(timeZone, format);
  return format;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

interface Parts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly weekday: number;
}

function partsOf(instant: number, timeZone: string): Parts {
  const values: Record<string, string> = {};
  for (const part of formatFor(timeZone).formatToParts(new Date(instant))) values[part.type] = part.value;
  return {
    year: Number(values.year),
    month: Number(values.month),
    day: Number(values.day),
    hour: Number(values.hour) % 24,
    minute: Number(values.minute),
    second: Number(values.second),
    weekday: Math.max(0, WEEKDAYS.indexOf(values.weekday ?? 'Sun')),
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The instant on the user's clock. */
export function localTime(instant: Date, timeZone: string): LocalTime {
  const p = partsOf(instant.getTime(), timeZone);
  return { day: `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`, weekday: p.weekday, hour: p.hour, minute: p.minute };
}

/** A local date-time as the Reminders API takes it: "2026-03-02T19:00:00.000" (no offset). */
export function localIso(instant: Date, timeZone: string): string {
  const p = partsOf(instant.getTime(), timeZone);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}.000`;
}

/** The zone's offset from UTC at an instant, in milliseconds (east positive). */
function offsetAt(instant: number, timeZone: string): number {
  const p = partsOf(instant, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - (instant - (instant % 1000));
}

/**
 * The instant a local date-time ("2026-03-02T19:00:00.000", or without seconds) happens in a zone;
 * undefined when it is not a date-time. A time skipped by a clock change is taken as after the change.
 */
export function fromLocal(local: string, timeZone: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?$/.exec(local);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s = '0'] = m;
  const wall = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  if (Number.isNaN(wall)) return undefined;
  // Two passes settle the offset at the instant itself (it differs from the wall time's near a change).
  const first = wall - offsetAt(wall, timeZone);
  return wall - offsetAt(first, timeZone);
}

/** The day after a YYYY-MM-DD day. */
export function nextDay(day: string, days = 1): string {
  const [y = 1970, m = 1, d = 1] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Whole days from one YYYY-MM-DD day to another (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
