import type { PersistenceAdapter } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { persistenceKey } from '../../lambda/persistence/persistenceKey';
import { newVersion, storedPart, VERSION, VersionConflict, WRITE, type VersionedAttributes } from '../../lambda/persistence/versions';

/**
 * Candidate: the store as it was before (AWS SDK v3: client-dynamodb with lib-dynamodb's document
 * client doing the marshalling), loaded with `require` on first use. Same job as DynamoDbStore:
 * consistent reads, conditional writes on `version`, three attempts with the SDK's back-off, timeouts.
 */
type DocumentApi = typeof import('@aws-sdk/lib-dynamodb');

class SdkDocumentStore implements PersistenceAdapter {
  private api: DocumentApi | undefined;
  private client: DynamoDBDocumentClient | undefined;

  constructor(
    private readonly tableName: string,
    private readonly endpoint: string,
  ) {}

  private document(): { api: DocumentApi; client: DynamoDBDocumentClient } {
    this.api ??= require('@aws-sdk/lib-dynamodb') as DocumentApi;
    if (!this.client) {
      const { DynamoDBClient } = require('@aws-sdk/client-dynamodb') as typeof import('@aws-sdk/client-dynamodb');
      const base = new DynamoDBClient({
        endpoint: this.endpoint,
        maxAttempts: 3,
        requestHandler: { requestTimeout: 2000, connectionTimeout: 1000, throwOnRequestTimeout: true },
      });
      this.client = this.api.DynamoDBDocumentClient.from(base, { marshallOptions: { removeUndefinedValues: true } });
    }
    return { api: this.api, client: this.client };
  }

  async getAttributes(envelope: RequestEnvelope): Promise<VersionedAttributes> {
    const id = persistenceKey(envelope);
    if (id === undefined) return {};
    const { api, client } = this.document();
    const result = await client.send(new api.GetCommand({ TableName: this.tableName, Key: { id }, ConsistentRead: true }));
    const attributes: unknown = result.Item?.attributes;
    const version: unknown = result.Item?.version;
    const read: VersionedAttributes = typeof attributes === 'object' && attributes !== null && !Array.isArray(attributes) ? { ...(attributes as Record<string, unknown>) } : {};
    read[VERSION] = typeof version === 'string' ? version : '';
    return read;
  }

  async saveAttributes(envelope: RequestEnvelope, attributes: VersionedAttributes): Promise<void> {
    const id = persistenceKey(envelope);
    if (id === undefined) return;
    const { api, client } = this.document();
    const write = attributes[WRITE];
    const TableName = this.tableName;
    if (write === undefined) {
      await client.send(new api.PutCommand({ TableName, Item: { id, attributes: storedPart(attributes), version: newVersion() } }));
      return;
    }
    const condition =
      write.over === ''
        ? { ConditionExpression: 'attribute_not_exists(#version)', ExpressionAttributeNames: { '#version': 'version' } }
        : { ConditionExpression: '#version = :over', ExpressionAttributeNames: { '#version': 'version' }, ExpressionAttributeValues: { ':over': write.over } };
    try {
      if ('remove' in write) await client.send(new api.DeleteCommand({ TableName, Key: { id }, ...condition }));
      else await client.send(new api.PutCommand({ TableName, Item: { id, attributes: storedPart(attributes), version: write.next }, ...condition }));
    } catch (error) {
      if ((error as { name?: unknown }).name === 'ConditionalCheckFailedException') throw new VersionConflict();
      throw error;
    }
  }

  async deleteAttributes(envelope: RequestEnvelope): Promise<void> {
    const id = persistenceKey(envelope);
    if (id === undefined) return;
    const { api, client } = this.document();
    await client.send(new api.DeleteCommand({ TableName: this.tableName, Key: { id } }));
  }
}

export function createStore(tableName: string, endpoint: string): PersistenceAdapter {
  return new SdkDocumentStore(tableName, endpoint);
}

/** The bundle's own symbols, for the probe to read the version and ask for a conditional write. */
export { VERSION, WRITE } from '../../lambda/persistence/versions';
