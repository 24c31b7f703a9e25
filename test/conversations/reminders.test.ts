import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withClock } from '../../lambda/handlers/clockTranslate';
import { translatorFor } from '../../lambda/i18n';
import { AlexaApiStandIn, type StoredReminder } from '../../lambda/local/AlexaApiStandIn';
import { REMINDERS_SCOPE } from '../../lambda/services/reminders';
import { TIMERS_SCOPE } from '../../lambda/services/timers';
import { Conversation, text, type ConversationOptions, type Heard } from '../support/conversation';

/**
 * Reminders against a local HTTP stand-in of the Alexa Reminders API at context.System.apiEndpoint:
 * the real ask-sdk-model client makes real calls. Monday 2 March 2026, 10:00 in New York.
 */
let api: AlexaApiStandIn;
let endpoint: string;
let now: number;
const rang: StoredReminder[] = [];

beforeEach(async () => {
  now = Date.parse('2026-03-02T15:00:00Z');
  rang.length = 0;
  api = new AlexaApiStandIn({ timeZone: 'America/New_York', clock: () => now, onReminder: (r) => rang.push(r) });
  endpoint = await api.start();
});
afterEach(() => api.stop());

type Scope = 'GRANTED' | 'DENIED' | undefined;
function user(options: Partial<ConversationOptions> = {}, reminders: Scope = 'GRANTED', timers: Scope = 'GRANTED') {
  const scopes = { ...(timers && { [TIMERS_SCOPE]: timers }), ...(reminders && { [REMINDERS_SCOPE]: reminders }) };
  return new Conversation({ clock: () => new Date(now), ...options, device: { apiEndpoint: endpoint, scopes, ...options.device } });
}

/** A text as the skill says it, times put in words by the locale's clock texts. */
const t = withClock(translatorFor('en-US'));
const day = (code: string) => t(`common:reminders.days.${code}`);
const about = (subject: string) => t(`common:reminders.subjects.${subject}`);
const time = (value: string) => ({ value, builtIn: true });

/** Alexa's answer to the voice request for the reminders permission (the session's next request). */
async function answer(c: Conversation, status: 'ACCEPTED' | 'DENIED' | 'NOT_ANSWERED'): Promise<Heard> {
  const response = await c.raw(c.envelopeFor({ type: 'Connections.Response', status, scope: REMINDERS_SCOPE }));
  const ssml = response.response.outputSpeech?.type === 'SSML' ? response.response.outputSpeech.ssml : '';
  return { text: ssml.replace(/<[^>]+>/g, '').replace(/&apos;/g, "'").trim(), ssml, ended: response.response.shouldEndSession !== false, envelope: response };
}

function askFor(heard: Heard) {
  return heard.envelope.response.directives?.find((d) => d.type === 'Connections.SendRequest') as { name: string; payload: { permissionScope: string } } | undefined;
}

