import { createHash, createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DeleteItemCommand, DynamoDBClient, GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { SignatureV4 } from '@smithy/signature-v4';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEnvelope, newSession } from '../../lambda/local/envelope';
import { DynamoDbClient, DynamoDbError } from '../../lambda/persistence/DynamoDbClient';
import { DynamoDbStore } from '../../lambda/persistence/DynamoDbStore';
import { signV4 } from '../../lambda/persistence/signV4';
import { STATE_KEY } from '../../lambda/persistence/stateAttributes';
import { VERSION, VersionConflict, WRITE, type VersionedAttributes } from '../../lambda/persistence/versions';
import { Conversation, text } from '../support/conversation';
import { startDynalite, startThrottlingProxy } from '../support/dynalite';

/**
 * The real adapter and its client (lambda/persistence/DynamoDbClient.ts: SigV4 over node:http)
 * against dynalite, a DynamoDB implementation started here; the AWS SDK's own client reads what
 * was stored, and its own signer checks the signatures.
 */
const TABLE = 'massage-coach-test';
let db: Awaited<ReturnType<typeof startDynalite>>;
let raw: DynamoDBClient;
let users = 0;

beforeAll(async () => {
  db = await startDynalite(TABLE);
  raw = new DynamoDBClient({ endpoint: db.endpoint, region: 'us-east-1' });
});
afterAll(async () => {
  raw.destroy();
  await db.close();
});

const DEVICE = { userId: 'amzn1.ask.account.DEFAULT', deviceId: 'amzn1.ask.device.TEST', locale: 'en-US', applicationId: 'amzn1.ask.skill.test', apiEndpoint: 'http://127.0.0.1:9', apiAccessToken: '' };

function store(endpoint = db.endpoint, extra: Partial<ConstructorParameters<typeof DynamoDbStore>[0]> = {}) {
  return new DynamoDbStore({ tableName: TABLE, endpoint, region: 'us-east-1', ...extra });
}

/** A new user each test, so that tests never see each other's items. */
function person(options: { clock?: () => Date; endpoint?: string; personId?: string } = {}) {
  const userId = `amzn1.ask.account.DYNAMO${++users}`;
  return new Conversation({
    store: store(options.endpoint),
    ...(options.clock ? { clock: options.clock } : {}),
    device: { userId, ...(options.personId ? { personId: options.personId } : {}) },
  });
}

async function item(id: string) {
  return (await raw.send(new GetItemCommand({ TableName: TABLE, Key: { id: { S: id } }, ConsistentRead: true }))).Item;
}

