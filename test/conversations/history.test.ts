import type { RequestEnvelope } from 'ask-sdk-model';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WEEK_CARD_TOKEN } from '../../lambda/display/weekDocument';
import { parseState, type HistoryEntry, type State } from '../../lambda/flow/State';
import { AlexaApiStandIn } from '../../lambda/local/AlexaApiStandIn';
import { buildEnvelope, newSession } from '../../lambda/local/envelope';
import { FileStore } from '../../lambda/persistence/FileStore';
import { mergeState } from '../../lambda/persistence/mergeState';
import { STATE_KEY } from '../../lambda/persistence/stateAttributes';
import { REMINDERS_SCOPE } from '../../lambda/services/reminders';
import { TIMERS_SCOPE } from '../../lambda/services/timers';
import { Conversation, temporaryStoreDir, text, type ConversationOptions } from '../support/conversation';

/**
 * The history: finished and stopped routines and therapy, kept 90 days in the saved state (at most 100
 * entries); what the user hears of it, the welcome it makes, forgetting it, and two devices at once.
 * Monday 2 March 2026, 10:00 in New York.
 */
const DAY = 24 * 60 * 60 * 1000;
let api: AlexaApiStandIn;
let endpoint: string;
let now: number;

beforeEach(async () => {
  now = Date.parse('2026-03-02T15:00:00Z');
  api = new AlexaApiStandIn({ timeZone: 'America/New_York', clock: () => now });
  endpoint = await api.start();
});
afterEach(() => api.stop());

function user(options: Partial<ConversationOptions> = {}) {
  return new Conversation({
    clock: () => new Date(now),
    ...options,
    device: { apiEndpoint: endpoint, scopes: { [TIMERS_SCOPE]: 'GRANTED', [REMINDERS_SCOPE]: 'GRANTED' }, ...options.device },
  });
}

const name = (routine: string) => text(`routines:${routine}.name`);

/** The lower back routine with the hands, from its first step to its wrap-up (five steps). */
async function handsRoutine(c: Conversation): Promise<void> {
  await c.say('start lower back massage with my hands');
  for (let i = 0; i < 5; i++) await c.say('next');
}

/** Writes a state straight into the user's record, as an earlier session would have left it. */
async function seed(c: Conversation, state: Partial<State> & Record<string, unknown>): Promise<void> {
  const envelope: RequestEnvelope = buildEnvelope({ type: 'LaunchRequest' }, newSession(), c.device);
  await c.store!.saveAttributes(envelope, { [STATE_KEY]: { v: 2, safetyHeard: true, prefs: {}, ...state } });
}

describe('history answers after routines in two sessions', () => {
  it('U: what did I do last time / how often did I massage this week: from what was finished and stopped', async () => {
    const c = user();
    expect((await c.say('what did I do last time')).text).toContain(text('common:history.last.none'));
    await handsRoutine(c);
    if (c.open) await c.end();
    expect((await c.saved())?.history).toEqual([{ at: '2026-03-02T15:02Z', what: 'lowerBackHands' }].map((e) => ({ ...e, at: expect.stringMatching(/^2026-03-02T15:0\dZ$/) })));

    // The next day: the welcome says what was done and suggests the next area, with the user's own equipment.
    now += DAY;
    const welcome = await c.launch();
    expect(welcome.text).toBe(
      `${text('common:history.welcome.last', { routine: name('lowerBackHands') })} ${text('common:history.welcome.suggest', { routine: name('upperBackHands') })}`,
    );
    // A neck massage, stopped at step 2.
    await c.say('no');
    await c.say('start a neck massage with my hands');
    await c.say('next');
    await c.say('stop');

    const last = await c.say('what did I do last time');
    expect(last.text).toContain(text('common:history.last.stopped', { when: text('common:history.when.today'), routine: name('neckHands'), step: 2 }));
    const week = await c.say('how often did I massage this week');
    expect(week.text).toContain(text('common:history.week.massage', { count: 2 }));
    await c.say('stop');
    const history = (await c.saved())?.history ?? [];
    expect(history.map((e) => [e.what, e.stopped ?? false, e.n])).toEqual([
      ['lowerBackHands', false, undefined],
      ['neckHands', true, 2],
    ]);

    // A week later the first one is no longer "this week"; the last one was "on Tuesday".
    now += 6 * DAY;
    expect((await c.say('what did I do last time')).text).toContain(text('common:history.when.TU'));
    expect((await c.say('how often did I massage this week')).text).toContain(text('common:history.week.massage', { count: 1 }));
  });

  it('cold therapy is kept too: how much this week, and what was last', async () => {
    const c = user();
    await c.say('three rounds of ice');
    expect((await c.say('how many times did I ice this week')).text).toContain(text('common:history.week.cold', { count: 3 }));
    expect((await c.say('what did I do last time')).text).toContain(text('common:history.last.cold', { when: text('common:history.when.today'), count: 3 }));
    // Cancelled: the therapy is marked stopped.
    await c.say('cancel cold therapy');
    expect((await c.saved())?.history).toEqual([{ at: '2026-03-02T15:00Z', what: 'cold', n: 3, stopped: true }]);
  });
});

