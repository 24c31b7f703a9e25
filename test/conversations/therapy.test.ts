import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AlexaApiStandIn } from '../../lambda/local/AlexaApiStandIn';
import { TIMERS_SCOPE } from '../../lambda/services/timers';
import { Conversation, text, type ConversationOptions } from '../support/conversation';

/**
 * Heat and cold therapy against a local HTTP stand-in of the Timers API at
 * context.System.apiEndpoint: the real ask-sdk-model client and DefaultApiClient make real calls.
 */
const HOUR = 60 * 60 * 1000;
let api: AlexaApiStandIn;
let endpoint: string;
let now: number;

beforeEach(async () => {
  now = Date.parse('2026-03-02T15:00:00Z'); // 10:00 in New York
  api = new AlexaApiStandIn({ timeZone: 'America/New_York', clock: () => now });
  endpoint = await api.start();
});
afterEach(() => api.stop());

function user(options: Partial<ConversationOptions> = {}, granted: 'GRANTED' | 'DENIED' | undefined = 'GRANTED') {
  return new Conversation({
    clock: () => new Date(now),
    ...options,
    device: { apiEndpoint: endpoint, ...(granted ? { scopes: { [TIMERS_SCOPE]: granted } } : {}), ...options.device },
  });
}

/** Cold rounds counted today in the user's record (0 when none: rounds given back leave a count of 0). */
async function roundsToday(c: Conversation): Promise<number> {
  return (await c.saved())?.cold?.rounds ?? 0;
}

/** The timers the stand-in holds, as the tests check them. */
function timers() {
  return api.active().map((t) => {
    const op = t.request.triggeringBehavior.operation as { type: string; textToAnnounce?: { locale?: string; text?: string }[] };
    return { duration: t.request.duration, label: t.request.timerLabel, type: op.type, locale: op.textToAnnounce?.[0]?.locale, text: op.textToAnnounce?.[0]?.text };
  });
}

