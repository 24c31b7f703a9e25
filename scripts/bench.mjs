// npm run bench: builds the bundle and a hello-world baseline the same way, measures both in the
// same run, and prints one table with pass/fail per budget (exit code 1 when a budget fails).
// Not part of npm test: benchmarks are not timed tests.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const PROCESSES = 25;
const WARM_PROCESSES = 5;
const WARM_REQUESTS = 4000;
const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning', legalComments: 'none' };

execFileSync(process.execPath, ['scripts/build.mjs', 'lambda'], { stdio: 'inherit' });
execFileSync(process.execPath, ['scripts/build.mjs', 'serve'], { stdio: 'inherit' });
await build({ ...common, entryPoints: ['bench/baseline.ts'], outfile: '.build/bench/baseline.js', minify: true, external: ['@aws-sdk/*'] });
await build({ ...common, entryPoints: ['bench/floor.ts'], outfile: '.build/bench/floor.js', minify: true, external: ['@aws-sdk/*', 'i18next'] });
await build({ ...common, entryPoints: ['bench/probe.ts'], outfile: '.build/bench/probe.js', external: ['@aws-sdk/*'] });

const skill = resolve('dist/index.js');
const baseline = resolve('.build/bench/baseline.js');
const floor = resolve('.build/bench/floor.js');
const probe = resolve('.build/bench/probe.js');

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
      if (code !== 0 || !last.startsWith('{')) reject(new Error(`probe ${args.join(' ')} failed: ${err.slice(-500)}`));
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

// dynalite in-process, with the skill's table, for the DynamoDB first request.
process.env.AWS_ACCESS_KEY_ID ??= 'bench';
process.env.AWS_SECRET_ACCESS_KEY ??= 'bench';
process.env.AWS_REGION ??= 'us-east-1';
const { default: dynalite } = await import('dynalite');
const { DynamoDBClient, CreateTableCommand } = await import('@aws-sdk/client-dynamodb');
const db = dynalite({ createTableMs: 0 });
await new Promise((r) => db.listen(0, '127.0.0.1', r));
const endpoint = `http://127.0.0.1:${db.address().port}`;
const table = 'massage-coach-bench';
const admin = new DynamoDBClient({ endpoint, region: 'us-east-1' });
await admin.send(new CreateTableCommand({ TableName: table, KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }], AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }], BillingMode: 'PAY_PER_REQUEST' }));
admin.destroy();

const rows = [];
const phase = (name) => process.stderr.write(`  measuring ${name}...\n`);
/** `pass` is undefined for a row that is reported, not checked against a budget. */
const row = (name, value, base, unit, budget, pass) => rows.push({ name, value, base, unit, budget, pass });

phase('cold start');
const [cold, coldBase] = await pairs(() => run(['cold', skill]), () => run(['cold', baseline]));
row(`cold start (require, median of ${PROCESSES})`, cold, coldBase, 'ms', '<= 1.5x baseline', cold <= 1.5 * coldBase);

phase('first request');
const [first, firstBase] = await pairs(() => run(['first', skill]), () => run(['first', baseline]));
row('first request, no table', first, firstBase, 'ms', '<= 1.5x baseline', first <= 1.5 * firstBase);

const dynamoEnv = { DYNAMODB_TABLE: table, DYNAMODB_ENDPOINT: endpoint };
phase('first request with DynamoDB');
const [firstDb, firstDbBase] = await pairs(() => run(['first', skill], dynamoEnv), () => run(['first', baseline, 'getitem', endpoint, table]));
row('first request, DynamoDB (dynalite)', firstDb, firstDbBase, 'ms', '<= 1.5x baseline + GetItem', firstDb <= 1.5 * firstDbBase);