describe('the welcome suggests rest when the sources\' limits say so', () => {
  it('five minutes of ball and roller work today, all of today\'s cold: rest, and a routine without a ball', async () => {
    const c = user();
    await seed(c, {
      prefs: { equipment: ['tennisBall'] },
      usage: { day: '2026-03-02', ballRollerSeconds: 300 },
      cold: { day: '2026-03-02', rounds: 8 },
      history: [{ at: '2026-03-02T13:00Z', what: 'lowerBackTennisBall' }],
    });
    const welcome = await c.launch();
    expect(welcome.text).toContain(text('common:history.welcome.restBall'));
    expect(welcome.text).toContain(text('common:history.welcome.restCold'));
    const pending = c.sessionState()?.pending;
    expect(pending?.kind).toBe('routine');
    const suggested = pending?.kind === 'routine' ? pending.routine : '';
    expect(['upperBackTowel', 'upperBackHands', 'neckHands', 'shouldersHands']).toContain(suggested);
    expect(welcome.text).toContain(text('common:history.welcome.suggest', { routine: name(suggested) }));

    // The next day the limits start again: no rest, and the tennis ball is suggested again.
    if (c.open) await c.end();
    now += DAY;
    const tomorrow = await c.launch();
    expect(tomorrow.text).not.toContain(text('common:history.welcome.restBall'));
    expect(tomorrow.text).toContain(text('common:history.welcome.suggest', { routine: name('upperBackTennisBall') }));
  });
});

describe('bounds', () => {
  it('at most 100 entries, none older than 90 days; entries of unknown shape are dropped, not the state', async () => {
    const c = user();
    const old: HistoryEntry[] = Array.from({ length: 10 }, (_, i) => ({ at: new Date(now - (100 - i) * DAY).toISOString(), what: 'neckHands' }));
    const recent: HistoryEntry[] = Array.from({ length: 100 }, (_, i) => ({ at: new Date(now - (80 - i * 0.5) * DAY).toISOString(), what: 'feetHands' }));
    await seed(c, { prefs: { oil: 'lavender' }, history: [...old, ...recent, { at: 'yesterday', what: 'neckHands' }, { at: '2026-03-01T10:00Z', what: 'no such routine' }] as HistoryEntry[] });
    await handsRoutine(c);
    const saved = await c.saved();
    expect(saved?.prefs.oil).toBe('lavender');
    const history = saved?.history ?? [];
    expect(history).toHaveLength(100);
    expect(history.at(-1)?.what).toBe('lowerBackHands');
    expect(history.every((e) => Date.parse(e.at) >= now - 90 * DAY)).toBe(true);
    expect(JSON.stringify(history).length).toBeLessThan(8000);
  });
});

describe('"forget my settings" deletes the history and the reminders; "what do you know about me" says what is kept', () => {
  it('U: what do you know about me / A: equipment, history, counts, reminders, how to delete; then forget: all gone, reminders too', async () => {
    const c = user();
    await handsRoutine(c);
    await c.say('my favorite oil is lavender');
    await c.intent('SetReminderIntent', { subject: 'massage', day: 'SU', time: { value: '19:00', builtIn: true } });
    await c.say('remind me about my next round of ice in two hours');
    expect(api.activeReminders()).toHaveLength(2);

    const known = await c.say('what do you know about me');
    expect(known.text).toContain(text('common:history.about.intro'));
    expect(known.text).toContain(text('common:history.about.oil', { oil: text('oils:choices.lavender') }));
    expect(known.text).toContain(text('common:history.about.history', { count: 1, days: 90 }));
    expect(known.text).toContain(text('common:history.about.reminders'));
    expect(known.text).toContain(text('common:history.about.forget'));

    expect((await c.say('forget my settings')).text).toBe(text('common:prefs.forgetConfirm'));
    const done = await c.say('yes');
    expect(done.text).toBe(`${text('common:prefs.forgotten')} ${text('common:reminders.forgot', { count: 2 })}`);
    expect(api.activeReminders()).toHaveLength(0);
    // Nothing counted today: the record is gone altogether.
    const left = await c.saved();
    expect(left?.history).toBeUndefined();
    expect(left?.prefs ?? {}).toEqual({});
    expect((await c.say('what do you know about me')).text).toContain(text('common:history.about.nothing'));
  });

  it('when the store cannot delete, nothing is forgotten: the reminders stay too', async () => {
    const c = user();
    await handsRoutine(c);
    await c.say('remind me in two hours');
    c.store!.deleteAttributes = async () => {
      throw new Error('store unreachable');
    };
    const store = c.store as FileStore;
    store.saveAttributes = async () => {
      throw new Error('store unreachable');
    };
    await c.say('forget my settings');
    expect((await c.say('yes')).text).toBe(text('common:prefs.forgetFailed'));
    expect(api.activeReminders()).toHaveLength(1);
  });

  it('when the reminders cannot be deleted, the user is told where to delete them', async () => {
    const c = user();
    await c.say('remind me in two hours');
    await c.say('forget my settings');
    api.failNextReminders = { status: 500, times: 1 };
    const done = await c.say('yes');
    expect(done.text).toBe(`${text('common:prefs.forgotten')} ${text('common:reminders.forgetFailed')}`);
  });
});

