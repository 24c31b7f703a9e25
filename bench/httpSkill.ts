import { createApp, listen } from '../lambda/local/server';
import { buildSkill } from '../lambda/skill';

/**
 * The skill's HTTP server as `npm run serve` builds it (lambda/local/serve.ts: createApp, verification
 * off as with `--no-verify`, one JSON log line per request on stdout), but with no store: the same
 * work as the reference (bench/httpBaseline.ts) plus the skill's own, and no disk. The store's cost
 * is measured apart, on the shipped server. `node httpSkill.js --port N`.
 */
const app = createApp(buildSkill({}), {
  verifySignature: false,
  verifyTimestamp: false,
  log: (line) => {
    process.stdout.write(`${JSON.stringify(line)}\n`);
  },
});
const portAt = process.argv.indexOf('--port');
void listen(app, '127.0.0.1', portAt > 0 ? Number(process.argv[portAt + 1]) : 0).then((server) => {
  console.log(JSON.stringify({ event: 'listening', url: server.url }));
  process.once('SIGTERM', () => void server.close().then(() => process.exit(0)));
});
