import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { PersistenceAdapter } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findRoutine, BALL_ROLLER_DAILY_SECONDS } from '../../lambda/content/routines';
import { AlexaApiStandIn } from '../../lambda/local/AlexaApiStandIn';
import { buildEnvelope, DEFAULT_DEVICE, newSession } from '../../lambda/local/envelope';
import { DynamoDbStore } from '../../lambda/persistence/DynamoDbStore';
import { FileStore } from '../../lambda/persistence/FileStore';
import { STORE_TIMEOUT_MS } from '../../lambda/persistence/stateAttributes';
import { VERSION, VersionConflict, WRITE, type VersionedAttributes } from '../../lambda/persistence/versions';
import { TIMERS_SCOPE } from '../../lambda/services/timers';
import { Conversation, temporaryStoreDir, text, type Heard } from '../support/conversation';
import { startDynalite, startThrottlingProxy } from '../support/dynalite';

/**
 * Consistent storage, on both real stores (DynamoDB through dynalite, and the file store): an outage
 * at session start loses nothing, two devices at once keep both changes within the daily limits, a
 * save given up on never lands over a newer one, and each voice keeps its own record.
 */
const TABLE = 'massage-coach-consistency';
const DAY = 24 * 60 * 60 * 1000;
let db: Awaited<ReturnType<typeof startDynalite>>;
let proxy: Awaited<ReturnType<typeof startThrottlingProxy>>;

beforeAll(async () => {
  db = await startDynalite(TABLE);
  proxy = await startThrottlingProxy(db.endpoint);
});
afterAll(async () => {
  await proxy.close();
  await db.close();
});

/** One place records are kept, and ways to make it fail as a real one can. */
interface Backend {
  /** A store on this backing (each device has its own, as each Lambda instance would). */
  store(): PersistenceAdapter;
  /** A store whose writes reach the backing `ms` late (0: on time), even after the skill gave up on them. */
  slowStore(): { store: PersistenceAdapter; holdWrites(ms: number): void; settled(): Promise<void> };
  /** Every read and write fails while on. */
  outage(on: boolean): void;
}

function dynamoBackend(): Backend {
  const store = (extra: Partial<ConstructorParameters<typeof DynamoDbStore>[0]> = {}) =>
    new DynamoDbStore({ tableName: TABLE, endpoint: proxy.endpoint, region: 'us-east-1', ...extra });
  return {
    store: () => store(),
    // One attempt that waits: the skill gives up at its own timeout, the write goes on to DynamoDB.
    slowStore: () => ({ store: store({ maxAttempts: 1, requestTimeoutMs: 20_000 }), holdWrites: (ms) => proxy.holdWrites(ms), settled: () => proxy.settled() }),
    outage: (on) => proxy.down(on),
  };
}

function fileBackend(): Backend {
  const dir = temporaryStoreDir();
  return {
    store: () => new FileStore(dir),
    slowStore: () => {
      let holdMs = 0;
      const held = new Set<Promise<unknown>>();
      /** The real file store, reached late: the save waits before it reads, compares and writes. */
      class SlowFileStore extends FileStore {
        override saveAttributes(envelope: RequestEnvelope, attributes: Record<string, unknown>): Promise<void> {
          const wait = holdMs;
          const write = new Promise((resolve) => setTimeout(resolve, wait)).then(() => super.saveAttributes(envelope, attributes));
          held.add(write.catch(() => undefined));
          return write;
        }
      }
      return {
        store: new SlowFileStore(dir),
        holdWrites: (ms) => (holdMs = ms),
        settled: async () => {
          await Promise.all([...held]);
        },
      };
    },
    // The folder gives way to a file: every read and write fails (ENOTDIR), as on a disk gone bad.
    outage: (on) => {
      if (on) {
        renameSync(dir, `${dir}.away`);
        writeFileSync(dir, '');
      } else {
        rmSync(dir);
        renameSync(`${dir}.away`, dir);
      }
    },
  };
}

const BACKENDS: [string, () => Backend][] = [
  ['DynamoDB (dynalite)', dynamoBackend],
  ['file store', fileBackend],
];

let users = 0;
/** A new account each test, so that tests never see each other's records. */
const newUser = () => `amzn1.ask.account.CONSISTENCY${++users}`;

