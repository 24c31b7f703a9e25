import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildEnvelope, DEFAULT_DEVICE, newSession } from '../../lambda/local/envelope';
import { FileStore } from '../../lambda/persistence/FileStore';
import { STATE_KEY } from '../../lambda/persistence/stateAttributes';
import { VERSION, WRITE, type VersionedAttributes } from '../../lambda/persistence/versions';
import { Conversation, temporaryStoreDir } from '../support/conversation';

/** The embedded store on a real file system: private, durable, whole, and tidy after a crash. */
const envelope = buildEnvelope({ type: 'LaunchRequest' }, newSession(), DEFAULT_DEVICE);
const fileName = `${createHash('sha256').update(DEFAULT_DEVICE.userId).digest('hex').slice(0, 32)}.json`;
const mode = (path: string) => statSync(path).mode & 0o777;
const MINUTE = 60_000;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('file store', () => {
  it('keeps the folder 0700 and the files 0600', async () => {
    const dir = join(temporaryStoreDir(), 'data');
    const c = new Conversation({ store: new FileStore(dir) });
    await c.say('lower back massage with a foam roller');
    expect(mode(dir)).toBe(0o700);
    expect(mode(join(dir, fileName))).toBe(0o600);
    // A folder made by someone else, open to all: made private when a store opens it.
    const open = join(temporaryStoreDir(), 'shared');
    mkdirSync(open, { mode: 0o755 });
    new FileStore(open);
    expect(mode(open)).toBe(0o700);
  });

  it('fsyncs the file before it replaces the record, and the folder after', async () => {
    const dir = temporaryStoreDir();
    const store = new FileStore(dir);
    const probe = await open(join(dir, 'probe'), 'w');
    const handleType = Object.getPrototypeOf(probe) as { sync: () => Promise<void> };
    await probe.close();
    // Watches the calls and lets them through: the real fsync runs.
    const sync = vi.spyOn(handleType, 'sync');
    await store.saveAttributes(envelope, { [STATE_KEY]: { v: 2, prefs: {}, safetyHeard: true } });
    expect(sync).toHaveBeenCalledTimes(2);
    await store.deleteAttributes(envelope);
    expect(sync).toHaveBeenCalledTimes(3);
  });

  it('removes temporary files and locks a crash left behind, when a store opens the folder; keeps fresh ones', () => {
    const dir = temporaryStoreDir();
    const old = Date.now() / 1000 - 10 * 60;
    for (const name of ['a.json.123.x.tmp', 'a.json.lock']) {
      writeFileSync(join(dir, name), '{');
      utimesSync(join(dir, name), old, old);
    }
    writeFileSync(join(dir, 'b.json.456.y.tmp'), '{'); // another process writing right now
    writeFileSync(join(dir, fileName), '{}');
    new FileStore(dir);
    expect(readdirSync(dir).sort()).toEqual([fileName, 'b.json.456.y.tmp'].sort());
  });

  it('a write that fails half-way leaves no temporary file', async () => {
    const dir = temporaryStoreDir();
    const store = new FileStore(dir);
    // The record's place is taken by a folder: the write cannot land.
    mkdirSync(join(dir, fileName));
    writeFileSync(join(dir, fileName, 'inside'), '');
    await expect(store.saveAttributes(envelope, { [STATE_KEY]: 'x' })).rejects.toThrow();
    expect(readdirSync(dir)).toEqual([fileName]);
  });

  it('a lock left by a process that died is taken over; a live one is waited for', async () => {
    const dir = temporaryStoreDir();
    const store = new FileStore(dir);
    const lock = join(dir, `${fileName}.lock`);
    writeFileSync(lock, '');
    const stale = Date.now() / 1000 - MINUTE / 1000;
    utimesSync(lock, stale, stale);
    await store.saveAttributes(envelope, { n: 1 });
    expect(Object.fromEntries(Object.entries(await store.getAttributes(envelope)))).toEqual({ n: 1 });
    // A live lock: the write waits for it to go.
    writeFileSync(lock, '');
    const write = store.saveAttributes(envelope, { n: 2 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(Object.fromEntries(Object.entries(await store.getAttributes(envelope)))).toEqual({ n: 1 });
    const { rmSync } = await import('node:fs');
    rmSync(lock);
    await write;
    expect(Object.fromEntries(Object.entries(await store.getAttributes(envelope)))).toEqual({ n: 2 });
  });

  it('reads a record written before versions, and writes it over as version-less', async () => {
    const dir = temporaryStoreDir();
    writeFileSync(join(dir, fileName), JSON.stringify({ [STATE_KEY]: { v: 2, prefs: { oil: 'lavender' }, safetyHeard: true } }));
    const store = new FileStore(dir);
    const read = (await store.getAttributes(envelope)) as VersionedAttributes;
    expect(read[VERSION]).toBe('');
    await store.saveAttributes(envelope, { ...read, [WRITE]: { over: '', next: 'v1' } });
    expect(JSON.parse(readFileSync(join(dir, fileName), 'utf8'))).toMatchObject({ version: 'v1', attributes: { [STATE_KEY]: { prefs: { oil: 'lavender' } } } });
    const c = new Conversation({ store });
    expect((await c.saved())?.prefs.oil).toBe('lavender');
  });

  it('a file that cannot be read is handed up small, to be set aside', async () => {
    const dir = temporaryStoreDir();
    writeFileSync(join(dir, fileName), `{${'x'.repeat(1_000_000)}`);
    const read = await new FileStore(dir).getAttributes(envelope);
    expect(String(read.unreadable).length).toBeLessThanOrEqual(2048);
  });
});
