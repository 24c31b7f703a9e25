// npm run bench: builds the Lambda bundle, the references (hello world, floor, bare SDK GetItem, bare
// ask-sdk-express-adapter server) and the DynamoDB client candidates, measures them in the same run on
// the same dynalite, and prints two tables: the candidates, and the skill against its references with
// pass/fail per budget (exit code 1 when a budget fails). Not part of npm test: benchmarks are not timed tests.
// `npm run bench -- --only candidates,first,warm,http` runs some phases (cold, first, dynamodb,
// candidates, warm, memory, http); budgets of phases not run are left out.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const PROCESSES = 25;
const STORE_PROCESSES = 11;
const WARM_PROCESSES = 5;
const WARM_REQUESTS = 4000;
/** The same processes go on this long, to report a steady state (the budget's requests are the first WARM_REQUESTS). */
const WARM_STEADY_AFTER = 8000;
const HTTP_ROUNDS = 5;
const HTTP_SECONDS = 3;
const HTTP_CONNECTIONS = 50;
const only = process.argv.includes('--only') ? new Set(process.argv[process.argv.indexOf('--only') + 1].split(',')) : undefined;
const runs = (phase) => !only || only.has(phase);

/** The DynamoDB clients measured side by side; each does the store's whole job (bench/stores/*.ts). */
const CANDIDATES = [
  { name: 'sdkDocument', label: 'AWS SDK v3, client-dynamodb + lib-dynamodb (the store before)' },
  { name: 'sdkClient', label: 'AWS SDK v3, client-dynamodb alone, marshalling by hand' },
  { name: 'awsLite', label: 'aws-lite (@aws-lite/client 0.23, bundled), marshalling by hand' },
  { name: 'own', label: 'this project\'s client, SigV4 over node:http (**shipped**)' },
  { name: 'ownPreloaded', label: 'the same, its load started at module load' },
];

const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning', legalComments: 'none' };
execFileSync(process.execPath, ['scripts/build.mjs', 'lambda'], { stdio: 'inherit' });
execFileSync(process.execPath, ['scripts/build.mjs', 'serve'], { stdio: 'inherit' });
await build({ ...common, entryPoints: ['bench/baseline.ts'], outfile: '.build/bench/baseline.js', minify: true, external: ['@aws-sdk/*'] });
await build({ ...common, entryPoints: ['bench/floor.ts'], outfile: '.build/bench/floor.js', minify: true, external: ['@aws-sdk/*', 'i18next'] });
await build({ ...common, entryPoints: ['bench/probe.ts'], outfile: '.build/bench/probe.js', external: ['@aws-sdk/*'] });
await build({ ...common, entryPoints: ['bench/httpBaseline.ts'], outfile: '.build/bench/httpBaseline.js', minify: true });
await build({ ...common, entryPoints: ['bench/httpSkill.ts'], outfile: '.build/bench/httpSkill.js', minify: true, external: ['@aws-sdk/*'] });
// Bundled as the Lambda bundle is: the AWS SDK left out (the nodejs22.x runtime ships it), the rest in.
for (const { name } of CANDIDATES) {
  await build({ ...common, entryPoints: [`bench/stores/${name}.ts`], outfile: `.build/bench/stores/${name}.js`, minify: true, external: ['@aws-sdk/*'] });
}

const skill = resolve('dist/index.js');
const baseline = resolve('.build/bench/baseline.js');
const floor = resolve('.build/bench/floor.js');
const probe = resolve('.build/bench/probe.js');
const storeBundle = (name) => resolve(`.build/bench/stores/${name}.js`);

/** Runs a probe in a fresh process, asynchronously, so that dynalite in this process keeps answering. */
function run(args, env = {}) {
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, ['--no-warnings', probe, ...args], {
      env: { ...process.env, AWS_EC2_METADATA_DISABLED: 'true', ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      const last = err.trim().split('\n').at(-1) ?? '';
      // A store that failed (a read given up on) would make a first request look fast: that fails the run.
      if (code !== 0 || !last.startsWith('{') || err.includes('"event":"persistence.')) reject(new Error(`probe ${args.join(' ')} failed: ${err.slice(-500)}`));
      else resolveRun(JSON.parse(last));
    });
  });
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const percentile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))];
/** Alternates the two so that machine noise falls on both alike. */
async function pairs(a, b) {
  const x = [];
  const y = [];
  for (let i = 0; i < PROCESSES; i++) {
    x.push((await a()).ms);
    y.push((await b()).ms);
  }
  return [median(x), median(y)];
}