describe('cold therapy', () => {
  it.each(['start cold therapy', 'ice my back', 'set an ice pack timer'])('U: %s / A: one round: a 20-minute ANNOUNCE timer, the towel reminder', async (words) => {
    const c = user();
    const heard = await c.say(words);
    expect(timers()).toEqual([
      { duration: 'PT20M', label: 'Cold pack off, round 1 of 1', type: 'ANNOUNCE', locale: 'en-US', text: text('therapy:announce.coldOffLast') },
    ]);
    expect(heard.text).toContain(text('therapy:cold.started'));
    expect(heard.text).toContain('Never put ice straight on your skin.');
    expect(heard.text).toContain(text('therapy:cold.timerOne', { minutes: 20 }));
    expect(heard.ended).toBe(true);
    expect((await c.saved())?.cold).toEqual({ day: '2026-03-02', rounds: 1 });
  });

  it('U: three rounds of ice / A: five timers, off and on, all within two hours', async () => {
    const c = user();
    const heard = await c.say('three rounds of ice');
    expect(timers()).toEqual([
      { duration: 'PT20M', label: 'Cold pack off, round 1 of 3', type: 'ANNOUNCE', locale: 'en-US', text: 'Time to take the cold pack off. Rest for 20 minutes.' },
      { duration: 'PT40M', label: 'Cold pack on, round 2 of 3', type: 'ANNOUNCE', locale: 'en-US', text: 'Round 2: put the cold pack back on, over a towel.' },
      { duration: 'PT60M', label: 'Cold pack off, round 2 of 3', type: 'ANNOUNCE', locale: 'en-US', text: 'Time to take the cold pack off. Rest for 20 minutes.' },
      { duration: 'PT80M', label: 'Cold pack on, round 3 of 3', type: 'ANNOUNCE', locale: 'en-US', text: 'Round 3: put the cold pack back on, over a towel.' },
      { duration: 'PT100M', label: 'Cold pack off, round 3 of 3', type: 'ANNOUNCE', locale: 'en-US', text: text('therapy:announce.coldOffLast') },
    ]);
    expect(heard.text).toContain(text('therapy:cold.timersCycle', { rounds: 3, minutes: 20 }));
    expect((await c.saved())?.cold?.rounds).toBe(3);
  });

  it('the caution for reduced sensation comes with the first cold round of the day only, before the pack goes on', async () => {
    const c = user();
    const first = (await c.say('two rounds of ice')).text;
    expect(first).toContain(text('therapy:coldPacks.sensation'));
    // Said before "put the cold pack on now": the session ends with these words.
    expect(first.indexOf(text('therapy:coldPacks.sensation'))).toBeLessThan(first.indexOf(text('therapy:cold.started')));
    api.timers.clear();
    expect((await c.say('ice my back')).text).not.toContain(text('therapy:coldPacks.sensation'));
  });

  it('U: ice my back for an hour / A: 20 minutes, and why', async () => {
    const c = user();
    const heard = await c.say('ice my back for an hour');
    expect(timers().map((t) => t.duration)).toEqual(['PT20M']);
    expect(heard.text).toContain(text('therapy:cold.shortened', { minutes: 20 }));
  });

  it('no cold timer is ever over 20 minutes, whatever is asked', async () => {
    const c = user();
    await c.intent('ColdTherapyIntent', { duration: { value: 'PT3H', builtIn: true }, rounds: { value: '2', builtIn: true } });
    expect(timers().map((t) => t.duration)).toEqual(['PT20M', 'PT40M', 'PT60M']);
  });

  it('one round left over is said as one round, not "1 more rounds"', async () => {
    const c = user();
    const heard = await c.say('four rounds of ice');
    expect(timers()).toHaveLength(5);
    // One sentence says what was done instead of what was asked.
    expect(heard.text).toContain(text('therapy:cold.split', { now: 3, later: 1 }));
    expect(heard.text).not.toMatch(/\b1 more rounds/);
  });

  it('U: ten rounds of ice / A: one sentence says what is done instead: 8 in all (the cap), 3 now, 5 later', async () => {
    const c = user();
    const heard = await c.say('ten rounds of ice');
    expect(heard.text).toContain(text('therapy:cold.cappedSplit', { total: 8, now: 3, later: 5 }));
    expect(heard.text).not.toContain(text('therapy:cold.cappedToday', { count: 3 }));
    expect(timers()).toHaveLength(5);
    expect((await c.saved())?.coldLeft?.rounds).toBe(5);
  });

  it('what does not fit in two hours is offered again when the user comes back', async () => {
    const c = user();
    const heard = await c.say('five rounds of ice');
    expect(timers()).toHaveLength(5);
    expect(heard.text).toContain(text('therapy:cold.split', { now: 3, later: 2 }));
    expect(heard.text).toContain(text('therapy:cold.comeBack'));
    expect((await c.saved())?.coldLeft).toEqual({ day: '2026-03-02', rounds: 2, after: new Date(now + 2 * HOUR).toISOString() });

    // Back an hour later: still running, nothing offered.
    now += HOUR;
    expect((await c.launch()).text).not.toContain('more rounds');
    await c.say('stop');
    // Back after the last reminder: offered, and set.
    now += HOUR;
    api.stop();
    api = new AlexaApiStandIn({ clock: () => now });
    endpoint = await api.start();
    const d = user({ store: c.store! });
    const back = await d.launch();
    expect(back.text).toContain(text('therapy:cold.leftoverOffer', { count: 2 }));
    const yes = await d.say('yes');
    expect(timers().map((t) => t.label)).toEqual(['Cold pack off, round 1 of 2', 'Cold pack on, round 2 of 2', 'Cold pack off, round 2 of 2']);
    expect(yes.text).toContain(text('therapy:cold.started'));
    expect(await d.saved()).toMatchObject({ cold: { rounds: 5 } });
    expect((await d.saved())?.coldLeft).toBeUndefined();
  });

  it('the daily cap (8) counts across sessions, is never passed, and resets the next local day', async () => {
    const c = user();
    await c.say('three rounds of ice');
    api.timers.clear(); // they have rung
    await c.say('three rounds of ice'); // a new session each time: one-shot
    expect((await c.saved())?.cold).toEqual({ day: '2026-03-02', rounds: 6 });
    api.timers.clear();
    const capped = await c.say('three rounds of ice');
    expect(capped.text).toContain(text('therapy:cold.cappedToday', { count: 2 }));
    expect(timers()).toHaveLength(3);
    api.timers.clear();
    const refused = await c.say('ice my back');
    expect(refused.text).toContain(text('therapy:cold.capReached', { cap: 8 }));
    expect(timers()).toHaveLength(0);
    const count = await c.say('how many rounds have I done today');
    expect(count.text).toContain(text('therapy:count', { count: 8, cap: 8 }));

    // 23:30 in New York is still the same day there (04:30 UTC the next day).
    now = Date.parse('2026-03-03T04:30:00Z');
    expect((await c.say('ice my back')).text).toContain(text('therapy:cold.capReached', { cap: 8 }));
    // The next morning in New York: allowed again.
    now = Date.parse('2026-03-03T12:00:00Z');
    const next = await c.say('ice my back');
    expect(next.text).toContain(text('therapy:cold.started'));
    expect((await c.saved())?.cold).toEqual({ day: '2026-03-03', rounds: 1 });
  });

  it('a new session just after midnight UTC, still the evening in New York, counts against the New York day', async () => {
    const c = user();
    for (let i = 0; i < 3; i++) {
      api.timers.clear();
      await c.say('three rounds of ice');
    }
    expect((await c.saved())?.cold).toEqual({ day: '2026-03-02', rounds: 8 });
    if (c.open) await c.end();
    // Worked out in the configured zone (UTC) this is a new day: the device's zone says it is not.
    now = Date.parse('2026-03-03T04:30:00Z');
    api.timers.clear();
    const refused = await c.say('ice my back');
    expect(refused.text).toContain(text('therapy:cold.capReached', { cap: 8 }));
    expect(timers()).toHaveLength(0);
  });

  it('asks the settings API for the time zone only when a daily limit is looked at, once a session', async () => {
    const settingsCalls = () => api.calls.filter((call) => call.path.endsWith('/settings/System.timeZone')).length;
    const c = user();
    await c.launch();
    await c.say('lower back massage with my hands');
    await c.say('next');
    expect(settingsCalls()).toBe(0);
    // A round counted on the device's day (10:00 in New York): the zone is asked.
    await c.say('ice my back');
    expect(settingsCalls()).toBe(1);
    expect((await c.saved())?.cold).toEqual({ day: '2026-03-02', rounds: 1 });
    // A new session: its first look at the count asks again, the next one does not.
    if (c.open) await c.end();
    await c.launch();
    expect(settingsCalls()).toBe(1);
    const count = await c.say('how many rounds have I done today');
    expect(count.text).toContain(text('therapy:count', { count: 1, cap: 8 }));
    expect(settingsCalls()).toBe(2);
    expect(c.open).toBe(true);
    await c.say('how many rounds have I done today');
    expect(settingsCalls()).toBe(2);
  });

  it.each([
    [4, 4],
    [12, 10],
  ])('a cap configured at %i stops at %i rounds a day', async (configured, expected) => {
    const c = user({ coldDailyRounds: configured });
    for (let i = 0; i < 5; i++) {
      api.timers.clear();
      await c.say('three rounds of ice');
    }
    expect((await c.saved())?.cold?.rounds).toBe(expected);
  });
});