describe('a weekly reminder: set, listed, cancelled', () => {
  it('U: remind me to massage my back every Sunday at 7 pm / A: says when and how often; the API holds a weekly rule in the user\'s zone', async () => {
    const c = user();
    const heard = await c.intent('SetReminderIntent', { subject: 'massage', day: 'SU', time: time('19:00') });
    expect(heard.text).toBe(t('common:reminders.set.weekly', { day: day('SU'), subject: about('massage'), clockHour: 19, clockMinute: 0 }));
    expect(heard.text).toBe("Okay. I'll remind you every Sunday at 7 PM to do your massage.");
    expect(heard.ended).toBe(true);
    const [reminder, ...others] = api.activeReminders();
    expect(others).toEqual([]);
    expect(reminder?.request).toMatchObject({
      requestTime: '2026-03-02T10:00:00.000',
      trigger: {
        type: 'SCHEDULED_ABSOLUTE',
        timeZoneId: 'America/New_York',
        recurrence: { startDateTime: '2026-03-02T10:00:00.000', recurrenceRules: ['FREQ=WEEKLY;BYDAY=SU;BYHOUR=19;BYMINUTE=0;BYSECOND=0;INTERVAL=1'] },
      },
      alertInfo: { spokenInfo: { content: [{ locale: 'en-US', text: text('common:reminders.spoken.massage') }] } },
      pushNotification: { status: 'ENABLED' },
    });
    // Sunday 8 March, 19:00 in New York: summer time has begun that morning (UTC-4).
    expect(reminder?.next).toBe(Date.parse('2026-03-08T23:00:00Z'));

    const listed = await c.say('what reminders do I have');
    expect(listed.text).toContain(t('common:reminders.list.count', { count: 1 }));
    expect(listed.text).toContain(t('common:reminders.list.weekly', { day: day('SU'), subject: t('common:reminders.listSubjects.massage'), clockHour: 19, clockMinute: 0 }));
    expect(listed.ended).toBe(false);
    await c.say('stop');

    // A cold-therapy reminder beside it is not cancelled with the massage one.
    await c.intent('SetReminderIntent', { subject: 'cold', time: time('16:30') });
    expect(api.activeReminders()).toHaveLength(2);
    const cancelled = await c.say('cancel my massage reminder');
    expect(cancelled.text).toBe(t('common:reminders.cancel.done', { count: 1 }));
    expect(api.activeReminders().map((r) => r.request.alertInfo?.spokenInfo?.content[0]?.text)).toEqual([text('common:reminders.spoken.cold')]);
    const none = await c.say('delete all my reminders');
    expect(none.text).toBe(t('common:reminders.cancel.done', { count: 1 }));
    expect((await c.say('what reminders do I have')).text).toContain(text('common:reminders.list.none'));
    expect((await c.say('cancel my massage reminder')).text).toBe(text('common:reminders.cancel.none'));
  });

  it('a massage reminder set before its text changed (it rings with the earlier words) is still listed and cancelled as one', async () => {
    const c = user();
    await c.intent('SetReminderIntent', { subject: 'massage', day: 'SU', time: time('19:00') });
    const [set] = api.activeReminders();
    const earlier = text('common:reminders.spokenBefore.massage');
    expect(earlier).not.toBe(text('common:reminders.spoken.massage'));
    const request = { ...set?.request, alertInfo: { spokenInfo: { content: [{ locale: 'en-US', text: earlier }] } } };
    const posted = await fetch(`${endpoint}/v1/alerts/reminders`, { method: 'POST', headers: { authorization: 'Bearer earlier', 'content-type': 'application/json' }, body: JSON.stringify(request) });
    expect(posted.status).toBe(200);
    const listed = await c.say('what reminders do I have');
    expect(listed.text).toContain(t('common:reminders.list.count', { count: 2 }));
    expect(listed.text.split(t('common:reminders.list.weekly', { day: day('SU'), subject: t('common:reminders.listSubjects.massage'), clockHour: 19, clockMinute: 0 }))).toHaveLength(3);
    expect((await c.say('cancel my massage reminder')).text).toBe(t('common:reminders.cancel.done', { count: 2 }));
    expect(api.activeReminders()).toEqual([]);
  });

  it('without a time: asks for one, and the answer sets it (the question survives a help)', async () => {
    const c = user();
    const asked = await c.say('remind me to massage my back every sunday');
    expect(asked.text).toBe(t('common:reminders.askTimeOn', { day: day('SU') }));
    expect(asked.ended).toBe(false);
    expect(api.activeReminders()).toHaveLength(0);
    expect((await c.say('help')).text).toContain(t('common:reminders.askTimeOn', { day: day('SU') }));
    const set = await c.intent('ReminderTimeIntent', { time: time('19:30') });
    expect(set.text).toBe(t('common:reminders.set.weekly', { day: day('SU'), subject: about('massage'), clockHour: 19, clockMinute: 30 }));
    expect(api.activeReminders()[0]?.request.trigger?.recurrence?.recurrenceRules).toEqual(['FREQ=WEEKLY;BYDAY=SU;BYHOUR=19;BYMINUTE=30;BYSECOND=0;INTERVAL=1']);
  });

  it('every day in the evening (AMAZON.TIME "EV"); today at a time, and tomorrow when that time has passed', async () => {
    const c = user();
    expect((await c.intent('SetReminderIntent', { day: 'daily', time: time('EV') })).text).toBe(t('common:reminders.set.daily', { subject: about('massage'), clockHour: 19, clockMinute: 0 }));
    expect(api.activeReminders()[0]?.request.trigger?.recurrence?.recurrenceRules).toEqual(['FREQ=DAILY;BYHOUR=19;BYMINUTE=0;BYSECOND=0;INTERVAL=1']);
    expect((await c.intent('SetReminderIntent', { time: time('13:15') })).text).toBe(t('common:reminders.set.today', { subject: about('massage'), clockHour: 13, clockMinute: 15 }));
    expect(api.activeReminders()[1]?.request.trigger).toEqual({ type: 'SCHEDULED_ABSOLUTE', scheduledTime: '2026-03-02T13:15:00.000', timeZoneId: 'America/New_York' });
    expect((await c.intent('SetReminderIntent', { time: time('08:00') })).text).toBe(t('common:reminders.set.tomorrow', { subject: about('massage'), clockHour: 8, clockMinute: 0 }));
    expect(api.activeReminders()[2]?.request.trigger?.scheduledTime).toBe('2026-03-03T08:00:00.000');
    const listed = await c.say('what reminders do I have');
    expect(listed.text).toContain(t('common:reminders.list.daily', { subject: t('common:reminders.listSubjects.massage'), clockHour: 19, clockMinute: 0 }));
    expect(listed.text).toContain(t('common:reminders.list.today', { subject: t('common:reminders.listSubjects.massage'), clockHour: 13, clockMinute: 15 }));
    expect(listed.text).toContain(t('common:reminders.list.tomorrow', { subject: t('common:reminders.listSubjects.massage'), clockHour: 8, clockMinute: 0 }));
  });

  it('U: remind me to massage every weekday at 7 am / A: Monday to Friday, one weekly rule a day; weekends the same; listed as said', async () => {
    const c = user();
    const heard = await c.say('remind me to massage every weekday at 7 am');
    expect(heard.text).toBe("Okay. I'll remind you every weekday at 7 AM to do your massage.");
    const rule = (code: string, hour: number) => `FREQ=WEEKLY;BYDAY=${code};BYHOUR=${hour};BYMINUTE=0;BYSECOND=0;INTERVAL=1`;
    expect(api.activeReminders()[0]?.request.trigger?.recurrence?.recurrenceRules).toEqual(['MO', 'TU', 'WE', 'TH', 'FR'].map((code) => rule(code, 7)));
    // Monday 2 March, 10:00 in New York: the first ring is Tuesday 7:00 (UTC-5).
    expect(api.activeReminders()[0]?.next).toBe(Date.parse('2026-03-03T12:00:00Z'));
    await c.say('stop');

    const weekend = await user().say('set a reminder to do my neck on weekends at 9 am');
    expect(weekend.text).toBe("Okay. I'll remind you every Saturday and Sunday at 9 AM to do your massage.");
    expect(api.activeReminders()[1]?.request.trigger?.recurrence?.recurrenceRules).toEqual([rule('SA', 9), rule('SU', 9)]);
    expect(api.activeReminders()[1]?.next).toBe(Date.parse('2026-03-07T14:00:00Z'));

    const listed = await user().say('what reminders do I have');
    expect(listed.text).toContain(t('common:reminders.list.weekly', { day: day('weekdays'), subject: t('common:reminders.listSubjects.massage'), clockHour: 7, clockMinute: 0 }));
    expect(listed.text).toContain('Every weekday at 7 AM');
    expect(listed.text).toContain('Every Saturday and Sunday at 9 AM');
    expect(listed.text).toContain(t('common:reminders.list.count', { count: 2 }));
  });

  it('every weekday, without a time: asks "at what time, every weekday?", and the answer sets it', async () => {
    const c = user();
    const asked = await c.say('remind me to do my back on weekdays');
    expect(asked.text).toBe(t('common:reminders.askTimeOn', { day: day('weekdays') }));
    expect(asked.text).toBe('At what time, every weekday?');
    const set = await c.intent('ReminderTimeIntent', { time: time('18:00') });
    expect(set.text).toBe(t('common:reminders.set.weekly', { day: day('weekdays'), subject: about('massage'), clockHour: 18, clockMinute: 0 }));
    expect(api.activeReminders()[0]?.request.trigger?.recurrence?.recurrenceRules).toHaveLength(5);
  });

  it("U: set a reminder for 8 o'clock every night / A: at 8 PM, not 8 AM (the day's words say evening)", async () => {
    const c = user();
    const heard = await c.say("set a reminder for 8 o'clock every night to do my neck");
    expect(heard.text).toBe(t('common:reminders.set.daily', { subject: about('massage'), clockHour: 20, clockMinute: 0 }));
    expect(api.activeReminders()[0]?.request.trigger?.recurrence?.recurrenceRules).toEqual(['FREQ=DAILY;BYHOUR=20;BYMINUTE=0;BYSECOND=0;INTERVAL=1']);
    // "every morning at 8" stays 8 AM
    expect((await c.intent('SetReminderIntent', { day: { value: 'morning', id: 'daily' }, time: time('08:00') })).text).toBe(t('common:reminders.set.daily', { subject: about('massage'), clockHour: 8, clockMinute: 0 }));
  });

  it('a bare time said out of the blue sets nothing: it is not understood as a reminder', async () => {
    const c = user();
    await c.launch();
    const heard = await c.intent('ReminderTimeIntent', { time: time('19:00') });
    expect(heard.text).toContain(text('common:fallback.general'));
    expect(api.activeReminders()).toHaveLength(0);
  });

  it.each([
    ['en-GB', 'Okay. I\'ll remind you every Sunday at half past 7 pm to do your massage.'],
    ['en-AU', 'Okay. I\'ll remind you every Sunday at half past 7 pm to do your massage.'],
    ['en-US', 'Okay. I\'ll remind you every Sunday at 7:30 PM to do your massage.'],
  ])('%s says the time its own way', async (locale, said) => {
    const c = user({ device: { locale } });
    expect((await c.intent('SetReminderIntent', { subject: 'massage', day: 'SU', time: time('19:30') })).text).toBe(said);
  });
});

