import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ResponseEnvelope } from 'ask-sdk-model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEnvelope, DEFAULT_DEVICE, newSession } from '../../lambda/local/envelope';
import { createApp, listen, type RefusalLog } from '../../lambda/local/server';
import { buildSkill, type RequestLog } from '../../lambda/skill';
import { expectValidResponse, text } from '../support/conversation';
import { TestStore } from '../support/stores';

/** The self-hosted endpoint, tested over HTTP on loopback. */
const launch = () => JSON.stringify(buildEnvelope({ type: 'LaunchRequest' }, newSession(), DEFAULT_DEVICE));
const post = (url: string, body: string, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });

describe('with verification on (the default)', () => {
  let server: Awaited<ReturnType<typeof listen>>;
  beforeAll(async () => {
    server = await listen(createApp(buildSkill({ persistenceAdapter: new TestStore() }), { verifySignature: true, verifyTimestamp: true }), '127.0.0.1', 0);
  });
  afterAll(() => server.close());

  it('an unsigned request gets 400', async () => {
    const response = await post(`${server.url}/`, launch());
    expect(response.status).toBe(400);
  });

  it('a forged certificate URL gets 400', async () => {
    const response = await post(`${server.url}/`, launch(), {
      SignatureCertChainUrl: 'https://evil.example.com/echo.api/echo-api-cert.pem',
      Signature: Buffer.from('not a signature').toString('base64'),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'request refused', reason: 'certificate-url' });
  });

  it('the health endpoint answers', async () => {
    const response = await fetch(`${server.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });
});

describe('the timestamp check on its own', () => {
  it('refuses a stale request and accepts a fresh one', async () => {
    const server = await listen(createApp(buildSkill(), { verifySignature: false, verifyTimestamp: true }), '127.0.0.1', 0);
    try {
      const stale = buildEnvelope({ type: 'LaunchRequest' }, newSession(), DEFAULT_DEVICE, new Date(Date.now() - 10 * 60 * 1000));
      const refused = await post(`${server.url}/`, JSON.stringify(stale));
      expect(refused.status).toBe(400);
      expect(await refused.json()).toEqual({ error: 'request refused', reason: 'timestamp-out-of-range' });
      expect((await post(`${server.url}/`, launch())).status).toBe(200);
    } finally {
      await server.close();
    }
  });
});

describe('with verification off (local use)', () => {
  let server: Awaited<ReturnType<typeof listen>>;
  const logs: (RequestLog | RefusalLog)[] = [];
  beforeAll(async () => {
    const skill = buildSkill({ persistenceAdapter: new TestStore(), skillId: DEFAULT_DEVICE.applicationId });
    server = await listen(
      createApp(skill, { verifySignature: false, verifyTimestamp: false, skillId: DEFAULT_DEVICE.applicationId, log: (line) => logs.push(line) }),
      '127.0.0.1',
      0,
    );
  });
  afterAll(() => server.close());

  it('a valid envelope gets 200 and the skill\'s answer', async () => {
    const response = await post(`${server.url}/`, launch());
    expect(response.status).toBe(200);
    const body = (await response.json()) as ResponseEnvelope;
    await expectValidResponse(body);
    expect(body.response.outputSpeech?.type === 'SSML' && body.response.outputSpeech.ssml).toContain('Welcome to Massage Coach.');
    expect(text('common:launch.firstWelcome')).toContain('Welcome to Massage Coach.');
  });

  it('a request for another skill ID is refused, and logged without personal data', async () => {
    const other = buildEnvelope({ type: 'LaunchRequest' }, newSession(), { ...DEFAULT_DEVICE, applicationId: 'amzn1.ask.skill.someone-else' });
    const response = await post(`${server.url}/`, JSON.stringify(other));
    expect(response.status).toBe(400);
    expect(logs.some((line) => 'reason' in line && line.reason === 'skill-id')).toBe(true);
  });

  it('logs one structured line per request: type, intent, outcome, latency; no user id or token', async () => {
    logs.length = 0;
    const start = buildEnvelope(
      { type: 'IntentRequest', intent: 'StartRoutineIntent', slots: { area: { value: 'lower back', id: 'lowerBack' } } },
      newSession(),
      DEFAULT_DEVICE,
    );
    await post(`${server.url}/`, JSON.stringify(start));
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({ event: 'request', type: 'IntentRequest', intent: 'StartRoutineIntent', locale: 'en-US', outcome: 'ok' });
    expect(typeof logs[0]?.ms).toBe('number');
    const line = JSON.stringify(logs);
    for (const secret of [DEFAULT_DEVICE.userId, DEFAULT_DEVICE.deviceId, DEFAULT_DEVICE.apiAccessToken, 'lower back']) expect(line).not.toContain(secret);
  });

  it('a body that is not JSON is refused with 400, not a crash', async () => {
    const response = await post(`${server.url}/`, 'this is not json');
    expect(response.status).toBe(400);
    expect((await post(`${server.url}/`, launch())).status).toBe(200);
  });
});

describe('npm run serve', () => {
  let dataDir: string;
  beforeAll(() => {
    execFileSync(process.execPath, ['scripts/build.mjs', 'serve'], { stdio: 'inherit' });
    dataDir = mkdtempSync(join(tmpdir(), 'massage-coach-serve-'));
  }, 60_000);
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  /** Starts .build/serve.js on a free port; resolves with its URL once it says it listens. */
  async function serve(...args: string[]) {
    const child = spawn(process.execPath, ['.build/serve.js', '--port', '0', '--data', dataDir, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const output = { out: '', err: '' };
    child.stdout.on('data', (d) => (output.out += d));
    child.stderr.on('data', (d) => (output.err += d));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no listening line: ${output.out} ${output.err}`)), 10_000);
      child.stdout.on('data', () => {
        const match = /"url":"([^"]+)"/.exec(output.out);
        if (match?.[1]) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      });
    });
    const stop = () =>
      new Promise<number | null>((resolve) => {
        child.once('exit', resolve);
        child.kill('SIGTERM');
      });
    return { url, output, stop };
  }

  it('starts on a port, answers health, warns loudly without verification, and stops cleanly on SIGTERM', async () => {
    const server = await serve('--no-verify');
    expect(server.output.err).toMatch(/WARNING: request verification is OFF/);
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
    expect(await server.stop()).toBe(0);
    expect(readFileSync('package.json', 'utf8')).toContain('"serve"');
  });

  it('verifies by default: an unsigned request gets a small 400 and one JSON log line with the reason', async () => {
    const server = await serve();
    try {
      expect(server.output.err).not.toMatch(/WARNING/);
      const response = await post(`${server.url}/`, launch());
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ error: 'request refused', reason: 'signature-missing' });
      await expect.poll(() => server.output.out).toMatch(/"event":"request.refused"/);
      const lines = server.output.out.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
      expect(lines.filter((line) => line.event !== 'listening')).toEqual([{ level: 'warn', event: 'request.refused', reason: 'signature-missing', status: 400, ms: expect.any(Number) }]);
    } finally {
      expect(await server.stop()).toBe(0);
    }
  });
});