const tennisBall = findRoutine('lowerBackTennisBall')!;
/** The ball seconds a response spoke: the timed step it presented (a tennis-ball step), 0 for anything else. */
function ballSeconds(heard: Heard): number {
  if (heard.text.includes(text('common:routine.limitReached'))) return 0;
  const match = /Step (\d) of 5\./.exec(heard.text);
  const step = match ? tennisBall.steps[Number(match[1]) - 1] : undefined;
  return step?.holdSeconds === undefined ? 0 : step.holdSeconds * (step.reps ?? 1);
}

/** The last answer presented a step, and the session is open: "next" goes on. */
const inRoutine = (c: Conversation) => c.open && /Step \d of \d\./.test(c.last?.text ?? '');

/** Starts the tennis-ball routine and goes to a step (1-based): the seconds spoken. */
async function tennisBallTo(c: Conversation, step: number): Promise<number> {
  let spoken = ballSeconds(await c.say('lower back massage with a tennis ball'));
  for (let i = 1; i < step; i++) spoken += ballSeconds(await c.say('next'));
  return spoken;
}

/** The whole tennis-ball routine (100 seconds on the ball): the seconds spoken. */
async function tennisBallRoutine(c: Conversation): Promise<number> {
  let spoken = ballSeconds(await c.say('lower back massage with a tennis ball'));
  for (let i = 0; i < 6; i++) spoken += ballSeconds(await c.say('next'));
  return spoken;
}

/** Cold rounds a response said it set: the timers sentence's count, 0 for the cap answer (NaN for anything else). */
function roundsSaid(heard: Heard): number {
  if (heard.text.includes(text('therapy:cold.capReached', { cap: 8 }))) return 0;
  for (let rounds = 10; rounds > 1; rounds--) if (heard.text.includes(text('therapy:cold.timersCycle', { rounds, minutes: 20 }))) return rounds;
  return heard.text.includes(text('therapy:cold.timerOne', { minutes: 20 })) ? 1 : Number.NaN;
}

/** Cold rounds a device's timers hold: one "pack off" timer a round. */
function roundsSet(api: AlexaApiStandIn): number {
  const off = new RegExp(`^${text('therapy:label.cold.off', { round: 99, total: 99 }).replaceAll('99', '\\d+')}$`);
  return api.active().filter((timer) => off.test(timer.request.timerLabel ?? '')).length;
}

/** Devices of one user, each with its own store instance (as Lambda instances) and its own Timers API stand-in. */
async function coldDevices(backend: Backend, userId: string, count: number, clock: () => number) {
  const apis = Array.from({ length: count }, () => new AlexaApiStandIn({ timeZone: 'UTC', clock }));
  const endpoints = await Promise.all(apis.map((api) => api.start()));
  const devices = endpoints.map(
    (apiEndpoint, i) =>
      new Conversation({ store: backend.store(), clock: () => new Date(clock()), device: { userId, deviceId: `amzn1.ask.device.COLD${i}`, apiEndpoint, scopes: { [TIMERS_SCOPE]: 'GRANTED' } } }),
  );
  return { apis, devices, stop: () => Promise.all(apis.map((api) => api.stop())) };
}

/**
 * Every device asks for cold rounds at the same instant: what each said and set. Each answer says
 * exactly what its device set, and a device given fewer rounds than asked says why (today's cap).
 */
async function coldAtOnce(apis: AlexaApiStandIn[], devices: Conversation[], asks: (i: number) => { words: string; rounds: number }) {
  const heard = await Promise.all(devices.map((device, i) => device.say(asks(i).words)));
  const set = apis.map(roundsSet);
  heard.forEach((answer, i) => {
    const said = roundsSaid(answer);
    expect(said, answer.text).toBe(set[i]);
    if (said > 0 && said < asks(i).rounds) expect(answer.text).toContain(text('therapy:cold.cappedToday', { count: said }));
  });
  return { heard, set, total: set.reduce((a, b) => a + b, 0) };
}

/**
 * A stand-in of the Alexa APIs reached through a gate: the first request that `holds` waits at the
 * gate until `open()`, then goes on to `target`; `arrived` resolves when it is waiting.
 */