describe('DynamoDB persistence (dynalite)', () => {
  it('stores the ecosystem shape: id and attributes, under one versioned key, and the record\'s version beside them', async () => {
    const c = person();
    await c.say('lower back massage with a foam roller');
    const stored = await item(c.device.userId);
    expect(stored?.id?.S).toBe(c.device.userId);
    expect(stored?.attributes?.M?.[STATE_KEY]?.M?.v?.N).toBe('2');
    const version = stored?.version?.S;
    expect(version).toMatch(/^[\w-]{12}$/);
    // Every write makes a new version.
    await c.say('next');
    expect((await item(c.device.userId))?.version?.S).not.toBe(version);
  });

  it('a routine interrupted mid-way resumes at the same step in a new session', async () => {
    const c = person();
    await c.say('lower back massage with a tennis ball');
    await c.say('next');
    await c.say('next');
    // The session times out while the user is on the ball: no goodbye, no SessionEndedRequest.
    const back = await c.launch();
    expect(back.text).toContain(text('common:launch.resumeOffer', { step: 3, total: 5, routine: text('routines:lowerBackTennisBall.name') }));
    expect((await c.say('yes')).text).toContain('Step 3 of 5.');
  });

  it('keys by voice profile when there is one', async () => {
    const c = person({ personId: 'amzn1.ask.person.ALICE' });
    await c.say('lower back massage with a foam roller');
    expect(await item('amzn1.ask.person.ALICE')).toBeDefined();
    expect(await item(c.device.userId)).toBeUndefined();
    await raw.send(new DeleteItemCommand({ TableName: TABLE, Key: { id: { S: 'amzn1.ask.person.ALICE' } } }));
  });

  it('daily limits count across sessions and reset the next local day', async () => {
    let now = Date.parse('2026-04-10T09:00:00Z');
    const c = person({ clock: () => new Date(now) });
    await c.say('lower back massage with a tennis ball');
    for (let i = 0; i < 6; i++) await c.say('next');
    await c.say('lower back massage with a foam roller'); // a new session
    for (let i = 0; i < 4; i++) await c.say('next');
    expect((await c.saved())?.usage).toEqual({ day: '2026-04-10', ballRollerSeconds: 190 });
    now += 24 * 60 * 60 * 1000;
    await c.say('lower back massage with a foam roller');
    await c.say('next');
    expect((await c.saved())?.usage).toEqual({ day: '2026-04-11', ballRollerSeconds: 20 });
  });

  it('preferences persist across sessions', async () => {
    const c = person();
    await c.say('my favorite oil is peppermint');
    await c.say('I have sensitive skin');
    await c.say('slow down');
    await c.say('stop');
    const d = new Conversation({ store: store(), device: c.device });
    const heard = await d.say('what oil should I use');
    expect(heard.text).toContain(text('oils:personal.sensitiveFirst'));
    expect(heard.ssml.startsWith('<speak><prosody rate="85%">')).toBe(true);
    expect((await d.saved())?.prefs).toEqual({ oil: 'peppermint', sensitiveSkin: true, pace: 'slow' });
  });

  it('"forget my settings" leaves no item', async () => {
    const c = person();
    await c.say('lower back massage with a foam roller');
    await c.say('stop');
    expect(await item(c.device.userId)).toBeDefined();
    await c.say('forget my settings');
    await c.say('yes');
    expect(await item(c.device.userId)).toBeUndefined();
  });

  it('saves only when something changed', async () => {
    const c = person();
    await c.say('lower back massage with a foam roller');
    const before = await item(c.device.userId);
    await c.say('which step am I on');
    await c.say('help');
    expect(await item(c.device.userId)).toEqual(before);
  });

  it('a table that cannot be reached: the routine still works, nothing alarming is said', async () => {
    const c = person({ endpoint: 'http://127.0.0.1:9' });
    const heard = await c.say('lower back massage with a foam roller');
    expect(heard.text).toContain(text('routines:lowerBackFoamRoller.steps.lieDown'));
    expect(heard.text).not.toContain(text('common:error.generic'));
    expect((await c.say('next')).text).toContain('Step 2 of 4.');
  });

  it('throttling: retried a bounded number of times; when it persists, nothing saved is lost or emptied', async () => {
    const proxy = await startThrottlingProxy(db.endpoint);
    try {
      const c = person({ endpoint: proxy.endpoint });
      await c.say('lower back massage with a foam roller');
      await c.say('next');
      const saved = await item(c.device.userId);
      expect(saved).toBeDefined();

      // One throttle: the client retries and the user notices nothing.
      proxy.throttle(1);
      expect((await c.say('next')).text).toContain('Step 3 of 4.');
      expect((await c.saved())?.progress?.step).toBe(2);

      // Throttled for good: at most three attempts a call, the routine goes on, the item is untouched.
      const stored = await item(c.device.userId);
      const seenBefore = proxy.seen();
      proxy.throttle(1000);
      const next = await c.say('next');
      expect(next.text).toContain('Step 4 of 4.');
      expect(proxy.seen() - seenBefore).toBeLessThanOrEqual(3);
      proxy.throttle(0);
      expect(await item(c.device.userId)).toEqual(stored);
    } finally {
      await proxy.close();
    }
  });

  it('an item that cannot be read is set aside, not overwritten blindly', async () => {
    const c = person();
    await raw.send(new PutItemCommand({ TableName: TABLE, Item: { id: { S: c.device.userId }, attributes: { M: { [STATE_KEY]: { S: 'garbage' } } } } }));
    const heard = await c.launch();
    expect(heard.text.startsWith(text('common:persistence.freshStart'))).toBe(true);
    const stored = await item(c.device.userId);
    expect(stored?.attributes?.M?.massageCoachUnreadable?.M?.value?.M?.[STATE_KEY]?.S).toBe('garbage');
  });
});

