import { sign } from 'node:crypto';
import type { ResponseEnvelope } from 'ask-sdk-model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEnvelope, DEFAULT_DEVICE, newSession } from '../../lambda/local/envelope';
import { createApp, listen, type RefusalLog, type ServerLogger, type ServerOptions } from '../../lambda/local/server';
import { SignatureVerifier } from '../../lambda/local/verification/SignatureVerifier';
import { buildSkill, type RequestLog } from '../../lambda/skill';
import { startS3StandIn, startSilentHost, tls, type S3StandIn } from '../support/s3StandIn';
import { TestStore } from '../support/stores';

/**
 * Request verification of the self-hosted endpoint, over HTTP on loopback, against a local HTTPS stand-in
 * of S3 (test/support/s3StandIn.ts) serving chains made by test/fixtures/tls/make.sh. The server runs the
 * production verifier and the production download; only the address it connects to and the root it
 * trusts differ.
 */

const CERT_PATH = '/echo.api/echo-api-cert.pem';
const CERT_URL = `https://s3.amazonaws.com${CERT_PATH}`;
const SIGNING_KEY = tls('echo-api.key');
const CHAIN = tls('echo-api-chain.pem');
const YEAR = 365 * 24 * 3600 * 1000;

const skill = buildSkill({ persistenceAdapter: new TestStore() });

const launch = (at: Date = new Date(), type: 'LaunchRequest' = 'LaunchRequest') => JSON.stringify(buildEnvelope({ type }, newSession(), DEFAULT_DEVICE, at));
const signature = (body: string | Buffer, algorithm = 'sha256', key = SIGNING_KEY) => sign(algorithm, Buffer.from(body), key).toString('base64');
const signed = (body: string, certUrl = CERT_URL) => ({ SignatureCertChainUrl: certUrl, 'Signature-256': signature(body) });

interface TestServer {
  readonly url: string;
  readonly logs: (RequestLog | RefusalLog)[];
  post(body: string | Buffer, headers?: Record<string, string>): Promise<{ status: number; text: string; ms: number }>;
  close(): Promise<void>;
}

async function startServer(options: Partial<ServerOptions> = {}): Promise<TestServer> {
  const logs: (RequestLog | RefusalLog)[] = [];
  const log: ServerLogger = (line) => logs.push(line);
  const server = await listen(createApp(skill, { verifySignature: true, verifyTimestamp: true, log, ...options }), '127.0.0.1', 0);
  return {
    url: server.url,
    logs,
    async post(body, headers = {}) {
      logs.length = 0;
      const started = Date.now();
      const response = await fetch(`${server.url}/`, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });
      const text = await response.text();
      return { status: response.status, text, ms: Date.now() - started };
    },
    close: () => server.close(),
  };
}

