import { createRequire } from 'node:module';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { buildEnvelope, DEFAULT_DEVICE, newSession, type RequestInput, type SessionInfo } from '../lambda/local/envelope';

/**
 * One measurement in a fresh process, printed as JSON on stderr (stdout carries the skill's own
 * request logs, discarded, as Lambda ships them off) (run by scripts/bench.mjs):
 *   cold BUNDLE                  time to require the bundle
 *   first BUNDLE [getitem EP T]  require plus the first LaunchRequest (optionally one GetItem first)
 *   warm BUNDLE N                per-request latency over N requests of a scripted routine (the
 *                                baseline answers the same requests with its hello), and which of
 *                                them a garbage collection ran in
 *   memory BUNDLE                peak resident memory after loading and 400 requests
 */
type Handler = (event: RequestEnvelope) => Promise<ResponseEnvelope>;
const requireFrom = createRequire(__filename);
// Alexa sends an apiAccessToken; without an endpoint to call, the skill's settings look-up is skipped.
const device = { ...DEFAULT_DEVICE, apiAccessToken: '' };

function load(bundle: string): Handler {
  return (requireFrom(bundle) as { handler: Handler }).handler;
}

async function getItem(endpoint: string, table: string): Promise<void> {
  const { DynamoDBClient, GetItemCommand } = requireFrom('@aws-sdk/client-dynamodb') as typeof import('@aws-sdk/client-dynamodb');
  const client = new DynamoDBClient({ endpoint, region: 'us-east-1' });
  await client.send(new GetItemCommand({ TableName: table, Key: { id: { S: 'baseline' } }, ConsistentRead: true }));
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
    const envelope = buildEnvelope(next, session ?? newSession(), device);
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
  const started = process.hrtime.bigint();
  if (mode === 'cold') {
    load(bundle);
    report({ ms: Number(process.hrtime.bigint() - started) / 1e6 });
  } else if (mode === 'first') {
    if (rest[0] === 'getitem') await getItem(rest[1] ?? '', rest[2] ?? '');
    const handler = load(bundle);
    await handler(buildEnvelope({ type: 'LaunchRequest' }, newSession(), device));
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
