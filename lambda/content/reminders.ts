/**
 * Reminders and history as data (texts live in locales under common:reminders, common:history and
 * therapy:plan). What a reminder is about, the days it can repeat on, what a vague time means, and
 * how much history is kept.
 */

/** What a reminder is about: a massage, or the next round of cold therapy. */
export const REMINDER_SUBJECTS = ['massage', 'cold'] as const;
export type ReminderSubject = (typeof REMINDER_SUBJECTS)[number];

/** The days a reminder repeats on (the Reminders API's BYDAY codes), weekdays, weekends, and every day. */
export const REMINDER_DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU', 'weekdays', 'weekends', 'daily'] as const;
export type ReminderDay = (typeof REMINDER_DAYS)[number];
/** The BYDAY codes in JavaScript's weekday order (0 = Sunday). */
export const WEEKDAY_CODES = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;
export type WeekdayCode = (typeof WEEKDAY_CODES)[number];
/** The days of a reminder that repeats on several ("every weekday at 7"): one weekly rule for each. */
export const DAY_GROUPS: Readonly<Record<'weekdays' | 'weekends', readonly WeekdayCode[]>> = {
  weekdays: ['MO', 'TU', 'WE', 'TH', 'FR'],
  weekends: ['SA', 'SU'],
};

/** What AMAZON.TIME's parts of the day mean on the clock: morning, afternoon, evening, night. */
export const TIME_OF_DAY: Readonly<Record<string, { readonly hour: number; readonly minute: number }>> = {
  MO: { hour: 9, minute: 0 },
  AF: { hour: 14, minute: 0 },
  EV: { hour: 19, minute: 0 },
  NI: { hour: 21, minute: 0 },
};

/** A reminder "in ..." may be at most a week away; a reminder is said to be set at most this many times. */
export const REMINDER_MAX_DELAY_MINUTES = 7 * 24 * 60;
/** Reminders read out in one answer; the rest are counted. */
export const REMINDERS_LISTED = 5;

/**
 * A cold-therapy day: blocks of rounds (as many as fit in one go of timers), each block after the
 * last one's rest, none starting after this local hour (cold late in the evening is not planned).
 */
export const COLD_PLAN_LAST_START_HOUR = 20;
/** Nor before this local hour: a plan asked for in the night puts its later blocks in the morning, not in sleeping hours. */
export const COLD_PLAN_FIRST_START_HOUR = 8;
/** Later blocks start on a quarter hour (never earlier than the rest allows): easier to say and hear. */
export const COLD_PLAN_ROUND_TO_MINUTES = 15;

/** History: finished and stopped routines and therapy, kept this long and at most this many. */
export const HISTORY_DAYS = 90;
export const HISTORY_MAX_ENTRIES = 100;
/** What "this week" covers: the last seven local days, today included. */
export const HISTORY_WEEK_DAYS = 7;
/** A therapy cancelled within this long of being set is marked stopped in the history. */
export const THERAPY_STOP_WINDOW_MINUTES = 120;
/** Areas the welcome suggests in turn, from the history (the back, where the sources focus). */
export const SUGGESTED_AREAS = ['lowerBack', 'upperBack', 'neck', 'shoulders'] as const;