// dynalite in-process, with the skill's table and a returning user's record (mid-routine).
process.env.AWS_ACCESS_KEY_ID ??= 'bench';
process.env.AWS_SECRET_ACCESS_KEY ??= 'bench';
process.env.AWS_REGION ??= 'us-east-1';
const { default: dynalite } = await import('dynalite');
const { DynamoDBClient, CreateTableCommand, PutItemCommand } = await import('@aws-sdk/client-dynamodb');
const db = dynalite({ createTableMs: 0 });
await new Promise((r) => db.listen(0, '127.0.0.1', r));
const endpoint = `http://127.0.0.1:${db.address().port}`;
const table = 'massage-coach-bench';
const admin = new DynamoDBClient({ endpoint, region: 'us-east-1' });
await admin.send(new CreateTableCommand({ TableName: table, KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }], AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }], BillingMode: 'PAY_PER_REQUEST' }));
const progress = { M: { routine: { S: 'lowerBackHands' }, step: { N: '1' }, side: { N: '0' }, paused: { BOOL: false }, updatedAt: { S: new Date().toISOString() } } };
const state = { M: { v: { N: '2' }, safetyHeard: { BOOL: true }, prefs: { M: { equipment: { L: [{ S: 'hands' }] } } }, progress } };
await admin.send(new PutItemCommand({ TableName: table, Item: { id: { S: 'amzn1.ask.account.LOCALUSER' }, attributes: { M: { massageCoach: state } }, version: { S: 'bench' } } }));
admin.destroy();

const rows = [];
const phase = (name) => process.stderr.write(`  measuring ${name}...\n`);
/** `pass` is undefined for a row that is reported, not checked against a budget. */
const row = (name, value, base, unit, budget, pass) => rows.push({ name, value, base, unit, budget, pass });
const dynamoEnv = { DYNAMODB_TABLE: table, DYNAMODB_ENDPOINT: endpoint };

const candidates = [];
if (runs('candidates')) {
  phase('DynamoDB clients');
  // Round-robin, so that machine noise falls on all alike.
  const results = new Map(CANDIDATES.map(({ name }) => [name, []]));
  for (let i = 0; i < STORE_PROCESSES; i++) {
    for (const { name } of CANDIDATES) results.get(name).push(await run(['store', storeBundle(name), endpoint, table]));
  }
  for (const { name, label } of CANDIDATES) {
    const of = (measure) => median(results.get(name).map((r) => r[measure]));
    candidates.push({ label, init: of('init'), firstCall: of('firstCall'), firstRead: of('firstRead'), firstWrite: of('firstWrite'), warmPair: of('warmPair'), kb: statSync(storeBundle(name)).size / 1024 });
  }
}

if (runs('cold')) {
  phase('cold start');
  const [cold, coldBase] = await pairs(() => run(['cold', skill]), () => run(['cold', baseline]));
  row(`cold start (require, median of ${PROCESSES})`, cold, coldBase, 'ms', '<= 1.1x hello world', cold <= 1.1 * coldBase);
}

if (runs('first')) {
  phase('first request');
  const [first, firstBase] = await pairs(() => run(['first', skill]), () => run(['first', baseline]));
  row('first request, no table (require to answer)', first, firstBase, 'ms', '<= 1.1x hello world', first <= 1.1 * firstBase);
}

if (runs('dynamodb')) {
  phase('first request with DynamoDB');
  const [firstDb, getItem] = await pairs(() => run(['first', skill], dynamoEnv), () => run(['getitem', endpoint, table]));
  row('first request, DynamoDB (dynalite; returning user)', firstDb, getItem, 'ms', '<= 0.6x bare SDK v3 GetItem (require to answer)', firstDb <= 0.6 * getItem);
}

