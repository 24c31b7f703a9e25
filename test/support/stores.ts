import type { PersistenceAdapter } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import { persistenceKey } from '../../lambda/persistence/persistenceKey';

/** A store kept in memory, with switches to make it fail the way a real one can. */
export class TestStore implements PersistenceAdapter {
  readonly items = new Map<string, Record<string, unknown>>();
  failReads = false;
  failWrites = false;
  /** Milliseconds every call waits first (a slow store). */
  delayMs = 0;
  writes = 0;

  private async pause(): Promise<void> {
    if (this.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.delayMs));
  }

  async getAttributes(envelope: RequestEnvelope): Promise<Record<string, unknown>> {
    await this.pause();
    if (this.failReads) throw new Error('store unreachable');
    const item = this.items.get(persistenceKey(envelope) ?? '');
    return item ? structuredClone(item) : {};
  }

  async saveAttributes(envelope: RequestEnvelope, attributes: Record<string, unknown>): Promise<void> {
    await this.pause();
    if (this.failWrites) throw new Error('store unreachable');
    this.writes++;
    this.items.set(persistenceKey(envelope) ?? '', structuredClone(attributes));
  }

  async deleteAttributes(envelope: RequestEnvelope): Promise<void> {
    this.items.delete(persistenceKey(envelope) ?? '');
  }
}
