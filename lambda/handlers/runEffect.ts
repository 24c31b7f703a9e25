import type { HandlerInput } from 'ask-sdk-core';
import { REMINDER_SUBJECTS, type ReminderSubject } from '../content/reminders';
import type { ReminderEffect, ReminderResult, ReminderToSet } from '../flow/reminders';
import type { Effect, EffectResult } from '../flow/therapy';
import type { Event } from '../flow/transition';
import { localIso } from '../flow/localTime';
import { translatorFor } from '../i18n';
import { alexaApis } from '../services/alexaApis';
import { createReminders, deleteReminders, listReminders, type ReminderClient, type ReminderRequestSpec } from '../services/reminders';
import { cancelTimers, createTimers, listTimers, type TimerClient } from '../services/timers';
import { renderText, type Translate } from '../speech/ssml';

/** What a request needs to speak to the Alexa APIs for the flow. */
export interface EffectContext {
  readonly t: Translate;
  readonly locale: string;
  readonly now: Date;
  /** The user's time zone, for the local time of the request. */
  readonly timeZone: string;
}

const isReminderEffect = (effect: Effect | ReminderEffect): effect is ReminderEffect =>
  effect.kind === 'createReminders' || effect.kind === 'listReminders' || effect.kind === 'deleteReminders';

/**
 * Runs the flow's request against the Timers or Reminders API, and hands back what happened as the
 * event to step the flow with. Never throws: the flow has charged cold rounds for timers already, and
 * gives them back on any failure.
 */
export async function runEffect(effect: Effect | ReminderEffect, input: HandlerInput, ctx: EffectContext): Promise<Event> {
  if (isReminderEffect(effect)) {
    let result: ReminderResult;
    try {
      result = await runReminders(effect, input, ctx);
    } catch {
      result = { ok: false, failure: 'network' };
    }
    return { type: 'reminders', of: effect.kind, result, ...(effect.kind === 'deleteReminders' && effect.forget && { forget: true }) };
  }
  let result: EffectResult;
  try {
    result = await runTimers(effect, input, ctx);
  } catch {
    result = { ok: false, failure: 'network' };
  }
  return { type: 'timers', of: effect.kind, result };
}

function timerClient(input: HandlerInput): TimerClient | undefined {
  try {
    return alexaApis(input)?.getTimerManagementServiceClient();
  } catch {
    return undefined;
  }
}

function reminderClient(input: HandlerInput): ReminderClient | undefined {
  try {
    return alexaApis(input)?.getReminderManagementServiceClient();
  } catch {
    return undefined;
  }
}

async function runTimers(effect: Effect, input: HandlerInput, ctx: EffectContext): Promise<EffectResult> {
  const client = timerClient(input);
  if (!client) return { ok: false, failure: 'network' };
  switch (effect.kind) {
    case 'createTimers': {
      const specs = effect.timers.map((timer) => ({ minutes: timer.minutes, label: renderText(timer.label, ctx.t), announce: renderText(timer.announce, ctx.t), locale: ctx.locale }));
      const result = await createTimers(client, specs);
      if (!result.ok) return result;
      // A cold-therapy day: its later blocks' reminders, once the timers are set (timers kept whatever they answer).
      const reminders = effect.reminders && effect.reminders.length > 0 ? await setReminders(effect.reminders, input, ctx) : undefined;
      return { ok: true, created: result.value, ...(reminders && { reminders }) };
    }
    case 'listTimers': {
      const result = await listTimers(client, ctx.now);
      return result.ok ? { ok: true, running: result.value } : result;
    }
    case 'cancelTimers': {
      const result = await cancelTimers(client);
      return result.ok ? { ok: true } : result;
    }
  }
}

async function setReminders(reminders: readonly ReminderToSet[], input: HandlerInput, ctx: EffectContext): Promise<ReminderResult> {
  try {
    return await runReminders({ kind: 'createReminders', reminders }, input, ctx);
  } catch {
    return { ok: false, failure: 'network' };
  }
}

/**
 * What a reminder of this skill's is about, from its text: the skill writes the same text for a subject
 * every time, in the reminder's locale (or the request's, when the reminder's is not one it speaks).
 * Reminders set before a text changed still ring with the earlier one (`spokenBefore`).
 */
function subjectReader(t: Translate): (text: string, locale: string | undefined) => ReminderSubject | undefined {
  return (text, locale) => {
    for (const translate of [locale ? translatorFor(locale) : t, t]) {
      const found = REMINDER_SUBJECTS.find((subject) => translate(`common:reminders.spoken.${subject}`) === text || translate(`common:reminders.spokenBefore.${subject}`) === text);
      if (found) return found;
    }
    return undefined;
  };
}

async function runReminders(effect: ReminderEffect, input: HandlerInput, ctx: EffectContext): Promise<ReminderResult> {
  const client = reminderClient(input);
  if (!client) return { ok: false, failure: 'network' };
  switch (effect.kind) {
    case 'createReminders': {
      const requestTime = localIso(ctx.now, ctx.timeZone);
      const specs: ReminderRequestSpec[] = effect.reminders.map((r) => ({ trigger: r.trigger, text: renderText(r.text, ctx.t), locale: ctx.locale, requestTime }));
      const result = await createReminders(client, specs);
      return result.ok ? { ok: true, created: result.value } : result;
    }
    case 'listReminders': {
      const result = await listReminders(client, ctx.now, subjectReader(ctx.t));
      return result.ok ? { ok: true, seen: result.value.map(({ token: _token, ...seen }) => seen) } : result;
    }
    case 'deleteReminders': {
      const result = await deleteReminders(client, ctx.now, subjectReader(ctx.t), effect.subject);
      return result.ok ? { ok: true, deleted: result.value } : result;
    }
  }
}