describe('reminders in so long, and the next cold round', () => {
  it('U: remind me in two hours / A: a relative reminder, which rings', async () => {
    const fast = new AlexaApiStandIn({ timeZone: 'America/New_York', timeScale: 100_000, onReminder: (r) => rang.push(r) });
    const fastEndpoint = await fast.start();
    try {
      const c = user({ device: { apiEndpoint: fastEndpoint } });
      const heard = await c.say('remind me in two hours');
      expect(heard.text).toBe(t('common:reminders.set.inHours', { count: 2, subject: about('massage') }));
      expect(fast.activeReminders()[0]?.request.trigger).toEqual({ type: 'SCHEDULED_RELATIVE', offsetInSeconds: 7200 });
      // Two hours at time scale 100,000: 72 ms.
      await expect.poll(() => rang.length, { timeout: 2000 }).toBe(1);
      expect(rang[0]?.request.alertInfo?.spokenInfo?.content[0]?.text).toBe(text('common:reminders.spoken.massage'));
      expect(fast.activeReminders()).toHaveLength(0);
    } finally {
      await fast.stop();
    }
  });

  it('U: remind me about my next cold round later today / A: when the rest after the pack comes off is over', async () => {
    const c = user();
    await c.say('ice my back');
    const heard = await c.say('remind me about my next cold round later today');
    // The pack comes off after 20 minutes, then 20 minutes of rest.
    expect(heard.text).toBe(t('common:reminders.set.inMinutes', { count: 40, subject: about('cold') }));
    expect(api.activeReminders()[0]?.request.trigger).toEqual({ type: 'SCHEDULED_RELATIVE', offsetInSeconds: 2400 });
    expect(api.activeReminders()[0]?.request.alertInfo?.spokenInfo?.content[0]?.text).toBe(text('common:reminders.spoken.cold'));
  });

  it('no cold reminder for today once the daily cap is reached', async () => {
    const c = user({ coldDailyRounds: 3 });
    await c.say('three rounds of ice');
    const heard = await c.intent('SetReminderIntent', { subject: 'cold', delay: { value: 'PT2H', builtIn: true } });
    expect(heard.text).toContain(t('common:reminders.coldCapToday', { cap: 3 }));
    expect(api.activeReminders()).toHaveLength(0);
  });
});