describe('two devices at once', () => {
  it('a routine finished on one device while the other sets cold therapy, each writing over the other: both kept in the history', async () => {
    const dir = temporaryStoreDir();
    /** The file store, reached late: both requests read first, then write, so that the second write conflicts. */
    class SlowStore extends FileStore {
      override async saveAttributes(envelope: RequestEnvelope, attributes: Record<string, unknown>): Promise<void> {
        await new Promise((resolve) => setTimeout(resolve, 60));
        return super.saveAttributes(envelope, attributes);
      }
    }
    const userId = 'amzn1.ask.account.HISTORY2';
    const kitchen = user({ store: new SlowStore(dir), device: { userId, deviceId: 'amzn1.ask.device.KITCHEN' } });
    const bedroom = user({ store: new SlowStore(dir), device: { userId, deviceId: 'amzn1.ask.device.BEDROOM' } });
    await kitchen.say('start lower back massage with my hands');
    for (let i = 0; i < 4; i++) await kitchen.say('next');
    const [finished, iced] = await Promise.all([kitchen.say('next'), bedroom.say('ice my back')]);
    expect(finished.text).toContain(text('routines:lowerBackHands.wrapUp'));
    expect(iced.text).toContain(text('therapy:cold.started'));
    const history = (await kitchen.saved())?.history ?? [];
    expect(history.map((e) => e.what).sort()).toEqual(['cold', 'lowerBackHands']);
  });

  it('the merge rule: entries added on either side kept, entries this side removed gone, trimmed', () => {
    const at = (minutes: number) => `2026-03-02T15:${String(minutes).padStart(2, '0')}Z`;
    const state = (history: HistoryEntry[] | undefined) => parseState({ v: 2, safetyHeard: true, prefs: {}, ...(history && { history }) })!;
    const when = new Date(now);
    const base = state([{ at: at(1), what: 'neckHands' }]);
    const fresh = state([{ at: at(1), what: 'neckHands' }, { at: at(5), what: 'feetHands' }]);
    const mine = state([{ at: at(1), what: 'neckHands' }, { at: at(3), what: 'cold', n: 2 }]);
    expect(mergeState(fresh, base, mine, when).history?.map((e) => e.what)).toEqual(['neckHands', 'cold', 'feetHands']);
    // Forgotten on this side: what the other side had before is gone, what it added since is kept.
    expect(mergeState(fresh, base, state(undefined), when).history?.map((e) => e.what)).toEqual(['feetHands']);
    // Marked stopped on this side.
    const stopped = state([{ at: at(1), what: 'neckHands', stopped: true }]);
    expect(mergeState(fresh, base, stopped, when).history).toEqual([{ at: at(1), what: 'neckHands', stopped: true }, { at: at(5), what: 'feetHands' }]);
  });
});

describe('the week at a glance on a screen', () => {
  it('with APL: a RenderDocument of the last seven days, today last; without APL: none', async () => {
    const show = user({ device: { apl: true } });
    await handsRoutine(show);
    if (show.open) await show.end();
    const welcome = await show.launch();
    const directive = welcome.envelope.response.directives?.find((d) => d.type === 'Alexa.Presentation.APL.RenderDocument') as
      | { token: string; datasources: { week: { title: string; days: { label: string; lines: string[]; rest: string; today: boolean }[] } } }
      | undefined;
    expect(directive?.token).toBe(WEEK_CARD_TOKEN);
    const days = directive?.datasources.week.days ?? [];
    expect(days).toHaveLength(7);
    expect(days.at(-1)).toEqual({ label: text('common:history.screen.today'), lines: [text('common:history.screen.massages', { count: 1 })], rest: '', today: true });
    expect(days[0]).toMatchObject({ label: text('common:history.screen.days.TU'), lines: [], rest: text('common:history.screen.rest') });

    const echo = user({ store: show.store! });
    expect((await echo.launch()).envelope.response.directives ?? []).toEqual([]);
  });
});
