import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { PersistenceAdapter } from 'ask-sdk-core';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { RequestInput, SessionInfo } from '../lambda/local/envelope';

/**
 * One measurement in a fresh process, printed as JSON on stderr (stdout carries the skill's own
 * request logs, discarded, as Lambda ships them off) (run by scripts/bench.mjs):
 *   cold BUNDLE                  time to require the bundle
 *   first BUNDLE                 require plus the first LaunchRequest
 *   getitem EP T                 the reference: require AWS SDK v3's client, one consistent GetItem
 *   store BUNDLE EP T            a candidate store (bench/stores): require, first read, first
 *                                conditional write, then the median of 100 read-and-write pairs
 *   warm BUNDLE N                per-request latency over N requests of a scripted routine (the
 *                                baseline answers the same requests with its hello), and which of
 *                                them a garbage collection ran in
 *   memory BUNDLE                peak resident memory after loading and 400 requests
 * Nothing the bundles may load (node:crypto, http) is loaded before a measure starts: the request
 * builder (lambda/local/envelope.ts, which loads node:crypto) only after it, and the first request
 * is the launch fixture (test/fixtures/launch.json), read beforehand.
 */
type Handler = (event: RequestEnvelope) => Promise<ResponseEnvelope>;
const requireFrom = createRequire(__filename);
const envelopes = () => require('../lambda/local/envelope') as typeof import('../lambda/local/envelope');
/** The launch fixture. Alexa sends an apiAccessToken; without one the skill's settings look-up is skipped. */
function launch(userId?: string): RequestEnvelope {
  const envelope = JSON.parse(readFileSync('test/fixtures/launch.json', 'utf8')) as RequestEnvelope;
  envelope.context.System.apiAccessToken = '';
  if (userId !== undefined) {
    envelope.context.System.user.userId = userId;
    if (envelope.session) envelope.session.user.userId = userId;
  }
  return envelope;
}
const device = () => ({ ...envelopes().DEFAULT_DEVICE, apiAccessToken: '' });

function load(bundle: string): Handler {
  return (requireFrom(bundle) as { handler: Handler }).handler;
}

async function getItem(endpoint: string, table: string): Promise<void> {
  const { DynamoDBClient, GetItemCommand } = requireFrom('@aws-sdk/client-dynamodb') as typeof import('@aws-sdk/client-dynamodb');
  const client = new DynamoDBClient({ endpoint, region: 'us-east-1' });
  await client.send(new GetItemCommand({ TableName: table, Key: { id: { S: 'amzn1.ask.account.LOCALUSER' } }, ConsistentRead: true }));
}

const ms = (from: bigint) => Number(process.hrtime.bigint() - from) / 1e6;

/**
 * A candidate store doing a first request's part (a consistent read, then a conditional write of a
 * mid-routine state over the version read), from require on; then warm pairs of the same.
 * Between load and first call, one turn of the event loop, as the Lambda runtime fetches the event.
 */
async function store(bundle: string, endpoint: string, table: string): Promise<Record<string, number>> {
  // A user of its own for each process: the first read finds nothing, the write makes the record.
  const envelope = launch(`amzn1.ask.account.BENCH${process.pid}${Date.now()}`);
  const started = process.hrtime.bigint();
  // The bundle's own symbols: each bundle has its own copy of versions.ts (importing it here would also
  // load node:crypto before the measure).
  const { createStore, VERSION: version, WRITE: write } = requireFrom(bundle) as { createStore: (table: string, endpoint: string) => PersistenceAdapter; VERSION: symbol; WRITE: symbol };
  const adapter = createStore(table, endpoint);
  const init = ms(started);
  await new Promise((resolve) => setImmediate(resolve));
  const called = process.hrtime.bigint();
  const pair = async () => {
    const read = (await adapter.getAttributes(envelope)) as Record<string | symbol, unknown>;
    const readAt = ms(started);
    const attributes: Record<string | symbol, unknown> = { massageCoach: { v: 2, safetyHeard: true, prefs: { equipment: ['hands'] }, progress: { routine: 'lowerBackHands', step: 1, side: 0, paused: false, updatedAt: new Date().toISOString() } } };
    const over = read[version];
    if (typeof over !== 'string') throw new Error('the store handed up no version');
    attributes[write] = { over, next: `v${process.hrtime.bigint()}` };
    await adapter.saveAttributes(envelope, attributes);
    return readAt;
  };
  const firstRead = await pair();
  const result = { init, firstCall: firstRead - Number(called - started) / 1e6, firstRead, firstWrite: ms(started) };
  const pairs: number[] = [];
  for (let i = 0; i < 100; i++) {
    const from = process.hrtime.bigint();
    await pair();
    pairs.push(ms(from));
  }
  pairs.sort((a, b) => a - b);
  // The writes were conditional: one over a version that is not the record's is refused.
  const stale: Record<string | symbol, unknown> = { massageCoach: { v: 2, safetyHeard: false, prefs: {} } };
  stale[write] = { over: 'not-the-version', next: 'never' };
  const refused = await adapter.saveAttributes(envelope, stale).then(() => false, (error: unknown) => (error as Error).name === 'VersionConflict');
  if (!refused) throw new Error('a write over another version was not refused');
  return { ...result, warmPair: pairs[50] ?? 0 };
}

