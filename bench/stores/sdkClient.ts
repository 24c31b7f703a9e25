import type { PersistenceAdapter } from 'ask-sdk-core';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DynamoDbCalls, Item } from '../../lambda/persistence/DynamoDbClient';
import { DynamoDbStore } from '../../lambda/persistence/DynamoDbStore';

/**
 * Candidate: AWS SDK v3's client alone (no lib-dynamodb): the store marshals by hand (dynamoDbJson.ts)
 * and the SDK sends the API's own shapes, with three attempts, its back-off and its timeouts.
 * Loaded with `require` on the first call.
 */
type Sdk = typeof import('@aws-sdk/client-dynamodb');

export function createStore(tableName: string, endpoint: string): PersistenceAdapter {
  let loaded: { sdk: Sdk; client: DynamoDBClient } | undefined;
  const sdk = () => {
    if (!loaded) {
      const api = require('@aws-sdk/client-dynamodb') as Sdk;
      loaded = {
        sdk: api,
        client: new api.DynamoDBClient({ endpoint, maxAttempts: 3, requestHandler: { requestTimeout: 2000, connectionTimeout: 1000, throwOnRequestTimeout: true } }),
      };
    }
    return loaded;
  };
  const calls: DynamoDbCalls = {
    // The SDK's answers are the API's JSON, binary values excepted (never stored here).
    getItem: (input) => sdk().client.send(new (sdk().sdk.GetItemCommand)(input as ConstructorParameters<Sdk['GetItemCommand']>[0])) as Promise<{ Item?: Item }>,
    putItem: (input) => sdk().client.send(new (sdk().sdk.PutItemCommand)(input as ConstructorParameters<Sdk['PutItemCommand']>[0])),
    deleteItem: (input) => sdk().client.send(new (sdk().sdk.DeleteItemCommand)(input as ConstructorParameters<Sdk['DeleteItemCommand']>[0])),
  };
  return new DynamoDbStore({ tableName, client: calls });
}

/** The bundle's own symbols, for the probe to read the version and ask for a conditional write. */
export { VERSION, WRITE } from '../../lambda/persistence/versions';
