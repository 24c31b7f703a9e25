import type { PersistenceAdapter } from 'ask-sdk-core';
import { DynamoDbClient } from '../../lambda/persistence/DynamoDbClient';
import { DynamoDbStore } from '../../lambda/persistence/DynamoDbStore';

/**
 * The shipped store with its client's load started early: at module load, on the event loop's next
 * turn (on Lambda, while the runtime fetches the first event), instead of on the first call.
 */
export function createStore(tableName: string, endpoint: string): PersistenceAdapter {
  const client = new DynamoDbClient({ endpoint, maxAttempts: 3, requestTimeoutMs: 2000 });
  setImmediate(() => client.prepare());
  return new DynamoDbStore({ tableName, client });
}

/** The bundle's own symbols, for the probe to read the version and ask for a conditional write. */
export { VERSION, WRITE } from '../../lambda/persistence/versions';
