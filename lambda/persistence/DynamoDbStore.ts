import type { PersistenceAdapter } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { persistenceKey } from './persistenceKey';

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
 * (the voice profile's person id when there is one, else the user id) and the data under
 * `attributes`. Reads are consistent. The SDK is loaded on first use, so that a skill without
 * a table never pays for it (and on Lambda it comes with the nodejs22.x runtime).
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

  async getAttributes(envelope: RequestEnvelope): Promise<Record<string, unknown>> {
    const key = this.key(envelope);
    if (!key) return {};
    const client = this.documentClient();
    const result = await client.send(new (sdk().GetCommand)({ TableName: this.options.tableName, Key: key, ConsistentRead: true }));
    const attributes: unknown = result.Item?.attributes;
    return typeof attributes === 'object' && attributes !== null && !Array.isArray(attributes) ? (attributes as Record<string, unknown>) : {};
  }

  async saveAttributes(envelope: RequestEnvelope, attributes: Record<string, unknown>): Promise<void> {
    const key = this.key(envelope);
    if (!key) return;
    const client = this.documentClient();
    await client.send(new (sdk().PutCommand)({ TableName: this.options.tableName, Item: { ...key, attributes } }));
  }

  async deleteAttributes(envelope: RequestEnvelope): Promise<void> {
    const key = this.key(envelope);
    if (!key) return;
    const client = this.documentClient();
    await client.send(new (sdk().DeleteCommand)({ TableName: this.options.tableName, Key: key }));
  }
}