describe('the reminders permission', () => {
  it('missing: asked for by voice (AskFor, the reminders scope); granted: the reminder is set as asked', async () => {
    api.reminderPermission = false;
    const c = user({}, undefined);
    const asked = await c.say('remind me to massage my back in two hours');
    expect(asked.text).toBe(text('common:reminders.permission.why'));
    expect(askFor(asked)).toMatchObject({ name: 'AskFor', payload: { '@type': 'AskForPermissionsConsentRequest', '@version': '1', permissionScope: REMINDERS_SCOPE } });
    expect(asked.envelope.response.shouldEndSession).toBeUndefined();
    expect(api.activeReminders()).toHaveLength(0);

    api.reminderPermission = true;
    const granted = await answer(c, 'ACCEPTED');
    expect(granted.text).toBe(t('common:reminders.set.inHours', { count: 2, subject: about('massage') }));
    expect(api.activeReminders()).toHaveLength(1);
  });

  it('denied in the request: asks without calling the Reminders API', async () => {
    const c = user({}, 'DENIED');
    const asked = await c.intent('SetReminderIntent', { subject: 'massage', day: 'SU', time: time('19:00') });
    expect(askFor(asked)?.payload.permissionScope).toBe(REMINDERS_SCOPE);
    expect(api.calls.filter((call) => call.path.startsWith('/v1/alerts/reminders'))).toHaveLength(0);
  });

  it.each([
    ['DENIED', 'common:reminders.permission.denied'],
    ['NOT_ANSWERED', 'common:reminders.permission.notAnswered'],
  ] as const)('%s: says so, sends the reminders consent card, sets nothing', async (status, key) => {
    api.reminderPermission = false;
    const c = user({}, undefined);
    await c.say('remind me in two hours');
    const heard = await answer(c, status);
    expect(heard.text).toContain(text(key));
    expect(heard.text).toContain(text('common:reminders.permission.card'));
    expect(heard.envelope.response.card).toEqual({ type: 'AskForPermissionsConsent', permissions: [REMINDERS_SCOPE] });
    expect(api.activeReminders()).toHaveLength(0);
  });

  it('the timers permission is still asked for as before (the answer names its scope)', async () => {
    api.permission = false;
    const c = user({}, 'GRANTED', undefined);
    const asked = await c.say('ice my back');
    expect(askFor(asked)?.payload.permissionScope).toBe(TIMERS_SCOPE);
    api.permission = true;
    expect((await c.permission('ACCEPTED')).text).toContain(text('therapy:cold.started'));
  });
});

