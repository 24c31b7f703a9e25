import { readdirSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';
import type { PersistenceAdapter } from 'ask-sdk-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dayFormatCacheSize, localDay } from '../../lambda/handlers/requestContext';
import { buildEnvelope, DEFAULT_DEVICE, newSession } from '../../lambda/local/envelope';
import { DynamoDbStore } from '../../lambda/persistence/DynamoDbStore';
import { FileStore } from '../../lambda/persistence/FileStore';
import { SET_ASIDE_KEY, STATE_KEY } from '../../lambda/persistence/stateAttributes';
import { Conversation, temporaryStoreDir, text } from '../support/conversation';
import { startDynalite } from '../support/dynalite';

/** What request data can make the skill keep: ids, set-aside state, time zones. All bounded. */
const TABLE = 'massage-coach-bounds';
let db: Awaited<ReturnType<typeof startDynalite>>;
let raw: DynamoDBClient;

beforeAll(async () => {
  db = await startDynalite(TABLE);
  raw = new DynamoDBClient({ endpoint: db.endpoint, region: 'us-east-1' });
});
afterAll(async () => {
  raw.destroy();
  await db.close();
});

interface Backend {
  readonly store: PersistenceAdapter;
  /** How many records the store holds. */
  records(): Promise<number>;
}

const BACKENDS: [string, () => Backend][] = [
  [
    'DynamoDB (dynalite)',
    () => ({
      store: new DynamoDbStore({ tableName: TABLE, endpoint: db.endpoint, region: 'us-east-1' }),
      records: async () => (await raw.send(new ScanCommand({ TableName: TABLE }))).Count ?? 0,
    }),
  ],
  [
    'file store',
    () => {
      const dir = temporaryStoreDir();
      return { store: new FileStore(dir), records: async () => readdirSync(dir).filter((name) => name.endsWith('.json')).length };
    },
  ],
];

let users = 0;
const newUser = () => `amzn1.ask.account.BOUNDS${++users}`;

/** How deeply a value nests (DynamoDB refuses items nested more than 32 levels). */
function depth(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  return 1 + Math.max(0, ...Object.values(value).map(depth));
}

function nested(levels: number): unknown {
  let value: unknown = 'garbage';
  for (let i = 0; i < levels; i++) value = { deeper: value };
  return value;
}

describe.each(BACKENDS)('%s', (_name, makeBackend) => {
  /** Deletes every record, so that each test counts its own. */
  async function emptied(): Promise<Backend> {
    const backend = makeBackend();
    if (backend.store instanceof DynamoDbStore) {
      const { Items = [] } = await raw.send(new ScanCommand({ TableName: TABLE }));
      const { DeleteItemCommand } = await import('@aws-sdk/client-dynamodb');
      for (const item of Items) await raw.send(new DeleteItemCommand({ TableName: TABLE, Key: { id: item.id! } }));
    }
    return backend;
  }

  it('user ids that are not strings, or too long, are answered normally and nothing is stored', async () => {
    const backend = await emptied();
    for (const userId of [12345, { id: 'x' }, 'amzn1.ask.account.'.padEnd(10_000, 'A')]) {
      const c = new Conversation({ store: backend.store, device: { userId: userId as unknown as string } });
      const heard = await c.say('lower back massage with a foam roller');
      expect(heard.text).toContain(text('routines:lowerBackFoamRoller.steps.lieDown'));
      expect((await c.say('next')).text).toContain('Step 2 of 4.');
    }
    expect(await backend.records()).toBe(0);
  });

  it('a person id that is not a string, or too long, is not used: the account\'s record is', async () => {
    const backend = await emptied();
    const userId = newUser();
    for (const personId of [42, 'amzn1.ask.person.'.padEnd(5_000, 'P')]) {
      const c = new Conversation({ store: backend.store, device: { userId, personId: personId as unknown as string } });
      await c.say('slow down');
      expect((await c.saved({ personId: undefined }))?.prefs.pace).toBe('slow');
    }
    expect(await backend.records()).toBe(1);
  });

  it('unreadable state is set aside once and small: never nested in an earlier set-aside, however often', async () => {
    const { store } = await emptied();
    const userId = newUser();
    const envelope = buildEnvelope({ type: 'LaunchRequest' }, newSession(), { ...DEFAULT_DEVICE, userId });
    const corrupt = async (garbage: unknown) => {
      const current = Object.fromEntries(Object.entries(await store.getAttributes(envelope)));
      await store.saveAttributes(envelope, { ...current, [STATE_KEY]: garbage });
    };
    const depths: number[] = [];
    const c = new Conversation({ store, device: { userId } });
    for (const garbage of ['garbage', nested(25), 'x'.repeat(100_000), nested(25), { v: 2, progress: 'step three' }]) {
      await corrupt(garbage);
      const heard = await c.launch();
      expect(heard.text.startsWith(text('common:persistence.freshStart'))).toBe(true);
      await c.say('stop');
      const record = Object.fromEntries(Object.entries(await store.getAttributes(envelope)));
      const aside = record[SET_ASIDE_KEY] as Record<string, unknown>;
      expect(JSON.stringify(aside).length).toBeLessThan(2_500);
      expect(JSON.stringify(aside)).not.toContain(SET_ASIDE_KEY);
      depths.push(depth(record));
    }
    // The record, `attributes` included, stays well inside DynamoDB's 32 levels.
    expect(Math.max(...depths) + 1).toBeLessThanOrEqual(12);
    // Small garbage is kept as it was; large or deep garbage as the start of its JSON.
    await corrupt('garbage');
    await c.launch();
    const record = Object.fromEntries(Object.entries(await store.getAttributes(envelope)));
    expect(record[SET_ASIDE_KEY]).toMatchObject({ value: { [STATE_KEY]: 'garbage' } });
  });
});

describe('time zones', () => {
  it('only known zones get a formatter: a zone ICU would take but the list does not is UTC', () => {
    const now = new Date('2026-03-02T03:00:00Z'); // 22:00 on March 1st in New York
    expect(localDay(now, 'America/New_York')).toBe('2026-03-01');
    expect(localDay(now, 'Asia/Kolkata')).toBe('2026-03-02'); // an IANA name ICU files as Asia/Calcutta
    expect(localDay(new Date('2026-03-01T20:00:00Z'), 'Asia/Kolkata')).toBe('2026-03-02');
    expect(localDay(now, 'Etc/UTC')).toBe('2026-03-02');
    // ICU accepts any letter case; the device's settings never send one: not in the list, not built.
    expect(localDay(now, 'america/new_york')).toBe('2026-03-02');
    expect(localDay(now, 'America/New_York\u0000')).toBe('2026-03-02');
  });

  it('the formatter cache is bounded in entries and in the characters of its keys', () => {
    const now = new Date('2026-03-02T12:00:00Z');
    for (const zone of Intl.supportedValuesOf('timeZone').slice(0, 200)) localDay(now, zone);
    const { entries, chars } = dayFormatCacheSize();
    expect(entries).toBeGreaterThan(0);
    expect(entries).toBeLessThanOrEqual(64);
    expect(chars).toBeLessThanOrEqual(2048);
  });

  it('forged zones are kept nowhere: 300 distinct 100 KB zones leave the heap as it was', () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const now = new Date('2026-03-02T12:00:00Z');
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < 300; i++) expect(localDay(now, `Europe/${i}${'x'.repeat(100_000)}`)).toBe('2026-03-02');
    gc();
    const grown = process.memoryUsage().heapUsed - before;
    expect(grown).toBeLessThan(5 * 1024 * 1024);
  });
});
