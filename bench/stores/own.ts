import type { PersistenceAdapter } from 'ask-sdk-core';
import { DynamoDbStore } from '../../lambda/persistence/DynamoDbStore';

/** The store as the skill ships it: this project's small client (lambda/persistence/DynamoDbClient.ts). */
export function createStore(tableName: string, endpoint: string): PersistenceAdapter {
  return new DynamoDbStore({ tableName, endpoint });
}

/** The bundle's own symbols, for the probe to read the version and ask for a conditional write. */
export { VERSION, WRITE } from '../../lambda/persistence/versions';
