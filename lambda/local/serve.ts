import { resolve } from 'node:path';
import { optionsFromEnv } from '../config';
import { FileStore } from '../persistence/FileStore';
import { buildSkill } from '../skill';
import { createApp, listen, type ServerLogger } from './server';

/** One JSON line per request or refusal on stdout (no user ids, tokens or words said). */
const jsonLines: ServerLogger = (line) => {
  process.stdout.write(`${JSON.stringify(line)}\n`);
};

/**
 * `npm run serve`: the skill over HTTP for self-hosting. Verification (signature, certificate, timestamp)
 * is on; `--no-verify` turns it off for local use only, and says so loudly. State goes to DynamoDB when
 * DYNAMODB_TABLE is set, to the embedded file store otherwise.
 */
const USAGE = 'Usage: npm run serve -- [--host 127.0.0.1] [--port 3000] [--data DIR] [--no-verify]';

function parse(argv: readonly string[]) {
  const options = { host: process.env.HOST ?? '127.0.0.1', port: Number(process.env.PORT ?? 3000), dataDir: process.env.MASSAGE_COACH_DATA_DIR ?? '.data', verify: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => argv[++i] ?? (() => { throw new Error(`${arg} needs a value\n${USAGE}`); })();
    if (arg === '--host') options.host = value();
    else if (arg === '--port') options.port = Number(value());
    else if (arg === '--data') options.dataDir = value();
    else if (arg === '--no-verify') options.verify = false;
    else throw new Error(`Unknown option ${arg}\n${USAGE}`);
  }
  if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535) throw new Error(`--port: a number from 0 to 65535\n${USAGE}`);
  return options;
}

async function main(): Promise<void> {
  const options = parse(process.argv.slice(2));
  const skillOptions = optionsFromEnv(process.env, () => new FileStore(resolve(options.dataDir)));
  const skill = buildSkill(skillOptions);
  if (!options.verify) {
    console.warn('\n*** WARNING: request verification is OFF (--no-verify). Anyone who can reach this port can call the skill. Local use only. ***\n');
  }
  const app = createApp(skill, {
    verifySignature: options.verify,
    verifyTimestamp: options.verify,
    ...(skillOptions.skillId ? { skillId: skillOptions.skillId } : {}),
    log: jsonLines,
  });
  const server = await listen(app, options.host, options.port);
  console.log(JSON.stringify({ event: 'listening', url: server.url, verification: options.verify, health: `${server.url}/health` }));
  const stop = (signal: string) => {
    console.log(JSON.stringify({ event: 'stopping', signal }));
    void server.close().then(() => process.exit(0));
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