async function gatedApi(target: string, holds: (method: string, path: string) => boolean) {
  let arrive!: () => void;
  let release!: () => void;
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  const gate = new Promise<void>((resolve) => (release = resolve));
  let first = true;
  const upstream = new URL(target);
  const server = createServer((req, res) => {
    const held = first && holds(req.method ?? '', req.url ?? '');
    if (held) first = false;
    void (async () => {
      if (held) {
        arrive();
        await gate;
      }
      const forward = httpRequest({ host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers: req.headers }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      });
      forward.on('error', () => res.destroy());
      req.pipe(forward);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    arrived,
    open: () => release(),
    close: () => {
      release();
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

describe.each(BACKENDS)('%s', (_name, makeBackend) => {
  it('the store itself: a write lands only over the version it read', async () => {
    const backend = makeBackend();
    const store = backend.store();
    const envelope = buildEnvelope({ type: 'LaunchRequest' }, newSession(), { ...DEFAULT_DEVICE, userId: newUser() });
    const read = async () => (await store.getAttributes(envelope)) as VersionedAttributes;
    const plain = (attributes: VersionedAttributes) => Object.fromEntries(Object.entries(attributes));
    const save = (attributes: VersionedAttributes) => store.saveAttributes(envelope, attributes);

    expect((await read())[VERSION]).toBe('');
    await save({ n: 1, [WRITE]: { over: '', next: 'v1' } });
    await expect(save({ n: 2, [WRITE]: { over: '', next: 'v2' } })).rejects.toBeInstanceOf(VersionConflict);
    const first = await read();
    expect(plain(first)).toEqual({ n: 1 });
    expect(first[VERSION]).toBe('v1');
    // Ten writers over the same version at once: exactly one lands.
    const results = await Promise.allSettled(Array.from({ length: 10 }, (_, i) => save({ n: 10 + i, [WRITE]: { over: 'v1', next: `w${i}` } })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const winner = await read();
    expect(winner[VERSION]).toBe(`w${(winner.n as number) - 10}`);
    // Removing is conditional too.
    await expect(save({ [WRITE]: { over: 'v1', remove: true } })).rejects.toBeInstanceOf(VersionConflict);
    await save({ [WRITE]: { over: winner[VERSION]!, remove: true } });
    expect(plain(await read())).toEqual({});
  });

  it('an outage at session start loses nothing: settings and the day\'s ball seconds are kept, and the limit holds', async () => {
    const backend = makeBackend();
    const now = Date.parse('2026-03-02T09:00:00Z');
    const c = new Conversation({ store: backend.store(), clock: () => new Date(now), device: { userId: newUser() } });
    await c.say('my favorite oil is peppermint');
    await c.say('slow down');
    let spoken = (await tennisBallRoutine(c)) + (await tennisBallRoutine(c));
    await c.say('stop');
    expect(spoken).toBe(200);
    expect((await c.saved())?.usage).toEqual({ day: '2026-03-02', ballRollerSeconds: 200 });

    // A new session while the store is down: the routine goes on from a fresh start, nothing is written.
    backend.outage(true);
    try {
      spoken += ballSeconds(await c.say('lower back massage with a tennis ball'));
      spoken += ballSeconds(await c.say('next'));
      spoken += ballSeconds(await c.say('next'));
    } finally {
      backend.outage(false);
    }
    expect(spoken).toBe(230);

    // The store is back: the session takes the record, with what it did meanwhile.
    let refused = false;
    for (let i = 0; i < 12 && !refused; i++) {
      const heard = await c.say(inRoutine(c) ? 'next' : 'lower back massage with a tennis ball');
      spoken += ballSeconds(heard);
      refused = heard.text.includes(text('common:routine.limitReached'));
    }
    expect(refused).toBe(true);
    expect(spoken).toBeLessThanOrEqual(BALL_ROLLER_DAILY_SECONDS);
    const saved = await c.saved();
    expect(saved?.prefs).toMatchObject({ oil: 'peppermint', pace: 'slow' });
    expect(saved?.usage).toEqual({ day: '2026-03-02', ballRollerSeconds: spoken });
  });

  it('two devices at once, 100 rounds: both changes kept every round, never past the daily limit', { timeout: 120_000 }, async () => {
    const backend = makeBackend();
    let now = Date.parse('2026-03-02T09:00:00Z');
    const userId = newUser();
    const device = (deviceId: string) => new Conversation({ store: backend.store(), clock: () => new Date(now), device: { userId, deviceId } });
    const a = device('amzn1.ask.device.KITCHEN');
    const b = device('amzn1.ask.device.BEDROOM');
    // Both on the same timed step: "repeat" counts its 30 seconds again; a device not in the routine joins it with "resume".
    const words = (c: Conversation) => (inRoutine(c) ? 'repeat' : 'resume');
    let spokenToday = 0;
    let pace: 'slow' | 'fast' | undefined;
    let keptBoth = 0;
    let raced = 0;
    for (let round = 0; round < 100; round++) {
      if (round % 25 === 0) {
        // A new day: the kitchen device starts the routine and goes to its first timed step.
        if (round > 0) now += DAY;
        await a.say('stop');
        await b.say('stop');
        spokenToday = (await tennisBallTo(a, 3)) ?? 0;
      }
      const bChangesPace = round % 3 === 2;
      const [heardA, heardB] = await Promise.all([a.say(words(a)), b.say(bChangesPace ? (pace === 'slow' ? 'speak faster' : 'slow down') : words(b))]);
      if (bChangesPace) pace = pace === 'slow' ? 'fast' : 'slow';
      const spoken = [ballSeconds(heardA), ballSeconds(heardB)];
      if (spoken.every((s) => s > 0)) raced++;
      spokenToday += spoken[0]! + spoken[1]!;
      expect(spokenToday, `round ${round}`).toBeLessThanOrEqual(BALL_ROLLER_DAILY_SECONDS);
      const saved = await a.saved();
      const today = new Date(now).toISOString().slice(0, 10);
      const counted = saved?.usage?.day === today ? saved.usage.ballRollerSeconds : 0;
      if (counted === spokenToday && saved?.prefs.pace === pace) keptBoth++;
    }
    expect(keptBoth).toBe(100);
    // The rounds raced: both devices counted in the same round, and each day both reached the limit at once.
    expect(raced).toBeGreaterThanOrEqual(8);
  });

  it('cold rounds set on two devices at once are all counted, and the day\'s cap holds after', async () => {
    const backend = makeBackend();
    const now = Date.parse('2026-03-02T15:00:00Z');
    const userId = newUser();
    // Each device has its own timers (a stand-in of the Timers API each).
    const apis = [new AlexaApiStandIn({ timeZone: 'UTC', clock: () => now }), new AlexaApiStandIn({ timeZone: 'UTC', clock: () => now })];
    try {
      const [a, b] = await Promise.all(
        apis.map(async (api, i) => {
          const apiEndpoint = await api.start();
          return new Conversation({ store: backend.store(), clock: () => new Date(now), device: { userId, deviceId: `amzn1.ask.device.D${i}`, apiEndpoint, scopes: { [TIMERS_SCOPE]: 'GRANTED' } } });
        }),
      );
      await Promise.all([a!.say('two rounds of ice'), b!.say('two rounds of ice')]);
      expect((await a!.saved())?.cold).toEqual({ day: '2026-03-02', rounds: 4 });
      await a!.say('three rounds of ice');
      expect((await b!.say('three rounds of ice')).text).toContain(text('therapy:cold.cappedToday', { count: 1 }));
      expect((await a!.say('one round of ice')).text).toContain(text('therapy:cold.capReached', { cap: 8 }));
      expect((await a!.saved())?.cold).toEqual({ day: '2026-03-02', rounds: 8 });
    } finally {
      for (const api of apis) await api.stop();
    }
  });

  it('cold therapy asked on two, then twenty devices at the same instant: the rounds granted and set never pass the cap', { timeout: 60_000 }, async () => {
    const backend = makeBackend();
    let now = Date.parse('2026-03-02T15:00:00Z');
    const { apis, devices, stop } = await coldDevices(backend, newUser(), 20, () => now);
    try {
      const [first, second] = devices as [Conversation, Conversation];
      // Five rounds done today: three are left under the cap of 8.
      await first.say('three rounds of ice');
      await first.say('two rounds of ice');
      expect((await first.saved())?.cold).toEqual({ day: '2026-03-02', rounds: 5 });
      for (const api of apis) api.timers.clear(); // they have rung

      // Two devices ask for two rounds each at once: one gets two, the other the one left, and says so.
      const two = await coldAtOnce(apis.slice(0, 2), [first, second], () => ({ words: 'two rounds of ice', rounds: 2 }));
      expect([...two.set].sort()).toEqual([1, 2]);
      expect((await first.saved())?.cold).toEqual({ day: '2026-03-02', rounds: 8 });
      // The cap is reached for every device now.
      for (const api of apis) api.timers.clear();
      expect(roundsSaid(await second.say('ice my back'))).toBe(0);
      expect(roundsSet(apis[1]!)).toBe(0);

      // The next day, twenty devices ask at once, for three rounds or one: eight in all, never more.
      now += DAY;
      for (const api of apis) api.timers.clear();
      const twenty = await coldAtOnce(apis, devices, (i) => (i % 2 === 0 ? { words: 'three rounds of ice', rounds: 3 } : { words: 'ice my back', rounds: 1 }));
      expect(twenty.total).toBeLessThanOrEqual(8);
      expect((await first.saved())?.cold).toEqual({ day: '2026-03-03', rounds: twenty.total });
      expect(twenty.total).toBe(8);
    } finally {
      await stop();
    }
  });

  it('cold timers that could not be set give their rounds back, also when another device counted meanwhile', { timeout: 30_000 }, async () => {
    const backend = makeBackend();
    const now = Date.parse('2026-03-02T15:00:00Z');
    const userId = newUser();
    const { apis, devices, stop } = await coldDevices(backend, userId, 2, () => now);
    const [a, b] = devices as [Conversation, Conversation];
    const failing = apis[0]!;
    const gated = await gatedApi(a.device.apiEndpoint, (method, path) => method === 'POST' && path.startsWith('/v1/alerts/timers'));
    try {
      await a.say('ice my back');
      expect((await a.saved())?.cold).toEqual({ day: '2026-03-02', rounds: 1 });
      failing.timers.clear();

      // The Timers API fails: nothing set, and the count is what it was.
      failing.failNext = { status: 500, code: 'INTERNAL', times: 1 };
      const failed = await a.say('three rounds of ice');
      expect(failed.text).toContain(text('therapy:failure.unavailable'));
      expect(roundsSet(failing)).toBe(0);
      expect((await a.saved())?.cold).toEqual({ day: '2026-03-02', rounds: 1 });

      // Permission withdrawn (401): asked again, nothing charged.
      failing.permission = false;
      const asked = await a.say('two rounds of ice');
      expect(asked.text).toBe(text('therapy:permission.why.cold'));
      expect((await a.saved())?.cold).toEqual({ day: '2026-03-02', rounds: 1 });
      failing.permission = true;
      if (a.open) await a.end();

      // While the kitchen device waits on a Timers API that will fail, the bedroom device sets two rounds:
      // the kitchen's three rounds, charged before, are given back over the bedroom's two.
      const kitchen = new Conversation({ store: backend.store(), clock: () => new Date(now), device: { ...a.device, apiEndpoint: gated.endpoint } });
      failing.failNext = { status: 500, code: 'INTERNAL', times: 1 };
      const waiting = kitchen.say('three rounds of ice');
      await gated.arrived;
      expect((await b.saved())?.cold).toEqual({ day: '2026-03-02', rounds: 4 });
      expect(roundsSaid(await b.say('two rounds of ice'))).toBe(2);
      gated.open();
      expect((await waiting).text).toContain(text('therapy:failure.unavailable'));
      expect(roundsSet(failing)).toBe(0);
      expect(roundsSet(apis[1]!)).toBe(2);
      expect((await b.saved())?.cold).toEqual({ day: '2026-03-02', rounds: 3 });
    } finally {
      await gated.close();
      await stop();
    }
  });

  it('cold asked for without the timers permission is planned again, when it is given, from the day\'s count', { timeout: 30_000 }, async () => {
    const backend = makeBackend();
    const now = Date.parse('2026-03-02T15:00:00Z');
    const { apis, devices, stop } = await coldDevices(backend, newUser(), 2, () => now);
    const [a, b] = devices as [Conversation, Conversation];
    // The kitchen device has no timers permission; its request waits (on the device's time zone) while
    // the bedroom device sets three rounds, and is saved after, planned with the count it read.
    const gated = await gatedApi(a.device.apiEndpoint, (method, path) => method === 'GET' && path.includes('/settings/'));
    const kitchen = new Conversation({ store: backend.store(), clock: () => new Date(now), device: { ...a.device, apiEndpoint: gated.endpoint, scopes: { [TIMERS_SCOPE]: 'DENIED' } } });
    try {
      await b.say('three rounds of ice');
      apis[1]!.timers.clear();
      await b.say('two rounds of ice');
      apis[1]!.timers.clear();
      const asking = kitchen.say('three rounds of ice');
      await gated.arrived;
      expect(roundsSaid(await b.say('two rounds of ice'))).toBe(2);
      gated.open();
      expect((await asking).text).toBe(text('therapy:permission.why.cold'));
      expect((await kitchen.saved())?.therapy).toMatchObject({ kind: 'cold', rounds: 3 });
      expect((await kitchen.saved())?.cold).toEqual({ day: '2026-03-02', rounds: 7 });

      // Consent: one round is left, and said.
      const accepted = await kitchen.permission('ACCEPTED');
      expect(roundsSaid(accepted)).toBe(1);
      expect(accepted.text).toContain(text('therapy:cold.cappedToday', { count: 1 }));
      expect(roundsSet(apis[0]!)).toBe(1);
      expect((await kitchen.saved())?.cold).toEqual({ day: '2026-03-02', rounds: 8 });
    } finally {
      await gated.close();
      await stop();
    }
  });

  it('a save given up on at its timeout never lands over a newer one', { timeout: 30_000 }, async () => {
    const backend = makeBackend();
    const slow = backend.slowStore();
    const c = new Conversation({ store: slow.store, device: { userId: newUser() } });
    await c.say('lower back massage with a foam roller');
    await c.say('next');
    expect((await c.saved())?.progress?.step).toBe(1);

    // The next save reaches the store only after the skill has given up on it.
    slow.holdWrites(STORE_TIMEOUT_MS + 1500);
    const started = Date.now();
    expect((await c.say('next')).text).toContain('Step 3 of 4.');
    expect(Date.now() - started).toBeLessThan(STORE_TIMEOUT_MS + 1000);
    slow.holdWrites(0);

    // Meanwhile the user goes on: step 4 is saved.
    expect((await c.say('next')).text).toContain('Step 4 of 4.');
    expect((await c.saved())?.progress?.step).toBe(3);
    // The late write arrives, and is refused: it was made over a version that is gone.
    await slow.settled();
    expect((await c.saved())?.progress?.step).toBe(3);
  });

  it('two voices in one session: the record is the one the session started with; each keeps their own', async () => {
    const backend = makeBackend();
    const userId = newUser();
    const alice = 'amzn1.ask.person.ALICE';
    const bob = 'amzn1.ask.person.BOB';
    const c = new Conversation({ store: backend.store(), device: { userId, personId: alice } });
    await c.say('lower back massage with a foam roller');
    await c.say('next');
    // Bob speaks up mid-session: the session's record stays Alice's.
    c.speaker(bob);
    await c.say('slow down');
    await c.say('next');
    c.speaker(alice);
    await c.say('stop');
    expect(await c.saved({ personId: alice })).toMatchObject({ prefs: { pace: 'slow' }, progress: { routine: 'lowerBackFoamRoller', step: 2 } });
    expect(await c.saved({ personId: bob })).toBeUndefined();

    // Bob's own session: his record, and Alice's is left as it was.
    c.speaker(bob);
    await c.say('my favorite oil is lavender');
    expect(await c.saved({ personId: bob })).toMatchObject({ prefs: { oil: 'lavender' }, progress: undefined });
    expect((await c.saved({ personId: alice }))?.prefs).toEqual({ equipment: ['foamRoller'], pace: 'slow', knowsNext: true });
    expect(await c.saved({ personId: undefined })).toBeUndefined();
  });
});