/** A full routine as a user would go: launch, start, every step, stop; sessions carry attributes. */
function* routine(): Generator<RequestInput> {
  yield { type: 'LaunchRequest' };
  yield { type: 'IntentRequest', intent: 'StartRoutineIntent', slots: { area: { value: 'lower back', id: 'lowerBack' }, equipment: { value: 'hands', id: 'hands' } } };
  for (let i = 0; i < 5; i++) yield { type: 'IntentRequest', intent: 'AMAZON.NextIntent' };
  yield { type: 'IntentRequest', intent: 'AMAZON.StopIntent' };
}

interface Warm {
  readonly times: number[];
  /** For each timed request, whether a garbage collection ran while it did. */
  readonly metGc: boolean[];
}

/** Runs the routine over and over; `watchGc` notes the garbage collections (not for the memory measure). */
async function warm(handler: Handler, n: number, watchGc: boolean): Promise<Warm> {
  const times: number[] = [];
  const spans: [number, number][] = [];
  const gcs: [number, number][] = [];
  // perf_hooks only when watching: loading it changes what the memory measure sees.
  const { performance, PerformanceObserver } = watchGc ? (requireFrom('node:perf_hooks') as typeof import('node:perf_hooks')) : { performance: undefined, PerformanceObserver: undefined };
  const observer = PerformanceObserver && new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) gcs.push([entry.startTime, entry.startTime + entry.duration]);
  });
  observer?.observe({ entryTypes: ['gc'] });
  const { buildEnvelope, newSession } = envelopes();
  const caller = device();
  let session: SessionInfo | undefined;
  let script = routine();
  for (let i = 0; i < n + 200; i++) {
    let next = script.next().value;
    if (!next) {
      script = routine();
      session = undefined;
      next = script.next().value as RequestInput;
    }
    if (next.type === 'LaunchRequest') session = newSession();
    const envelope = buildEnvelope(next, session ?? newSession(), caller);
    const from = performance?.now() ?? 0;
    const started = process.hrtime.bigint();
    const response = await handler(envelope);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (i >= 200) {
      // the first 200 warm the JIT up
      times.push(ms);
      spans.push([from, performance?.now() ?? 0]);
    }
    session = response.response.shouldEndSession === false && session ? { ...session, isNew: false, attributes: response.sessionAttributes ?? {} } : undefined;
  }
  if (observer) {
    await new Promise((resolve) => setTimeout(resolve, 50)); // the observer hears of collections a turn or two later
    observer.disconnect();
  }
  return { times, metGc: spans.map(([from, to]) => gcs.some(([start, end]) => start < to && end > from)) };
}

function report(result: unknown): void {
  process.stderr.write(`${JSON.stringify(result)}\n`);
}

async function main(): Promise<void> {
  const [mode, bundle, ...rest] = process.argv.slice(2);
  if (!mode || !bundle) throw new Error('usage: probe MODE BUNDLE ...');
  // The Lambda runtime has its log stream open before it loads a handler: so does the probe, for both skills.
  console.log('probe ready');
  const first = mode === 'first' ? launch() : undefined;
  const started = process.hrtime.bigint();
  if (mode === 'cold') {
    load(bundle);
    report({ ms: Number(process.hrtime.bigint() - started) / 1e6 });
  } else if (mode === 'getitem') {
    await getItem(bundle, rest[0] ?? '');
    report({ ms: Number(process.hrtime.bigint() - started) / 1e6 });
  } else if (mode === 'store') {
    report(await store(bundle, rest[0] ?? '', rest[1] ?? ''));
  } else if (mode === 'first') {
    const handler = load(bundle);
    await handler(first as RequestEnvelope);
    report({ ms: Number(process.hrtime.bigint() - started) / 1e6 });
  } else if (mode === 'warm') {
    report(await warm(load(bundle), Number(rest[0] ?? 2000), true));
  } else if (mode === 'memory') {
    await warm(load(bundle), 200, false);
    report({ maxRssKb: process.resourceUsage().maxRSS });
  } else throw new Error(`unknown mode ${mode}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