describe('heat therapy', () => {
  it.each(['start heat therapy', 'heating pad timer'])('U: %s / A: one 20-minute timer', async (words) => {
    const c = user();
    const heard = await c.say(words);
    expect(timers()).toEqual([{ duration: 'PT20M', label: 'Heat off', type: 'ANNOUNCE', locale: 'en-US', text: text('therapy:announce.heatOff') }]);
    expect(heard.text).toContain(text('therapy:heat.started', { minutes: 20 }));
    expect(heard.text).toContain(text('therapy:heat.safe'));
    // Who should not use heat (a fresh, swollen injury; diabetes or numbness), before "put the heat on now".
    expect(heard.text.indexOf(text('therapy:heatOptions.sensation'))).toBeGreaterThanOrEqual(0);
    expect(heard.text.indexOf(text('therapy:heatOptions.sensation'))).toBeLessThan(heard.text.indexOf(text('therapy:heat.started', { minutes: 20 })));
  });

  it('U: heat for 15 minutes / A: 15; U: heat for 45 minutes / A: 20, and why', async () => {
    const c = user();
    await c.say('heat for 15 minutes');
    expect(timers().map((t) => t.duration)).toEqual(['PT15M']);
    api.timers.clear();
    const long = await c.say('heat for 45 minutes');
    expect(timers().map((t) => t.duration)).toEqual(['PT20M']);
    expect(long.text).toContain(text('therapy:heat.shortened', { minutes: 20 }));
  });
});

describe('status and control', () => {
  it('how long is left, cancel (only this skill\'s timers), and nothing left after', async () => {
    const c = user();
    await c.say('three rounds of ice');
    const status = await c.say('how long is left');
    expect(status.text).toBe(`${text('therapy:status.next', { label: 'Cold pack off, round 1 of 3', minutes: 20 })} ${text('therapy:status.more', { count: 4 })}`);
    const cancelled = await c.say('cancel cold therapy');
    expect(cancelled.text).toContain(text('therapy:cancelled'));
    expect(api.active()).toHaveLength(0);
    expect(api.calls.at(-1)).toMatchObject({ method: 'DELETE', path: '/v1/alerts/timers' });
    expect((await c.say('how long is left')).text).toBe(text('therapy:status.none'));
  });

  it.each(['stop the timers', 'cancel heat therapy'])('U: %s / A: cancelled', async (words) => {
    const c = user();
    await c.say('start heat therapy');
    await c.say(words);
    expect(api.active()).toHaveLength(0);
  });

  it('cold packs and heat options, asked for', async () => {
    const c = user();
    const packs = await c.say('what can I use as a cold pack');
    expect(packs.text).toContain('a bag of frozen peas or corn');
    expect(packs.text).toContain(text('therapy:coldPacks.towel'));
    await c.say('yes');
    expect(timers()).toHaveLength(1);
    const heat = await c.say('what can I use for heat');
    expect(heat.text).toContain('a hot water bottle');
  });
});