describe('failures of the Reminders API: a clear answer, nothing half set', () => {
  it.each([
    [429, 'TOO_MANY_REQUESTS', 'busy'],
    [500, 'INTERNAL_SERVER_ERROR', 'unavailable'],
    [503, 'SERVICE_UNAVAILABLE', 'unavailable'],
    [504, 'GATEWAY_TIMEOUT', 'offline'],
    [400, 'INVALID_ALERT_INFO', 'invalid'],
    [403, 'DEVICE_NOT_SUPPORTED', 'forbidden'],
    ['drop', undefined, 'network'],
  ] as const)('%s', async (status, code, failure) => {
    const c = user();
    api.failNextReminders = { status, ...(code ? { code } : {}), times: 1 };
    const heard = await c.say('remind me in two hours');
    expect(heard.text).toContain(text(`common:reminders.failure.${failure}`));
    expect(api.activeReminders()).toHaveLength(0);
    api.failNextReminders = { status, ...(code ? { code } : {}), times: 1 };
    expect((await c.say('what reminders do I have')).text).toContain(text(`common:reminders.failure.${failure}`));
  });

  it('the limit of reminders', async () => {
    api.maxReminders = 1;
    const c = user();
    await c.say('remind me in two hours');
    const heard = await c.say('remind me in three hours');
    expect(heard.text).toContain(text('common:reminders.failure.tooMany'));
    expect(api.activeReminders()).toHaveLength(1);
  });

  it('401 although the request says granted (withdrawn since): asks for the permission again', async () => {
    api.reminderPermission = false;
    const c = user();
    const heard = await c.say('remind me in two hours');
    expect(heard.text).toBe(text('common:reminders.permission.why'));
    expect(askFor(heard)?.payload.permissionScope).toBe(REMINDERS_SCOPE);
  });
});