/** A local HTTP server that records each request's headers and body, and answers with `answer`. */
async function standIn(answer: (body: string) => { status: number; body: string } | undefined) {
  const seen: { headers: IncomingHttpHeaders; body: string }[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      seen.push({ headers: req.headers, body });
      const reply = answer(body);
      if (reply === undefined) return; // never answers
      res.writeHead(reply.status, { 'content-type': 'application/x-amz-json-1.0' });
      res.end(reply.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const bytes = (data: string | ArrayBuffer | ArrayBufferView): string | Uint8Array =>
  typeof data === 'string' ? data : ArrayBuffer.isView(data) ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : new Uint8Array(data);

/** node:crypto as the Smithy signer's hash (what @smithy/hash-node does). */
class Sha256 {
  private readonly hash;
  constructor(secret?: string | ArrayBuffer | ArrayBufferView) {
    this.hash = secret === undefined ? createHash('sha256') : createHmac('sha256', bytes(secret));
  }
  update(data: string | ArrayBuffer | ArrayBufferView): void {
    this.hash.update(bytes(data));
  }
  async digest(): Promise<Uint8Array> {
    return this.hash.digest();
  }
}

describe('the DynamoDB client', () => {
  const key = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' };

  it('signs as the SigV4 documentation\'s worked example (S3 GET Object, 2013-05-24)', () => {
    const headers = signV4(
      { method: 'GET', host: 'examplebucket.s3.amazonaws.com', path: '/test.txt', headers: { range: 'bytes=0-9', 'x-amz-content-sha256': 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' }, body: '' },
      key,
      { region: 'us-east-1', service: 's3' },
      new Date('2013-05-24T00:00:00Z'),
    );
    expect(headers.authorization).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41',
    );
  });

  it('signs DynamoDB calls exactly as the AWS SDK\'s signer does, temporary credentials and any body included', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string(), fc.string(), fc.boolean(), fc.constantFrom('us-east-1', 'eu-west-1', 'ap-northeast-1'), fc.date({ min: new Date('2020-01-01'), max: new Date('2035-01-01'), noInvalidDate: true }), async (text, note, temporary, region, when) => {
        const credentials = temporary ? { ...key, sessionToken: 'FwoGZXIvYXdzE//token+with/odd=chars' } : key;
        const body = JSON.stringify({ TableName: 'massage-coach', Key: { id: { S: text } }, ConsistentRead: true });
        const host = `dynamodb.${region}.amazonaws.com`;
        // A header of any text (spaces to trim and fold among them), as SigV4 canonicalises it.
        const own = { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': 'DynamoDB_20120810.GetItem', 'x-note': `  ${note}  a  b ` };
        const ours = signV4({ method: 'POST', host, path: '/', headers: own, body }, credentials, { region, service: 'dynamodb' }, when);
        const sdk = new SignatureV4({ credentials, region, service: 'dynamodb', sha256: Sha256, applyChecksum: false });
        const signed = await sdk.sign({ method: 'POST', protocol: 'https:', hostname: host, path: '/', query: {}, headers: { ...own, host }, body }, { signingDate: when });
        expect(ours.authorization).toBe(signed.headers.authorization);
        expect(ours['x-amz-security-token']).toBe(signed.headers['x-amz-security-token']);
      }),
      { numRuns: 40 },
    );
  });

  it('sends the credentials of the environment (the Lambda role\'s), the session token signed with them', async () => {
    const server = await standIn(() => ({ status: 200, body: '{}' }));
    const saved = { ...process.env };
    try {
      process.env.AWS_ACCESS_KEY_ID = 'ASIAENVIRONMENT';
      process.env.AWS_SECRET_ACCESS_KEY = 'secret';
      process.env.AWS_SESSION_TOKEN = 'session-token';
      await new DynamoDbClient({ endpoint: server.endpoint, region: 'eu-west-1' }).getItem({ TableName: TABLE, Key: { id: { S: 'x' } } });
      const headers: IncomingHttpHeaders = server.seen[0]?.headers ?? {};
      expect(headers['x-amz-security-token']).toBe('session-token');
      expect(headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=ASIAENVIRONMENT\/\d{8}\/eu-west-1\/dynamodb\/aws4_request, SignedHeaders=content-type;host;x-amz-date;x-amz-security-token;x-amz-target, Signature=[0-9a-f]{64}$/);
      expect(headers['x-amz-target']).toBe('DynamoDB_20120810.GetItem');
    } finally {
      process.env = saved;
      await server.close();
    }
  });

  it('an attempt without an answer is given up at its timeout and tried again, three attempts in all', async () => {
    const server = await standIn(() => undefined);
    try {
      const client = new DynamoDbClient({ endpoint: server.endpoint, region: 'us-east-1', requestTimeoutMs: 50, random: () => 0 });
      const started = Date.now();
      const error: unknown = await client.getItem({ TableName: TABLE, Key: { id: { S: 'x' } } }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DynamoDbError);
      expect((error as DynamoDbError).name).toBe('TimeoutError');
      expect(server.seen).toHaveLength(3);
      expect(Date.now() - started).toBeLessThan(1000);
    } finally {
      await server.close();
    }
  });

  it('throttling and 5xx answers are retried with back-off; other errors, a failed condition among them, are not', async () => {
    const proxy = await startThrottlingProxy(db.endpoint);
    try {
      const client = new DynamoDbClient({ endpoint: proxy.endpoint, region: 'us-east-1' });
      proxy.throttle(2);
      await expect(client.getItem({ TableName: TABLE, Key: { id: { S: 'throttled' } }, ConsistentRead: true })).resolves.toEqual({});
      expect(proxy.seen()).toBe(3);

      await client.putItem({ TableName: TABLE, Item: { id: { S: 'conditional' }, version: { S: 'a' } } });
      const before = proxy.seen();
      const refused: unknown = await client
        .putItem({ TableName: TABLE, Item: { id: { S: 'conditional' }, version: { S: 'b' } }, ConditionExpression: '#v = :v', ExpressionAttributeNames: { '#v': 'version' }, ExpressionAttributeValues: { ':v': { S: 'not-a' } } })
        .catch((e: unknown) => e);
      expect((refused as DynamoDbError).name).toBe('ConditionalCheckFailedException');
      expect((refused as DynamoDbError).statusCode).toBe(400);
      expect(proxy.seen() - before).toBe(1);
    } finally {
      await proxy.close();
    }
    const failing = await standIn(() => ({ status: 503, body: '{"__type":"com.amazonaws.dynamodb.v20120810#ServiceUnavailable","message":"busy"}' }));
    try {
      const error: unknown = await new DynamoDbClient({ endpoint: failing.endpoint, region: 'us-east-1', random: () => 0 }).getItem({ TableName: TABLE, Key: { id: { S: 'x' } } }).catch((e: unknown) => e);
      expect((error as DynamoDbError).name).toBe('ServiceUnavailable');
      expect(failing.seen).toHaveLength(3);
    } finally {
      await failing.close();
    }
  });

  it('stores any JSON the skill keeps and reads it back the same (through dynalite)', async () => {
    const adapter = store();
    // Not "__proto__" as a key: dynalite itself drops it from a map (a PutItem of {"M": {"__proto__": ...}} reads back as
    // {"M": {}}, checked by hand); the client's own handling of such keys is the next test's.
    const key = fc.string({ minLength: 1 }).filter((k) => k !== '__proto__');
    const value = fc.letrec((tie) => ({
      leaf: fc.oneof(fc.string(), fc.integer(), fc.double({ min: -1e6, max: 1e6, noNaN: true }).filter((x) => x === 0 || Math.abs(x) > 1e-6), fc.boolean(), fc.constant(null)),
      node: fc.oneof({ depthSize: 'small' }, tie('leaf'), fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(key, tie('node'), { maxKeys: 4 })),
    })).node;
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.dictionary(key, value, { maxKeys: 5 }), async (attributes) => {
        const envelope = buildEnvelope({ type: 'LaunchRequest' }, newSession(), { ...DEVICE, userId: `amzn1.ask.account.JSON${++n}` });
        await adapter.saveAttributes(envelope, attributes);
        const read = await adapter.getAttributes(envelope);
        expect(Object.fromEntries(Object.entries(read))).toEqual(JSON.parse(JSON.stringify(attributes)));
      }),
      { numRuns: 40 },
    );
  });

  it('reads what others may have written: sets as lists, binary as its base64 text, keys such as __proto__ as plain keys', async () => {
    const id = 'amzn1.ask.account.FOREIGN';
    await raw.send(
      new PutItemCommand({
        TableName: TABLE,
        Item: { id: { S: id }, version: { S: 'v1' }, attributes: { M: { tags: { SS: ['a', 'b'] }, sizes: { NS: ['1', '2.5'] }, blob: { B: new Uint8Array([1, 2, 3]) }, ['__proto__']: { M: { polluted: { BOOL: true } } } } } },
      }),
    );
    const read = await store().getAttributes(buildEnvelope({ type: 'LaunchRequest' }, newSession(), { ...DEVICE, userId: id }));
    expect(read[VERSION]).toBe('v1');
    expect(read.tags).toEqual(expect.arrayContaining(['a', 'b']));
    expect(read.sizes).toEqual(expect.arrayContaining([1, 2.5]));
    expect(read.blob).toBe('AQID');
    expect(Object.getPrototypeOf(read)).toBe(Object.prototype);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('writes over the version read only: a write over another version is refused as a VersionConflict, and changes nothing', async () => {
    const adapter = store();
    const envelope = buildEnvelope({ type: 'LaunchRequest' }, newSession(), { ...DEVICE, userId: 'amzn1.ask.account.VERSIONS' });
    const first: VersionedAttributes = { a: 1 };
    first[WRITE] = { over: '', next: 'one' };
    await adapter.saveAttributes(envelope, first);
    const again: VersionedAttributes = { a: 2 };
    again[WRITE] = { over: '', next: 'two' }; // a record exists now: not a new one
    await expect(adapter.saveAttributes(envelope, again)).rejects.toBeInstanceOf(VersionConflict);
    const stale: VersionedAttributes = {};
    stale[WRITE] = { over: 'zero', remove: true };
    await expect(adapter.saveAttributes(envelope, stale)).rejects.toBeInstanceOf(VersionConflict);
    expect((await item('amzn1.ask.account.VERSIONS'))?.version?.S).toBe('one');
    const read = await adapter.getAttributes(envelope);
    expect(read.a).toBe(1);
    const remove: VersionedAttributes = {};
    remove[WRITE] = { over: 'one', remove: true };
    await adapter.saveAttributes(envelope, remove);
    expect(await item('amzn1.ask.account.VERSIONS')).toBeUndefined();
  });
});