if (runs('warm')) {
  phase('warm latency');
  // The same scripted requests for all (launch, start, every step, stop); the hello world and the
  // floor say hello to each. Several processes in turn: each gives a median and a p99, and the
  // table has their medians.
  const warm = { skill: [], baseline: [], floor: [] };
  for (let i = 0; i < WARM_PROCESSES; i++) {
    for (const [name, bundle] of [['skill', skill], ['baseline', baseline], ['floor', floor]]) {
      const all = await run(['warm', bundle, String(WARM_STEADY_AFTER + WARM_REQUESTS)]);
      const times = all.times.slice(0, WARM_REQUESTS);
      const metGc = all.metGc.slice(0, WARM_REQUESTS);
      const calm = times.filter((_, j) => !metGc[j]);
      // Slow requests no collection ran in: V8 compiling hot code (TurboFan) on the machine's cores.
      const slowCalm = calm.filter((ms) => ms > 0.3).length;
      warm[name].push({ median: median(times), p99: percentile(times, 99), gcShare: (100 * (times.length - calm.length)) / times.length, calmP99: percentile(calm, 99), slowCalm, steadyP99: percentile(all.times.slice(WARM_STEADY_AFTER), 99) });
    }
  }
  const warmOf = (name, measure) => median(warm[name].map((process) => process[measure]));
  row('warm request, median', warmOf('skill', 'median'), warmOf('floor', 'median'), 'ms', 'reported', undefined);
  row('warm request, p99', warmOf('skill', 'p99'), warmOf('floor', 'p99'), 'ms', '<= 2x floor', warmOf('skill', 'p99') <= 2 * warmOf('floor', 'p99'));
  // What the tail is made of: requests that a garbage collection ran in, and the p99 of the others.
  row('warm requests a garbage collection ran in', warmOf('skill', 'gcShare'), warmOf('floor', 'gcShare'), '%', 'reported', undefined);
  row('warm p99 of the requests no collection ran in', warmOf('skill', 'calmP99'), warmOf('floor', 'calmP99'), 'ms', 'reported', undefined);
  row(`warm requests over 0.3 ms no collection ran in (of ${WARM_REQUESTS})`, warmOf('skill', 'slowCalm'), warmOf('floor', 'slowCalm'), 'requests', 'reported', undefined);
  row(`warm p99 of requests ${WARM_STEADY_AFTER + 200}-${WARM_STEADY_AFTER + WARM_REQUESTS + 200} (the same processes, later)`, warmOf('skill', 'steadyP99'), warmOf('floor', 'steadyP99'), 'ms', 'reported', undefined);
  row('warm p99, bare hello world', undefined, warmOf('baseline', 'p99'), 'ms', 'reference', undefined);
}

const bytes = statSync(skill).size;
const gzip = gzipSync(readFileSync(skill)).length;
row('bundle size (minified)', bytes / 1024, statSync(baseline).size / 1024, 'KB', '< 1 MB', bytes < 1024 * 1024);
row('bundle size (gzip)', gzip / 1024, gzipSync(readFileSync(baseline)).length / 1024, 'KB', 'reported', undefined);
// What ships: the bundle plus what it loads when needed (i18next, German, Spanish and French texts).
const files = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
row('Lambda package (dist/, all files)', files('dist').reduce((sum, f) => sum + statSync(f).size, 0) / 1024, undefined, 'KB', 'reported', undefined);

if (runs('memory')) {
  phase('memory');
  const memory = (await run(['memory', skill])).maxRssKb / 1024;
  const memoryBase = (await run(['memory', baseline])).maxRssKb / 1024;
  row('peak memory (load + 400 requests)', memory, memoryBase, 'MB', '< 80 MB', memory < 80);
}