describe('a cold-therapy day', () => {
  const NY = (local: string) => Date.parse(`${local}-05:00`);

  it('U: plan my cold therapy for today / A: blocks within the cap; timers now, reminders later; every later block set when its reminder rings, never over the cap', async () => {
    const c = user();
    const plan = await c.say('plan my cold therapy for today');
    expect(plan.text).toBe(
      [
        t('therapy:plan.intro', { total: 8, count: 3 }),
        t('therapy:plan.first', { count: 3 }),
        t('therapy:plan.later', { count: 3, clockHour: 12, clockMinute: 0 }),
        t('therapy:plan.later', { count: 2, clockHour: 14, clockMinute: 0 }),
        t('therapy:plan.question'),
      ].join(' '),
    );
    expect(plan.text).toContain('Then 3 rounds at noon.');
    expect(api.active()).toHaveLength(0);

    const yes = await c.say('yes');
    expect(yes.text).toContain(text('therapy:plan.started'));
    expect(yes.text).toContain(t('therapy:plan.reminderAt', { count: 3, clockHour: 12, clockMinute: 0 }));
    expect(yes.text).toContain(t('therapy:plan.reminderAt', { count: 2, clockHour: 14, clockMinute: 0 }));
    expect(api.active().map((timer) => timer.request.duration)).toEqual(['PT20M', 'PT40M', 'PT60M', 'PT80M', 'PT100M']);
    expect(api.activeReminders().map((r) => r.request.trigger)).toEqual([
      { type: 'SCHEDULED_ABSOLUTE', scheduledTime: '2026-03-02T12:00:00.000', timeZoneId: 'America/New_York' },
      { type: 'SCHEDULED_ABSOLUTE', scheduledTime: '2026-03-02T14:00:00.000', timeZoneId: 'America/New_York' },
    ]);
    expect(api.activeReminders().map((r) => r.next)).toEqual([NY('2026-03-02T12:00:00'), NY('2026-03-02T14:00:00')]);
    const saved = await c.saved();
    expect(saved?.cold).toEqual({ day: '2026-03-02', rounds: 3 });
    expect(saved?.coldLeft).toEqual({ day: '2026-03-02', rounds: 5, after: new Date(NY('2026-03-02T12:00:00')).toISOString() });

    // Noon: the reminder rings, the user opens the skill: the next block.
    api.timers.clear();
    now = NY('2026-03-02T12:00:00');
    const back = await c.launch();
    expect(back.text).toContain(text('therapy:cold.leftoverOffer', { count: 5 }));
    await c.say('yes');
    expect(api.active()).toHaveLength(5);
    expect((await c.saved())?.cold?.rounds).toBe(6);

    // Two o'clock: the last block, two rounds.
    api.timers.clear();
    now = NY('2026-03-02T14:00:00');
    expect((await c.launch()).text).toContain(text('therapy:cold.leftoverOffer', { count: 2 }));
    await c.say('yes');
    expect(api.active().map((timer) => timer.request.timerLabel)).toEqual(['Cold pack off, round 1 of 2', 'Cold pack on, round 2 of 2', 'Cold pack off, round 2 of 2']);
    expect((await c.saved())?.cold?.rounds).toBe(8);

    // The cap holds: no more cold today, planned or not.
    api.timers.clear();
    expect((await c.say('plan my cold therapy for today')).text).toContain(text('therapy:cold.capReached', { cap: 8 }));
    expect((await c.say('ice my back')).text).toContain(text('therapy:cold.capReached', { cap: 8 }));
    expect(api.active()).toHaveLength(0);
    expect((await c.saved())?.cold?.rounds).toBe(8);
  });

  it('counts what was done today, and plans nothing that starts late in the evening', async () => {
    now = NY('2026-03-02T17:00:00');
    const c = user();
    await c.say('ice my back');
    api.timers.clear();
    const plan = await c.say('plan my cold therapy for today');
    // 7 rounds left: 3 now, 3 at 7:00 PM; a block at 9 PM is not planned.
    expect(plan.text).toContain(t('therapy:plan.intro', { total: 6, count: 2 }));
    expect(plan.text).toContain(t('therapy:plan.later', { count: 3, clockHour: 19, clockMinute: 0 }));
    expect(plan.text).toContain(text('therapy:plan.lateDay'));
  });

  it('asked in the night: the first block now, the later ones from the morning, not in sleeping hours', async () => {
    now = NY('2026-03-02T02:30:00');
    const c = user();
    const plan = await c.say('plan my cold therapy for today');
    expect(plan.text).toContain(t('therapy:plan.intro', { total: 8, count: 3 }));
    expect(plan.text).toContain(t('therapy:plan.later', { count: 3, clockHour: 8, clockMinute: 0 }));
    expect(plan.text).toContain(t('therapy:plan.later', { count: 2, clockHour: 10, clockMinute: 0 }));
    expect(plan.text).not.toMatch(/4:30|6:30/);
  });

  it('without the reminders permission: the first block is set, the later ones wait for the user, and a card says how to allow reminders', async () => {
    const c = user({}, 'DENIED');
    await c.say('plan my cold therapy for today');
    const yes = await c.say('yes');
    expect(api.active()).toHaveLength(5);
    expect(api.activeReminders()).toHaveLength(0);
    expect(yes.text).toContain(text('therapy:plan.noReminders'));
    expect(yes.text).toContain(text('therapy:plan.comeBack'));
    expect(yes.envelope.response.card).toEqual({ type: 'AskForPermissionsConsent', permissions: [REMINDERS_SCOPE] });
    expect((await c.saved())?.coldLeft?.rounds).toBe(5);
  });

  it('without the timers permission: asked for first; once given, the first block and the reminders are set', async () => {
    api.permission = false;
    const c = user({}, 'GRANTED', undefined);
    await c.say('plan my cold therapy for today');
    const asked = await c.say('yes');
    expect(asked.text).toBe(text('therapy:permission.why.cold'));
    expect(askFor(asked)?.payload.permissionScope).toBe(TIMERS_SCOPE);
    expect((await c.saved())?.cold?.rounds ?? 0).toBe(0);
    api.permission = true;
    const granted = await c.permission('ACCEPTED');
    expect(granted.text).toContain(text('therapy:plan.started'));
    expect(api.active()).toHaveLength(5);
    expect(api.activeReminders()).toHaveLength(2);
    expect((await c.saved())?.cold?.rounds).toBe(3);
  });

  it('no to the plan: nothing set, nothing counted', async () => {
    const c = user();
    await c.say('plan my cold therapy for today');
    await c.say('no');
    expect(api.active()).toHaveLength(0);
    expect((await c.saved())?.cold).toBeUndefined();
  });

  it('when the timers fail, nothing is counted and no reminder is set', async () => {
    const c = user();
    await c.say('plan my cold therapy for today');
    api.failNext = { status: 500, times: 1 };
    const yes = await c.say('yes');
    expect(yes.text).toContain(text('therapy:failure.unavailable'));
    expect(api.activeReminders()).toHaveLength(0);
    expect((await c.saved())?.cold?.rounds ?? 0).toBe(0);
  });

  it('when the reminders fail, the timers stay set and the user is told to come back', async () => {
    const c = user();
    await c.say('plan my cold therapy for today');
    api.failNextReminders = { status: 500, times: 1 };
    const yes = await c.say('yes');
    expect(api.active()).toHaveLength(5);
    expect(api.activeReminders()).toHaveLength(0);
    expect(yes.text).toContain(text('common:reminders.failure.unavailable'));
    expect(yes.text).toContain(text('therapy:plan.comeBack'));
    expect((await c.saved())?.cold?.rounds).toBe(3);
  });
});
