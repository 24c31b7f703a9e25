import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { open, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { PersistenceAdapter } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import { persistenceKey } from './persistenceKey';
import { newVersion, storedPart, VERSION, VersionConflict, WRITE, type VersionedAttributes } from './versions';

/** A lock older than this was left by a process that died while writing: it is taken over. */
const STALE_LOCK_MS = 10_000;
/** How long a write waits for another one to the same record before it fails. */
const LOCK_WAIT_MS = 2_000;
/** Temporary files older than this at start were left by a write that never finished. */
const STALE_TEMPORARY_MS = 60_000;
/** What is kept of a file that cannot be read, to set aside: the beginning only. */
const UNREADABLE_KEPT_CHARS = 2048;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

/** A record on disk: `{ version, attributes }` (files written before versions hold the attributes alone). */
interface OnDisk {
  readonly version: string;
  readonly attributes: Record<string, unknown>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads a file's text as a record; undefined for text that is not one (kept to set aside). */
function parseRecord(text: string): OnDisk | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isRecord(parsed)) return undefined;
  const keys = Object.keys(parsed);
  if (keys.length === 2 && typeof parsed.version === 'string' && isRecord(parsed.attributes)) return { version: parsed.version, attributes: parsed.attributes };
  return { version: '', attributes: parsed };
}

/**
 * The embedded store for local use: one JSON file per record under a folder, named by a hash of
 * the record's id (no ids in file names). The folder is 0700 and the files 0600. Each file holds a
 * version that changes with every write; a save that names the version it read (versions.ts) is
 * compared and written under a per-file lock (a `.lock` file made with O_EXCL), through a temporary
 * file that is fsynced, renamed over the record, and the folder fsynced: a record is whole or not
 * there, and never written over a newer one. Temporary files and locks left by a crash are removed
 * when a store opens the folder.
 */
export class FileStore implements PersistenceAdapter {
  private ready = false;

  constructor(private readonly dir: string) {
    this.cleanUp();
  }

  /** Removes what a write that never finished left behind, and keeps the folder private. */
  private cleanUp(): void {
    let names: string[];
    try {
      names = readdirSync(this.dir);
    } catch {
      return; // made on first write
    }
    try {
      chmodSync(this.dir, 0o700);
    } catch {
      // not ours to change: the files are 0600 all the same
    }
    const now = Date.now();
    for (const name of names) {
      const age = name.endsWith('.tmp') ? STALE_TEMPORARY_MS : name.endsWith('.lock') ? STALE_LOCK_MS : undefined;
      if (age === undefined) continue;
      const path = join(this.dir, name);
      try {
        if (now - statSync(path).mtimeMs > age) rmSync(path, { force: true });
      } catch {
        // gone already
      }
    }
  }

  private fileFor(envelope: RequestEnvelope): string | undefined {
    const key = persistenceKey(envelope);
    if (key === undefined) return undefined;
    return join(this.dir, `${createHash('sha256').update(key).digest('hex').slice(0, 32)}.json`);
  }

  /** The record's text, or undefined when there is none. */
  private async readText(file: string): Promise<string | undefined> {
    try {
      return await readFile(file, 'utf8');
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return undefined;
      throw error;
    }
  }

  async getAttributes(envelope: RequestEnvelope): Promise<VersionedAttributes> {
    const file = this.fileFor(envelope);
    if (file === undefined) return {};
    const text = await this.readText(file);
    const record = text === undefined ? undefined : parseRecord(text);
    // A file that cannot be read is handed up as (the start of) its text, so that the skill can set it aside and say so.
    const read: VersionedAttributes = text === undefined ? {} : record ? { ...record.attributes } : { unreadable: text.slice(0, UNREADABLE_KEPT_CHARS) };
    read[VERSION] = record?.version ?? '';
    return read;
  }

  async saveAttributes(envelope: RequestEnvelope, attributes: VersionedAttributes): Promise<void> {
    const file = this.fileFor(envelope);
    if (file === undefined) return;
    const write = attributes[WRITE];
    await this.underLock(file, async () => {
      if (write !== undefined) {
        const text = await this.readText(file);
        const current = text === undefined ? '' : (parseRecord(text)?.version ?? '');
        if (current !== write.over) throw new VersionConflict();
        if ('remove' in write) {
          await rm(file, { force: true });
          await this.syncFolder();
          return;
        }
      }
      const version = write !== undefined && 'next' in write ? write.next : newVersion();
      await this.replace(file, `${JSON.stringify({ version, attributes: storedPart(attributes) }, null, 2)}\n`);
    });
  }

  async deleteAttributes(envelope: RequestEnvelope): Promise<void> {
    const file = this.fileFor(envelope);
    if (file === undefined) return;
    await this.underLock(file, async () => {
      await rm(file, { force: true });
      await this.syncFolder();
    });
  }

  /** Writes the whole file through a temporary one: fsynced, renamed over the record, the folder fsynced. */
  private async replace(file: string, text: string): Promise<void> {
    const temporary = `${file}.${process.pid}.${newVersion()}.tmp`;
    const handle = await open(temporary, 'wx', 0o600);
    try {
      await handle.writeFile(text);
      await handle.sync();
    } finally {
      await handle.close();
    }
    try {
      await rename(temporary, file);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
    await this.syncFolder();
  }

  /** Makes a rename or removal durable (a folder cannot be opened for this on every platform). */
  private async syncFolder(): Promise<void> {
    let handle;
    try {
      handle = await open(this.dir, 'r');
      await handle.sync();
    } catch {
      // Windows: folders cannot be fsynced
    } finally {
      await handle?.close();
    }
  }

  private async underLock<T>(file: string, work: () => Promise<T>): Promise<T> {
    if (!this.ready) {
      mkdirSync(this.dir, { recursive: true, mode: 0o700 });
      this.ready = true;
    }
    const lock = `${file}.lock`;
    const deadline = Date.now() + LOCK_WAIT_MS;
    for (;;) {
      try {
        await (await open(lock, 'wx', 0o600)).close();
        break;
      } catch (error) {
        if (errorCode(error) !== 'EEXIST') throw error;
      }
      const held = await stat(lock).then(
        (s) => Date.now() - s.mtimeMs,
        () => 0,
      );
      if (held > STALE_LOCK_MS) await rm(lock, { force: true });
      else if (Date.now() > deadline) throw new Error('the record is locked by another write');
      else await sleep(2 + Math.random() * 8);
    }
    try {
      return await work();
    } finally {
      await rm(lock, { force: true });
    }
  }
}