if (runs('http')) {
  phase('the HTTP servers');
  // Each server in turn on the same port, under the same load (autocannon, in this process), its log
  // lines going to a file. The budget compares the skill's server (bench/httpSkill.ts: createApp as
  // `npm run serve` builds it, no store) with the hello world behind ask-sdk-express-adapter, both
  // with verification off: the adapter's checks and ours cost about the same, and the bench has no
  // Amazon-signed requests to give them. The shipped server with its file store is measured apart.
  const port = await new Promise((resolvePort) => {
    const probeServer = createServer().listen(0, '127.0.0.1', () => {
      const { port: free } = probeServer.address();
      probeServer.close(() => resolvePort(free));
    });
  });
  const up = () => new Promise((resolveUp) => connect(port, '127.0.0.1').on('connect', function () { this.destroy(); resolveUp(true); }).on('error', () => resolveUp(false)));
  const data = mkdtempSync(join(tmpdir(), 'massage-coach-bench-'));
  const { default: autocannon } = await import('autocannon');
  const start = readFileSync('test/fixtures/start-lower-back.json', 'utf8');
  /** Starts a server, loads it, stops it; `setupRequest` may vary each request. */
  async function load(script, args, body, seconds, setupRequest) {
    const server = spawn(process.execPath, [script, '--port', String(port), ...args], { stdio: ['ignore', openSync(join(data, 'log'), 'a'), 'ignore'] });
    for (let waited = 0; !(await up()); waited += 20) {
      if (waited > 10_000) throw new Error(`${script} did not start`);
      await new Promise((r) => setTimeout(r, 20));
    }
    const options = { url: `http://127.0.0.1:${port}/`, method: 'POST', body, headers: { 'content-type': 'application/json' }, connections: HTTP_CONNECTIONS, duration: seconds };
    const result = await autocannon(setupRequest ? { ...options, requests: [{ setupRequest }] } : options);
    await new Promise((resolveExit) => {
      server.once('exit', resolveExit);
      server.kill('SIGTERM');
    });
    return result;
  }
  const results = { skill: [], reference: [] };
  const servers = { skill: '.build/bench/httpSkill.js', reference: '.build/bench/httpBaseline.js' };
  for (let i = 0; i < HTTP_ROUNDS; i++) {
    // Which goes first changes from round to round.
    for (const name of i % 2 === 0 ? ['skill', 'reference'] : ['reference', 'skill']) results[name].push(await load(servers[name], [], start, HTTP_SECONDS));
  }
  // Each round's two runs are next to each other in time: the budget takes the median of their ratios,
  // so that a burst of other work on the machine falls on one pair, not on one server.
  const httpOf = (name, pick) => median(results[name].map(pick));
  const ratio = (pick) => median(results.skill.map((r, i) => pick(r) / pick(results.reference[i])));
  const rpsRatio = ratio((r) => r.requests.average);
  const p99Ratio = ratio((r) => r.latency.p99);
  const clean = (list) => list.every((r) => r.non2xx === 0 && r.errors === 0 && r.timeouts === 0);
  row(`HTTP server, no store: requests/second (${HTTP_CONNECTIONS} conn., median of ${HTTP_ROUNDS} x ${HTTP_SECONDS} s)`, httpOf('skill', (r) => r.requests.average), httpOf('reference', (r) => r.requests.average), 'req/s', `>= 0.8x express adapter (median ratio ${rpsRatio.toFixed(2)}); every answer a 200`, clean([...results.skill, ...results.reference]) && rpsRatio >= 0.8);
  row('HTTP server, no store: p99 latency', httpOf('skill', (r) => r.latency.p99), httpOf('reference', (r) => r.latency.p99), 'ms', `<= 1.5x express adapter (median ratio ${p99Ratio.toFixed(2)})`, p99Ratio <= 1.5);
  // The shipped server (`npm run serve -- --no-verify`) with its file store, each request a new user
  // starting a routine (a read, and a write fsynced to disk): the store's cost, reported.
  let user = 0;
  const writes = await load('.build/serve.js', ['--no-verify', '--data', data], start, HTTP_SECONDS, (request) => ({ ...request, body: start.replaceAll('amzn1.ask.account.LOCALUSER', `amzn1.ask.account.BENCH${++user}`) }));
  rmSync(data, { recursive: true, force: true });
  row('HTTP server with its file store (`npm run serve`), a new user starting a routine each request: requests/second', writes.requests.average, undefined, 'req/s', `reported (p99 ${writes.latency.p99} ms)`, clean([writes]) ? undefined : false);
}
await new Promise((r) => db.close(r));

const fmt = (n, unit) => (n === undefined ? '' : unit === 'requests' || n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(3));
console.log(`\nMassage Coach benchmark (Node ${process.version}, ${new Date().toISOString().slice(0, 10)})\n`);
if (candidates.length > 0) {
  console.log(`DynamoDB clients, each the store's whole job on the same dynalite (median of ${STORE_PROCESSES} processes; ms):\n`);
  console.log(
    [
      '| client | load | first read (call) | first read (require to answer) | + conditional write | warm read + write | bundle KB |',
      '|---|---:|---:|---:|---:|---:|---:|',
      ...candidates.map((c) => `| ${c.label} | ${fmt(c.init)} | ${fmt(c.firstCall)} | ${fmt(c.firstRead)} | ${fmt(c.firstWrite)} | ${fmt(c.warmPair)} | ${fmt(c.kb)} |`),
    ].join('\n'),
  );
  console.log('');
}
console.log(
  [
    '| measure | Massage Coach | reference | unit | budget | result |',
    '|---|---:|---:|---|---|---|',
    ...rows.map((r) => `| ${r.name} | ${fmt(r.value, r.unit)} | ${fmt(r.base, r.unit)} | ${r.unit} | ${r.budget} | ${r.pass === undefined ? '' : r.pass ? 'pass' : 'FAIL'} |`),
  ].join('\n'),
);
process.exit(rows.every((r) => r.pass !== false) ? 0 : 1);