/** A client never sees a stack trace, an absolute path or an exception's name. */
function expectNoInternals(text: string): void {
  expect(text).not.toMatch(/\n\s+at |node_modules|\bError:|[A-Z][a-z]+Error\b|<html|<pre|<!DOCTYPE/);
  expect(text).not.toContain(process.cwd());
  expect(text).not.toMatch(/\/(home|root|usr|tmp|work)\//);
}

/** Refused with `status` and `reason`, a small JSON answer, and exactly one log line saying why. */
function expectRefused(server: TestServer, response: { status: number; text: string }, reason: string, status = 400): void {
  expect({ status: response.status, body: JSON.parse(response.text) as unknown }).toEqual({ status, body: { error: expect.any(String), reason } });
  expect(response.text.length).toBeLessThan(100);
  expectNoInternals(response.text);
  expect(server.logs).toEqual([{ level: 'warn', event: 'request.refused', reason, status, ms: expect.any(Number) }]);
  const line = JSON.stringify(server.logs);
  for (const secret of [DEFAULT_DEVICE.userId, DEFAULT_DEVICE.deviceId, DEFAULT_DEVICE.apiAccessToken, 'echo.api', 'LaunchRequest']) expect(line).not.toContain(secret);
}

function expectAnswered(response: { status: number; text: string }): void {
  expect(response.status).toBe(200);
  expect((JSON.parse(response.text) as ResponseEnvelope).response.outputSpeech).toBeDefined();
}

describe('the certificate URL is normalised, then checked, before anything is downloaded', () => {
  let s3: S3StandIn;
  let server: TestServer;
  beforeAll(async () => {
    s3 = await startS3StandIn();
    s3.on(CERT_PATH, { kind: 'serve', body: CHAIN });
    // Where a `..` URL would lead: a valid chain, so only the URL check can refuse it.
    for (const path of ['/evil/cert.pem', '/echo.api/..%2fevil/cert.pem', '/echo.api/%2e%2e%2fevil/cert.pem']) s3.on(path, { kind: 'serve', body: CHAIN });
    server = await startServer({ verification: { download: s3.download, trustedCertificates: [tls('root.pem')] } });
  });
  afterAll(async () => {
    await server.close();
    await s3.close();
  });

  it.each([
    ['a `..` out of /echo.api/', 'https://s3.amazonaws.com/echo.api/../evil/cert.pem'],
    ['a `%2e%2e` out of /echo.api/', 'https://s3.amazonaws.com/echo.api/%2e%2e/evil/cert.pem'],
    ['a `%2E.` out of /echo.api/', 'https://s3.amazonaws.com/echo.api/%2E./evil/cert.pem'],
    ['a backslash `..`', 'https://s3.amazonaws.com/echo.api\\..\\evil/cert.pem'],
    ['an encoded slash after `..`', 'https://s3.amazonaws.com/echo.api/..%2fevil/cert.pem'],
    ['an encoded `../`', 'https://s3.amazonaws.com/echo.api/%2e%2e%2fevil/cert.pem'],
    ['http', 'http://s3.amazonaws.com/echo.api/echo-api-cert.pem'],
    ['another host', 'https://notamazon.com/echo.api/echo-api-cert.pem'],
    ['a host ending in a dot', 'https://s3.amazonaws.com./echo.api/echo-api-cert.pem'],
    ['user info that hides another host', 'https://s3.amazonaws.com%2f@evil.example.com/echo.api/echo-api-cert.pem'],
    ['another port', 'https://s3.amazonaws.com:563/echo.api/echo-api-cert.pem'],
    ['the path in another case', 'https://s3.amazonaws.com/EcHo.aPi/echo-api-cert.pem'],
    ['another path', 'https://s3.amazonaws.com/invalid.path/echo-api-cert.pem'],
    ['a query', 'https://s3.amazonaws.com/echo.api/echo-api-cert.pem?versionId=1'],
    ['not a URL', 'not a url'],
    ['a very long URL', `https://s3.amazonaws.com/echo.api/${'a'.repeat(600)}.pem`],
  ])('%s is refused, and the stand-in of S3 sees no request', async (_name, certUrl) => {
    const body = launch();
    const before = s3.requests.length;
    const response = await server.post(body, signed(body, certUrl));
    expectRefused(server, response, 'certificate-url');
    expect(s3.requests.slice(before)).toEqual([]);
  });

  it.each([
    ['Amazon\'s own URL', CERT_URL],
    ['upper-case scheme and host, and port 443', 'HTTPS://S3.AMAZONAWS.COM:443/echo.api/echo-api-cert.pem'],
    ['a `..` that stays under /echo.api/ (Amazon\'s example)', 'https://s3.amazonaws.com/echo.api/../echo.api/echo-api-cert.pem'],
  ])('%s passes, and what is downloaded is the normalised path', async (_name, certUrl) => {
    const fresh = await startServer({ verification: { download: s3.download, trustedCertificates: [tls('root.pem')] } });
    try {
      const before = s3.requests.length;
      const body = launch();
      expectAnswered(await fresh.post(body, signed(body, certUrl)));
      expect(s3.requests.slice(before)).toEqual([CERT_PATH]);
    } finally {
      await fresh.close();
    }
  });
});

describe('the certificate download is cut off by size and by time', () => {
  let s3: S3StandIn;
  beforeAll(async () => {
    s3 = await startS3StandIn();
  });
  afterAll(() => s3.close());
  const verification = () => ({ download: s3.download, trustedCertificates: [tls('root.pem')] });

  it('an endless "certificate" is cut off at 64 KiB: refused at once, memory flat, and refused again without a download', async () => {
    s3.on('/echo.api/endless.pem', { kind: 'endless' });
    const server = await startServer({ verification: verification() });
    try {
      const body = launch();
      const memory = () => process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
      const before = memory();
      const response = await server.post(body, signed(body, 'https://s3.amazonaws.com/echo.api/endless.pem'));
      expectRefused(server, response, 'certificate-too-large');
      expect(response.ms).toBeLessThan(1500);
      expect(memory() - before).toBeLessThan(16 * 1024 * 1024);
      await expect.poll(() => s3.streams.at(-1)?.closed).toBe(true);
      // What the stand-in got out before the hang-up: the cap plus socket buffers, not the 100 MB it would send.
      expect(s3.streams.at(-1)?.written).toBeLessThan(8 * 1024 * 1024);
      const requests = s3.requests.length;
      expectRefused(server, await server.post(body, signed(body, 'https://s3.amazonaws.com/echo.api/endless.pem')), 'certificate-too-large');
      expect(s3.requests.length).toBe(requests);
    } finally {
      await server.close();
    }
  });

  it('a certificate announced at 100 MB is refused on its headers, without waiting for a body', async () => {
    s3.on('/echo.api/announced.pem', { kind: 'announced', bytes: 100 * 1024 * 1024 });
    const server = await startServer({ verification: verification() });
    try {
      const body = launch();
      const response = await server.post(body, signed(body, 'https://s3.amazonaws.com/echo.api/announced.pem'));
      expectRefused(server, response, 'certificate-too-large');
      expect(response.ms).toBeLessThan(1500);
    } finally {
      await server.close();
    }
  });

  it('a host that accepts the connection and never answers is cut off after 2.5 s; one URL is one download; a fifth URL at once is refused (busy)', async () => {
    const silent = await startSilentHost();
    const server = await startServer({ verification: { download: silent.download, trustedCertificates: [tls('root.pem')] } });
    try {
      const body = launch();
      const at = (n: number) => signed(body, `https://s3.amazonaws.com/echo.api/silent-${n}.pem`);
      const waiting = [1, 1, 2, 3, 4].map((n) => server.post(body, at(n)));
      await expect.poll(() => silent.accepted()).toBe(4);
      const busy = await server.post(body, at(5));
      expectRefused(server, busy, 'certificate-busy', 503);
      const responses = await Promise.all(waiting);
      for (const response of responses) {
        expect(JSON.parse(response.text)).toEqual({ error: expect.any(String), reason: 'certificate-timeout' });
        expect(response.ms).toBeGreaterThanOrEqual(2000);
        expect(response.ms).toBeLessThan(4000);
      }
      expect(silent.accepted()).toBe(4);
      await expect.poll(() => silent.open()).toBe(0);
    } finally {
      await server.close();
      await silent.close();
    }
  });

  it('an HTTPS host that takes the request and never answers, and one that answers a byte at a time, are cut off after 2.5 s', async () => {
    s3.on('/echo.api/silent.pem', { kind: 'silent' });
    s3.on('/echo.api/drip.pem', { kind: 'drip' });
    const server = await startServer({ verification: verification() });
    try {
      const body = launch();
      for (const path of ['/echo.api/silent.pem', '/echo.api/drip.pem']) {
        const response = await server.post(body, signed(body, `https://s3.amazonaws.com${path}`));
        expectRefused(server, response, 'certificate-timeout');
        expect(response.ms).toBeGreaterThanOrEqual(2000);
        expect(response.ms).toBeLessThan(4000);
      }
      await expect.poll(() => s3.streams.find((stream) => stream.path === '/echo.api/drip.pem')?.closed).toBe(true);
    } finally {
      await server.close();
    }
  });

  it('a failed download is refused from memory for 10 s, then tried again', async () => {
    let clock = Date.now();
    const server = await startServer({ verification: { ...verification(), now: () => clock } });
    try {
      const missing = 'https://s3.amazonaws.com/echo.api/missing.pem';
      const before = s3.requests.length;
      let body = launch(new Date(clock));
      expectRefused(server, await server.post(body, signed(body, missing)), 'certificate-download');
      expectRefused(server, await server.post(body, signed(body, missing)), 'certificate-download');
      expect(s3.requests.length - before).toBe(1);
      clock += 11_000;
      body = launch(new Date(clock));
      expectRefused(server, await server.post(body, signed(body, missing)), 'certificate-download');
      expect(s3.requests.length - before).toBe(2);
    } finally {
      await server.close();
    }
  });
});

describe('the certificate chain and the signature', () => {
  let s3: S3StandIn;
  let server: TestServer;
  beforeAll(async () => {
    s3 = await startS3StandIn();
    s3.on(CERT_PATH, { kind: 'serve', body: CHAIN });
    s3.on('/echo.api/other-san.pem', { kind: 'serve', body: tls('other-san.pem') + tls('intermediate.pem') });
    s3.on('/echo.api/rogue.pem', { kind: 'serve', body: tls('rogue.pem') });
    s3.on('/echo.api/leaf-only.pem', { kind: 'serve', body: tls('echo-api.pem') });
    s3.on('/echo.api/garbage.pem', { kind: 'serve', body: '-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----\n' });
    server = await startServer({ verification: { download: s3.download, trustedCertificates: [tls('root.pem')] } });
  });
  afterAll(async () => {
    await server.close();
    await s3.close();
  });

  it('a validly signed request passes, and the chain is downloaded once for many requests', async () => {
    const before = s3.requests.length;
    for (let i = 0; i < 3; i++) {
      const body = launch();
      expectAnswered(await server.post(body, signed(body)));
    }
    expect(s3.requests.length - before).toBe(1);
  });

  it('the signature is checked over the raw bytes, as sent (not over a re-serialised envelope)', async () => {
    const body = JSON.stringify(JSON.parse(launch()), null, 3);
    expectAnswered(await server.post(body, signed(body)));
  });

  it('the older Signature header (SHA-1) is taken when there is no Signature-256', async () => {
    const body = launch();
    expectAnswered(await server.post(body, { SignatureCertChainUrl: CERT_URL, Signature: signature(body, 'sha1') }));
  });

  it.each([
    ['a body changed after signing', (body: string) => ({ ...signed(body), body: body.replace('"LaunchRequest"', '"SessionEndedRequest"') }), 'signature-invalid'],
    ['a signature by another key', (body: string) => ({ SignatureCertChainUrl: CERT_URL, 'Signature-256': signature(body, 'sha256', tls('rogue.key')) }), 'signature-invalid'],
    ['a bad Signature-256 beside a good SHA-1 Signature', (body: string) => ({ SignatureCertChainUrl: CERT_URL, 'Signature-256': signature('other'), Signature: signature(body, 'sha1') }), 'signature-invalid'],
    ['no signature', () => ({ SignatureCertChainUrl: CERT_URL }), 'signature-missing'],
    ['no certificate URL', (body: string) => ({ 'Signature-256': signature(body) }), 'signature-missing'],
    ['a signature that is not base64', () => ({ SignatureCertChainUrl: CERT_URL, 'Signature-256': 'not base64!' }), 'signature-malformed'],
    ['a chain for another name', (body: string) => signed(body, 'https://s3.amazonaws.com/echo.api/other-san.pem'), 'certificate-san'],
    ['a self-signed echo-api.amazon.com certificate', (body: string) => signed(body, 'https://s3.amazonaws.com/echo.api/rogue.pem'), 'certificate-untrusted'],
    ['the signing certificate without its intermediate', (body: string) => signed(body, 'https://s3.amazonaws.com/echo.api/leaf-only.pem'), 'certificate-untrusted'],
    ['a chain that is not a certificate', (body: string) => signed(body, 'https://s3.amazonaws.com/echo.api/garbage.pem'), 'certificate-unreadable'],
  ])('%s is refused', async (_name, make, reason) => {
    const original = launch();
    const { body = original, ...headers } = make(original) as Record<string, string>;
    expectRefused(server, await server.post(body, headers), reason);
  });

  it('a certificate outside its dates is refused (the clock moved past Not After, and before Not Before)', async () => {
    for (const offset of [200 * YEAR, -2 * 24 * 3600 * 1000]) {
      const at = Date.now() + offset;
      const moved = await startServer({ verification: { download: s3.download, trustedCertificates: [tls('root.pem')], now: () => at } });
      try {
        const body = launch(new Date(at));
        expectRefused(moved, await moved.post(body, signed(body)), 'certificate-expired');
      } finally {
        await moved.close();
      }
    }
  });

  it('kept certificates are bounded in entries and in bytes', async () => {
    const paths = ['/echo.api/a.pem', '/echo.api/b.pem', '/echo.api/c.pem'];
    for (const path of paths) s3.on(path, { kind: 'serve', body: CHAIN });
    const body = Buffer.from(launch());
    const headers = (path: string) => ({ signaturecertchainurl: `https://s3.amazonaws.com${path}`, 'signature-256': signature(body) });
    const byEntries = new SignatureVerifier({ download: s3.download, trustedCertificates: [tls('root.pem')], maxCachedCertificates: 2 });
    for (const path of paths) await byEntries.verify(body, headers(path));
    expect(byEntries.cacheSize.entries).toBe(2);
    const byBytes = new SignatureVerifier({ download: s3.download, trustedCertificates: [tls('root.pem')], maxCachedBytes: Math.floor(CHAIN.length * 1.5) });
    for (const path of paths) await byBytes.verify(body, headers(path));
    expect(byBytes.cacheSize).toMatchObject({ entries: 1, bytes: CHAIN.length });
  });

  it('by default only Node\'s bundled roots are trusted: the test chain is refused', async () => {
    const verifier = new SignatureVerifier({ download: s3.download });
    const body = Buffer.from(launch());
    await expect(verifier.verify(body, { signaturecertchainurl: CERT_URL, 'signature-256': signature(body) })).rejects.toMatchObject({ reason: 'certificate-untrusted' });
  });

  it('remembered failures are bounded', async () => {
    const verifier = new SignatureVerifier({ download: s3.download, trustedCertificates: [tls('root.pem')], maxRememberedFailures: 3 });
    const body = Buffer.from(launch());
    for (let i = 0; i < 6; i++) {
      await expect(verifier.verify(body, { signaturecertchainurl: `https://s3.amazonaws.com/echo.api/none-${i}.pem`, 'signature-256': signature(body) })).rejects.toMatchObject({ reason: 'certificate-download' });
    }
    expect(verifier.cacheSize.failures).toBe(3);
  });
});

describe('the timestamp: within 150 s either way, and readable', () => {
  let s3: S3StandIn;
  let signedServer: TestServer;
  let unsignedServer: TestServer;
  beforeAll(async () => {
    s3 = await startS3StandIn();
    s3.on(CERT_PATH, { kind: 'serve', body: CHAIN });
    signedServer = await startServer({ verification: { download: s3.download, trustedCertificates: [tls('root.pem')] } });
    unsignedServer = await startServer({ verifySignature: false });
  });
  afterAll(async () => {
    await signedServer.close();
    await unsignedServer.close();
    await s3.close();
  });
  const withTimestamp = (timestamp: unknown) => {
    const envelope = JSON.parse(launch()) as { request: Record<string, unknown> };
    if (timestamp === undefined) delete envelope.request.timestamp;
    else envelope.request.timestamp = timestamp;
    return JSON.stringify(envelope);
  };

  const at = (offset: number) => () => new Date(Date.now() + offset).toISOString();
  it.each([
    ['a year ahead', at(YEAR), 'timestamp-out-of-range'],
    ['155 s ahead', at(155_000), 'timestamp-out-of-range'],
    ['ten minutes old', at(-600_000), 'timestamp-out-of-range'],
    ['a year old', at(-YEAR), 'timestamp-out-of-range'],
    ['garbage', () => 'not-a-date', 'timestamp-invalid'],
    ['a bare year', () => '2026', 'timestamp-invalid'],
    ['a date without a time', () => new Date().toISOString().slice(0, 10), 'timestamp-invalid'],
    ['a number', () => Date.now(), 'timestamp-invalid'],
    ['missing', () => undefined, 'timestamp-missing'],
  ])('%s is refused, signed or not', async (_name, timestamp, reason) => {
    const body = withTimestamp(timestamp());
    expectRefused(signedServer, await signedServer.post(body, signed(body)), reason);
    expectRefused(unsignedServer, await unsignedServer.post(body), reason);
  });

  it('140 s ahead and 140 s old pass', async () => {
    for (const offset of [140_000, -140_000]) {
      const body = withTimestamp(new Date(Date.now() + offset).toISOString());
      expectAnswered(await signedServer.post(body, signed(body)));
    }
  });
});

describe('every refusal is one log line and a small answer, never an error page', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer({ verifySignature: false, verifyTimestamp: false, skillId: DEFAULT_DEVICE.applicationId });
  });
  afterAll(() => server.close());

  it('a body over 100 KiB gets 413', async () => {
    expectRefused(server, await server.post(`{"a":"${'x'.repeat(200 * 1024)}"}`), 'body-too-large', 413);
  });

  it('a compressed body (content-encoding) gets 415', async () => {
    expectRefused(server, await server.post(launch(), { 'content-encoding': 'gzip' }), 'encoding-unsupported', 415);
    expectRefused(server, await server.post(launch(), { 'content-encoding': 'br' }), 'encoding-unsupported', 415);
  });

  it('malformed JSON, JSON that is not an object, and an empty body get 400', async () => {
    for (const body of ['{"request": ', '"just a string"', 'null', '']) expectRefused(server, await server.post(body), 'body-not-json');
  });

  it('a request for another skill gets 400', async () => {
    const other = JSON.stringify(buildEnvelope({ type: 'LaunchRequest' }, newSession(), { ...DEFAULT_DEVICE, applicationId: 'amzn1.ask.skill.someone-else' }));
    expectRefused(server, await server.post(other), 'skill-id');
  });

  it('an unknown path, and GET /, get a small 404', async () => {
    for (const [method, path] of [['GET', '/'], ['GET', '/../../etc/passwd'], ['POST', '/other'], ['GET', '/%E0%A4%A']] as const) {
      server.logs.length = 0;
      const response = await fetch(`${server.url}${path}`, { method, ...(method === 'POST' && { body: '{}' }) });
      expectRefused(server, { status: response.status, text: await response.text() }, 'not-found', 404);
    }
  });

  it('a request that passes logs its own line and no refusal', async () => {
    expectAnswered(await server.post(launch()));
    expect(server.logs).toEqual([expect.objectContaining({ event: 'request', type: 'LaunchRequest', outcome: 'ok' })]);
  });
});
