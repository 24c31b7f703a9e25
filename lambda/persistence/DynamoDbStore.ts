import type { PersistenceAdapter } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { persistenceKey } from './persistenceKey';

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
  private client: Promise<DynamoDBDocumentClient> | undefined;

  constructor(private readonly options: DynamoDbStoreOptions) {}

  private documentClient(): Promise<DynamoDBDocumentClient> {
    this.client ??= (async () => {
      if (this.options.client) return this.options.client;
      const [{ DynamoDBClient }, { DynamoDBDocumentClient }] = await Promise.all([import('@aws-sdk/client-dynamodb'), import('@aws-sdk/lib-dynamodb')]);
      const base = new DynamoDBClient({
        ...(this.options.endpoint ? { endpoint: this.options.endpoint } : {}),
        ...(this.options.region ? { region: this.options.region } : {}),
        maxAttempts: this.options.maxAttempts ?? 3,
        requestHandler: { requestTimeout: this.options.requestTimeoutMs ?? 2000, connectionTimeout: 1000, throwOnRequestTimeout: true },
      });
      return DynamoDBDocumentClient.from(base, { marshallOptions: { removeUndefinedValues: true } });
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
    const { GetCommand } = await import('@aws-sdk/lib-dynamodb');
    const client = await this.documentClient();
    const result = await client.send(new GetCommand({ TableName: this.options.tableName, Key: key, ConsistentRead: true }));
    const attributes: unknown = result.Item?.attributes;
    return typeof attributes === 'object' && attributes !== null && !Array.isArray(attributes) ? (attributes as Record<string, unknown>) : {};
  }

  async saveAttributes(envelope: RequestEnvelope, attributes: Record<string, unknown>): Promise<void> {
    const key = this.key(envelope);
    if (!key) return;
    const { PutCommand } = await import('@aws-sdk/lib-dynamodb');
    const client = await this.documentClient();
    await client.send(new PutCommand({ TableName: this.options.tableName, Item: { ...key, attributes } }));
  }

  async deleteAttributes(envelope: RequestEnvelope): Promise<void> {
    const key = this.key(envelope);
    if (!key) return;
    const { DeleteCommand } = await import('@aws-sdk/lib-dynamodb');
    const client = await this.documentClient();
    await client.send(new DeleteCommand({ TableName: this.options.tableName, Key: key }));
  }
}
