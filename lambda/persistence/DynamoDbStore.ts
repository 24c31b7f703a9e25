import type { PersistenceAdapter } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { persistenceKey } from './persistenceKey';
import { newVersion, storedPart, VERSION, VersionConflict, WRITE, type VersionedAttributes } from './versions';

type DocumentApi = typeof import('@aws-sdk/lib-dynamodb');
let documentApi: DocumentApi | undefined;
/**
 * The SDK, loaded on first use with require: a dynamic import() would start Node's ESM loader and
 * scan the SDK's CommonJS for its exports, about 50 ms more on a cold start (measured).
 */
function sdk(): DocumentApi {
  return (documentApi ??= require('@aws-sdk/lib-dynamodb') as DocumentApi);
}

export interface DynamoDbStoreOptions {
  readonly tableName: string;
  /** A local DynamoDB (dynalite, DynamoDB Local); the AWS endpoint for the region otherwise. */
  readonly endpoint?: string;
  readonly region?: string;
  /** Attempts per call, throttling included (the SDK backs off between them). */
  readonly maxAttempts?: number;
  /** Per attempt, in milliseconds: well inside Alexa's 8-second limit. */
  readonly requestTimeoutMs?: number;
  /** A ready client (tests); built from the options above otherwise. */
  readonly client?: DynamoDBDocumentClient;
}

/**
 * A PersistenceAdapter on AWS SDK v3, in the ecosystem's table shape: partition key `id`
 * (whose record it is: see persistenceKey) and the data under `attributes`, plus `version`, a
 * random string that changes with every write. Reads are consistent and hand up the version
 * (versions.ts); a save that names the version it read is a conditional write (PutItem, or
 * DeleteItem to remove, with a condition on `version`), so that it never lands over a newer
 * record, not even when it arrives after it was given up. The SDK is loaded on first use, so
 * that a skill without a table never pays for it (and on Lambda it comes with the nodejs22.x runtime).
 */
export class DynamoDbStore implements PersistenceAdapter {
  private client: DynamoDBDocumentClient | undefined;

  constructor(private readonly options: DynamoDbStoreOptions) {}

  private documentClient(): DynamoDBDocumentClient {
    this.client ??= (() => {
      if (this.options.client) return this.options.client;
      const { DynamoDBClient } = require('@aws-sdk/client-dynamodb') as typeof import('@aws-sdk/client-dynamodb');
      const base = new DynamoDBClient({
        ...(this.options.endpoint ? { endpoint: this.options.endpoint } : {}),
        ...(this.options.region ? { region: this.options.region } : {}),
        maxAttempts: this.options.maxAttempts ?? 3,
        requestHandler: { requestTimeout: this.options.requestTimeoutMs ?? 2000, connectionTimeout: 1000, throwOnRequestTimeout: true },
      });
      return sdk().DynamoDBDocumentClient.from(base, { marshallOptions: { removeUndefinedValues: true } });
    })();
    return this.client;
  }

  private key(envelope: RequestEnvelope): { id: string } | undefined {
    const id = persistenceKey(envelope);
    return id === undefined ? undefined : { id };
  }

  async getAttributes(envelope: RequestEnvelope): Promise<VersionedAttributes> {
    const key = this.key(envelope);
    if (!key) return {};
    const client = this.documentClient();
    const result = await client.send(new (sdk().GetCommand)({ TableName: this.options.tableName, Key: key, ConsistentRead: true }));
    const attributes: unknown = result.Item?.attributes;
    const version: unknown = result.Item?.version;
    const read: VersionedAttributes = typeof attributes === 'object' && attributes !== null && !Array.isArray(attributes) ? { ...(attributes as Record<string, unknown>) } : {};
    read[VERSION] = typeof version === 'string' ? version : '';
    return read;
  }

  async saveAttributes(envelope: RequestEnvelope, attributes: VersionedAttributes): Promise<void> {
    const key = this.key(envelope);
    if (!key) return;
    const client = this.documentClient();
    const write = attributes[WRITE];
    const TableName = this.options.tableName;
    if (write === undefined) {
      // A save that read no version (ask-sdk's own use): written as asked, under a new version.
      await client.send(new (sdk().PutCommand)({ TableName, Item: { ...key, attributes: storedPart(attributes), version: newVersion() } }));
      return;
    }
    const condition =
      write.over === ''
        ? { ConditionExpression: 'attribute_not_exists(#version)', ExpressionAttributeNames: { '#version': 'version' } }
        : { ConditionExpression: '#version = :over', ExpressionAttributeNames: { '#version': 'version' }, ExpressionAttributeValues: { ':over': write.over } };
    try {
      if ('remove' in write) await client.send(new (sdk().DeleteCommand)({ TableName, Key: key, ...condition }));
      else await client.send(new (sdk().PutCommand)({ TableName, Item: { ...key, attributes: storedPart(attributes), version: write.next }, ...condition }));
    } catch (error) {
      if ((error as { name?: unknown }).name === 'ConditionalCheckFailedException') throw new VersionConflict();
      throw error;
    }
  }

  async deleteAttributes(envelope: RequestEnvelope): Promise<void> {
    const key = this.key(envelope);
    if (!key) return;
    const client = this.documentClient();
    await client.send(new (sdk().DeleteCommand)({ TableName: this.options.tableName, Key: key }));
  }
}