phase('warm latency');
// The same scripted requests for all (launch, start, every step, stop); the baseline says hello to
// each. Several processes in turn: each gives a median and a p99, and the table has their medians.
const warm = { skill: [], baseline: [], floor: [] };
for (let i = 0; i < WARM_PROCESSES; i++) {
  for (const [name, bundle] of [['skill', skill], ['baseline', baseline], ['floor', floor]]) {
    const { times, metGc } = await run(['warm', bundle, String(WARM_REQUESTS)]);
    const calm = times.filter((_, j) => !metGc[j]);
    warm[name].push({ median: median(times), p99: percentile(times, 99), gcShare: (100 * (times.length - calm.length)) / times.length, calmP99: percentile(calm, 99) });
  }
}
const warmOf = (name, measure) => median(warm[name].map((process) => process[measure]));
row('warm request, median', warmOf('skill', 'median'), warmOf('baseline', 'median'), 'ms', 'reported', undefined);
row('warm request, p99', warmOf('skill', 'p99'), warmOf('baseline', 'p99'), 'ms', '<= 2x baseline', warmOf('skill', 'p99') <= 2 * warmOf('baseline', 'p99'));
// What the tail is made of: requests that a garbage collection ran in, and the p99 of the others.
row('warm requests a garbage collection ran in', warmOf('skill', 'gcShare'), warmOf('baseline', 'gcShare'), '%', 'reported', undefined);
row('warm p99 of the requests no collection ran in', warmOf('skill', 'calmP99'), warmOf('baseline', 'calmP99'), 'ms', 'reported', undefined);
// A reference, no budget: the hello world keeping this skill's session state and writing its request log.
row("warm p99, baseline keeping this skill's session state and request log", undefined, warmOf('floor', 'p99'), 'ms', 'reference', undefined);

const bytes = statSync(skill).size;
const gzip = gzipSync(readFileSync(skill)).length;
row('bundle size (minified)', bytes / 1024, statSync(baseline).size / 1024, 'KB', '< 1 MB', bytes < 1024 * 1024);
row('bundle size (gzip)', gzip / 1024, gzipSync(readFileSync(baseline)).length / 1024, 'KB', 'reported', undefined);
// What ships: the bundle plus what it loads when needed (i18next, German, Spanish and French texts).
const files = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
row('Lambda package (dist/, all files)', files('dist').reduce((sum, f) => sum + statSync(f).size, 0) / 1024, undefined, 'KB', 'reported', undefined);

phase('memory');
const memory = (await run(['memory', skill])).maxRssKb / 1024;
const memoryBase = (await run(['memory', baseline])).maxRssKb / 1024;
row('peak memory (load + 400 requests)', memory, memoryBase, 'MB', '< 80 MB', memory < 80);

phase('the HTTP server');
// The HTTP server, verification off, 50 connections for 10 seconds on loopback.
const data = mkdtempSync(join(tmpdir(), 'massage-coach-bench-'));
const server = spawn(process.execPath, ['.build/serve.js', '--port', '0', '--no-verify', '--data', data], { stdio: ['ignore', 'pipe', 'ignore'] });
const url = await new Promise((resolveUrl, reject) => {
  let out = '';
  const timer = setTimeout(() => reject(new Error('the server did not start')), 10_000);
  server.stdout.on('data', (d) => {
    out += d;
    const match = /"url":"([^"]+)"/.exec(out);
    if (match) {
      clearTimeout(timer);
      server.stdout.removeAllListeners('data');
      server.stdout.resume();
      resolveUrl(match[1]);
    }
  });
});
const { default: autocannon } = await import('autocannon');
const body = readFileSync('test/fixtures/start-lower-back.json', 'utf8');
const http = await autocannon({ url: `${url}/`, method: 'POST', body, headers: { 'content-type': 'application/json' }, connections: 50, duration: 10 });
server.kill('SIGTERM');
row('HTTP server: requests/second (50 conn.)', http.requests.average, undefined, 'req/s', 'reported; every answer a 200', http.non2xx === 0 && http.errors === 0);
row('HTTP server: p99 latency', http.latency.p99, undefined, 'ms', 'reported', undefined);
await new Promise((r) => db.close(r));

const fmt = (n) => (n === undefined ? '' : n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(3));
const lines = [
  '| measure | Massage Coach | baseline | unit | budget | result |',
  '|---|---:|---:|---|---|---|',
  ...rows.map((r) => `| ${r.name} | ${fmt(r.value)} | ${fmt(r.base)} | ${r.unit} | ${r.budget} | ${r.pass === undefined ? '' : r.pass ? 'pass' : 'FAIL'} |`),
];
console.log(`\nMassage Coach benchmark (Node ${process.version}, ${new Date().toISOString().slice(0, 10)})\n`);
console.log(lines.join('\n'));
process.exit(rows.every((r) => r.pass !== false) ? 0 : 1);