describe('permission', () => {
  it('missing: asks by voice; consent given: goes on with what was asked', async () => {
    api.permission = false;
    const c = user({}, undefined);
    const asked = await c.say('three rounds of ice');
    expect(asked.text).toBe(text('therapy:permission.why.cold'));
    const directive = asked.envelope.response.directives?.[0] as { type: string; name: string; payload: Record<string, string> };
    expect(directive).toMatchObject({ type: 'Connections.SendRequest', name: 'AskFor', payload: { '@type': 'AskForPermissionsConsentRequest', '@version': '1', permissionScope: TIMERS_SCOPE } });
    expect(asked.envelope.response.reprompt).toBeUndefined();
    expect(asked.envelope.response.shouldEndSession).toBeUndefined();
    expect(timers()).toHaveLength(0);
    expect(await roundsToday(c)).toBe(0);

    api.permission = true;
    const accepted = await c.permission('ACCEPTED');
    expect(timers()).toHaveLength(5);
    expect(accepted.text).toContain(text('therapy:cold.started'));
    expect((await c.saved())?.cold?.rounds).toBe(3);
  });

  it('denied in the request: asks without calling the API', async () => {
    const c = user({}, 'DENIED');
    const asked = await c.say('start heat therapy');
    expect(asked.text).toBe(text('therapy:permission.why.heat'));
    expect(api.calls.filter((call) => call.path.startsWith('/v1/alerts'))).toHaveLength(0);
  });

  it.each([
    ['DENIED', 'therapy:permission.denied'],
    ['NOT_ANSWERED', 'therapy:permission.notAnswered'],
  ] as const)('%s: says so, sends a consent card, times nothing, charges nothing', async (status, key) => {
    api.permission = false;
    const c = user({}, undefined);
    await c.say('ice my back');
    const heard = await c.permission(status);
    expect(heard.text).toContain(text(key));
    expect(heard.text).toContain(text('therapy:selfTimed'));
    expect(heard.envelope.response.card).toEqual({ type: 'AskForPermissionsConsent', permissions: [TIMERS_SCOPE] });
    expect(timers()).toHaveLength(0);
    expect(await roundsToday(c)).toBe(0);
  });
});

describe('failures: a clear answer, nothing half set, nothing charged', () => {
  it.each([
    [403, 'FORBIDDEN', 'forbidden'],
    [500, 'INTERNAL', 'unavailable'],
    [504, 'DEVICE_OFFLINE', 'offline'],
    ['drop', undefined, 'network'],
  ] as const)('%s on the first timer', async (status, code, failure) => {
    const c = user();
    await c.say('ice my back');
    expect((await c.saved())?.cold?.rounds).toBe(1);
    api.timers.clear();
    api.failNext = { status, ...(code ? { code } : {}), times: 1 };
    const heard = await c.say('three rounds of ice');
    expect(heard.text).toContain(text(`therapy:failure.${failure}`));
    expect(heard.text).toContain(text('therapy:selfTimed'));
    expect(timers()).toHaveLength(0);
    expect((await c.saved())?.cold?.rounds).toBe(1);
  });

  it('400, too many timers (the user\'s own count): the ones already set are taken back', async () => {
    api.userTimers = 7;
    const c = user();
    const heard = await c.say('three rounds of ice');
    expect(heard.text).toContain(text('therapy:failure.tooMany'));
    expect(timers()).toHaveLength(0);
    expect(await roundsToday(c)).toBe(0);
  });

  it('400, duplicate label', async () => {
    const c = user();
    await c.say('three rounds of ice');
    const heard = await c.say('three rounds of ice');
    expect(heard.text).toContain(text('therapy:failure.duplicate'));
    expect(timers()).toHaveLength(5);
    expect((await c.saved())?.cold?.rounds).toBe(3);
  });

  it('401 after the permission was withdrawn: asks again, and the rounds charged for the timers are given back', async () => {
    const c = user();
    await c.say('ice my back');
    api.timers.clear();
    api.permission = false;
    const heard = await c.say('three rounds of ice');
    expect(heard.text).toBe(text('therapy:permission.why.cold'));
    expect(heard.envelope.response.directives?.[0]?.type).toBe('Connections.SendRequest');
    expect(await roundsToday(c)).toBe(1);
  });

  it('no API endpoint at all (a broken request): a spoken answer', async () => {
    const c = new Conversation({ clock: () => new Date(now), device: { apiEndpoint: 'http://127.0.0.1:9', scopes: { [TIMERS_SCOPE]: 'GRANTED' } } });
    const heard = await c.say('ice my back');
    expect(heard.text).toContain(text('therapy:failure.network'));
  });
});
