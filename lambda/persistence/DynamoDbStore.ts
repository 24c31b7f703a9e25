import type { PersistenceAdapter } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import { DynamoDbClient, type DynamoDbCalls, type Item } from './DynamoDbClient';
import { fromAttributeValue, toAttributeValue } from './dynamoDbJson';
import { persistenceKey } from './persistenceKey';
import { newVersion, storedPart, VERSION, VersionConflict, WRITE, type VersionedAttributes } from './versions';

export interface DynamoDbStoreOptions {
  readonly tableName: string;
  /** A local DynamoDB (dynalite, DynamoDB Local); the AWS endpoint for the region otherwise. */
  readonly endpoint?: string;
  readonly region?: string;
  /** Attempts per call, throttling included (with back-off between them). */
  readonly maxAttempts?: number;
  /** Per attempt, in milliseconds: well inside Alexa's 8-second limit. */
  readonly requestTimeoutMs?: number;
  /** A ready client (the benchmark's other clients); built from the options above otherwise. */
  readonly client?: DynamoDbCalls;
}

const CONDITION_NAMES = { '#version': 'version' };

/**
 * A PersistenceAdapter on DynamoDB, in the ecosystem's table shape: partition key `id` (whose
 * record it is: see persistenceKey) and the data under `attributes`, plus `version`, a random string
 * that changes with every write. Reads are consistent and hand up the version (versions.ts); a save
 * that names the version it read is a conditional write (PutItem, or DeleteItem to remove, with a
 * condition on `version`), so that it never lands over a newer record, not even when it arrives
 * after it was given up. The calls go through this project's small client (DynamoDbClient: SigV4
 * over node:http, retries, timeouts), which loads nothing until the first call: see the README's
 * Performance section for why not the AWS SDK.
 */
export class DynamoDbStore implements PersistenceAdapter {
  private readonly client: DynamoDbCalls;

  constructor(private readonly options: DynamoDbStoreOptions) {
    this.client =
      options.client ??
      new DynamoDbClient({
        ...(options.endpoint ? { endpoint: options.endpoint } : {}),
        ...(options.region ? { region: options.region } : {}),
        maxAttempts: options.maxAttempts ?? 3,
        requestTimeoutMs: options.requestTimeoutMs ?? 2000,
      });
  }

  private key(envelope: RequestEnvelope): Item | undefined {
    const id = persistenceKey(envelope);
    return id === undefined ? undefined : { id: { S: id } };
  }

  async getAttributes(envelope: RequestEnvelope): Promise<VersionedAttributes> {
    const Key = this.key(envelope);
    if (!Key) return {};
    const { Item: item } = await this.client.getItem({ TableName: this.options.tableName, Key, ConsistentRead: true });
    const attributes = fromAttributeValue(item?.attributes);
    const version = fromAttributeValue(item?.version);
    const read: VersionedAttributes = typeof attributes === 'object' && attributes !== null && !Array.isArray(attributes) ? { ...(attributes as Record<string, unknown>) } : {};
    read[VERSION] = typeof version === 'string' ? version : '';
    return read;
  }

  async saveAttributes(envelope: RequestEnvelope, attributes: VersionedAttributes): Promise<void> {
    const Key = this.key(envelope);
    if (!Key) return;
    const write = attributes[WRITE];
    const TableName = this.options.tableName;
    const item = (version: string): Item => ({ ...Key, attributes: toAttributeValue(storedPart(attributes)), version: { S: version } });
    if (write === undefined) {
      // A save that read no version (ask-sdk's own use): written as asked, under a new version.
      await this.client.putItem({ TableName, Item: item(newVersion()) });
      return;
    }
    const condition =
      write.over === ''
        ? { ConditionExpression: 'attribute_not_exists(#version)', ExpressionAttributeNames: CONDITION_NAMES }
        : { ConditionExpression: '#version = :over', ExpressionAttributeNames: CONDITION_NAMES, ExpressionAttributeValues: { ':over': { S: write.over } } };
    try {
      if ('remove' in write) await this.client.deleteItem({ TableName, Key, ...condition });
      else await this.client.putItem({ TableName, Item: item(write.next), ...condition });
    } catch (error) {
      if ((error as { name?: unknown }).name === 'ConditionalCheckFailedException') throw new VersionConflict();
      throw error;
    }
  }

  async deleteAttributes(envelope: RequestEnvelope): Promise<void> {
    const Key = this.key(envelope);
    if (!Key) return;
    await this.client.deleteItem({ TableName: this.options.tableName, Key });
  }
}
