import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PersistenceAdapter } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import { persistenceKey } from './persistenceKey';

/**
 * The embedded store for local use: one JSON file per user under a folder, named by a hash
 * of the user's id (no ids in file names), written atomically (temporary file, then rename).
 */
export class FileStore implements PersistenceAdapter {
  constructor(private readonly dir: string) {}

  private fileFor(envelope: RequestEnvelope): string | undefined {
    const key = persistenceKey(envelope);
    if (key === undefined) return undefined;
    return join(this.dir, `${createHash('sha256').update(key).digest('hex').slice(0, 32)}.json`);
  }

  async getAttributes(envelope: RequestEnvelope): Promise<Record<string, unknown>> {
    const file = this.fileFor(envelope);
    if (file === undefined) return {};
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
      throw error;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      // Handed up as it is, so that the skill can set it aside and start fresh, and say so.
      return { unreadable: text };
    }
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : { unreadable: text };
  }

  async saveAttributes(envelope: RequestEnvelope, attributes: Record<string, unknown>): Promise<void> {
    const file = this.fileFor(envelope);
    if (file === undefined) return;
    mkdirSync(this.dir, { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, `${JSON.stringify(attributes, null, 2)}\n`);
    renameSync(temporary, file);
  }

  async deleteAttributes(envelope: RequestEnvelope): Promise<void> {
    const file = this.fileFor(envelope);
    if (file !== undefined) rmSync(file, { force: true });
  }
}
