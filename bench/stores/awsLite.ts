import type { PersistenceAdapter } from 'ask-sdk-core';
import type { DynamoDbCalls } from '../../lambda/persistence/DynamoDbClient';
import { DynamoDbStore } from '../../lambda/persistence/DynamoDbStore';

/**
 * Candidate: aws-lite's client (@aws-lite/client, bundled: the Lambda runtime does not ship it),
 * called with the API's own shapes, as its DynamoDB plugin does, the store marshalling by hand.
 * Three attempts (aws-lite counts retries: 2) with its jittered back-off. aws-lite has no per-attempt
 * timeout: only the store's own 2.5-second limit per call (stateAttributes.ts) bounds a call.
 */
type AwsLite = (params: Record<string, unknown>) => Promise<{ payload: unknown }>;

export function createStore(tableName: string, endpoint: string): PersistenceAdapter {
  let client: Promise<AwsLite> | undefined;
  const call = async (operation: string, input: unknown) => {
    client ??= (require('@aws-lite/client') as (config: Record<string, unknown>) => Promise<AwsLite>)({ endpoint, retries: 2, keepAlive: true });
    try {
      const { payload } = await (await client)({
        service: 'dynamodb',
        headers: { 'X-Amz-Target': `DynamoDB_20120810.${operation}`, 'content-type': 'application/x-amz-json-1.0' },
        awsjson: false,
        payload: input,
      });
      return payload as Record<string, never>;
    } catch (error) {
      // aws-lite names errors by DynamoDB's whole __type (com.amazonaws.dynamodb.v20120810#Code).
      const name = String((error as { name?: unknown }).name ?? '');
      if (error instanceof Error) error.name = name.slice(name.lastIndexOf('#') + 1);
      throw error;
    }
  };
  const calls: DynamoDbCalls = {
    getItem: (input) => call('GetItem', input),
    putItem: (input) => call('PutItem', input),
    deleteItem: (input) => call('DeleteItem', input),
  };
  return new DynamoDbStore({ tableName, client: calls });
}

/** The bundle's own symbols, for the probe to read the version and ask for a conditional write. */
export { VERSION, WRITE } from '../../lambda/persistence/versions';
