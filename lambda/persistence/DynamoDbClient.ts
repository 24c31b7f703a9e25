import type * as Http from 'node:http';
import { signV4, type AwsCredentials } from './signV4';

/** A DynamoDB value in the API's JSON (docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_AttributeValue.html). */
export type AttributeValue =
  | { readonly S: string }
  | { readonly N: string }
  | { readonly BOOL: boolean }
  | { readonly NULL: true }
  | { readonly L: readonly AttributeValue[] }
  | { readonly M: Readonly<Record<string, AttributeValue>> }
  | { readonly SS: readonly string[] }
  | { readonly NS: readonly string[] }
  | { readonly B: string }
  | { readonly BS: readonly string[] };
export type Item = Readonly<Record<string, AttributeValue>>;

interface Condition {
  readonly ConditionExpression?: string;
  readonly ExpressionAttributeNames?: Readonly<Record<string, string>>;
  readonly ExpressionAttributeValues?: Item;
}
export interface GetItemInput {
  readonly TableName: string;
  readonly Key: Item;
  readonly ConsistentRead?: boolean;
}
export interface PutItemInput extends Condition {
  readonly TableName: string;
  readonly Item: Item;
}
export interface DeleteItemInput extends Condition {
  readonly TableName: string;
  readonly Key: Item;
}

/**
 * The three DynamoDB calls the store makes, in the API's own JSON, so that any client can make
 * them (the AWS SDK's takes the same shapes). Retries and timeouts are the client's.
 */
export interface DynamoDbCalls {
  getItem(input: GetItemInput): Promise<{ readonly Item?: Item }>;
  putItem(input: PutItemInput): Promise<unknown>;
  deleteItem(input: DeleteItemInput): Promise<unknown>;
}

/** What DynamoDB (or the way to it) answered instead: `name` is DynamoDB's error code, or the network's. */
export class DynamoDbError extends Error {
  constructor(
    name: string,
    message: string,
    readonly statusCode: number | undefined,
    readonly retryable: boolean,
  ) {
    super(message);
    this.name = name;
  }
}

export interface DynamoDbClientOptions {
  /** Signs for this region and, without an endpoint, calls its DynamoDB. Default: AWS_REGION, AWS_DEFAULT_REGION. */
  readonly region?: string;
  /** A local DynamoDB (dynalite, DynamoDB Local), or any other endpoint; `http:` or `https:`. */
  readonly endpoint?: string;
  /** Attempts per call, throttling and network errors included. Default 3. */
  readonly maxAttempts?: number;
  /** Per attempt, from sending to the whole answer, in milliseconds. Default 2000. */
  readonly requestTimeoutMs?: number;
  /** Fixed credentials (tests); otherwise read per call, see `credentials` below. */
  readonly credentials?: AwsCredentials;
  /** Random in [0, 1): the back-off's jitter (tests pass a fixed one). */
  readonly random?: () => number;
}

/** Throttling (DynamoDB answers 400 with these) and DynamoDB's own failures: worth another attempt. */
const RETRYABLE_CODES = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'InternalServerError',
  'ServiceUnavailable',
  'TransactionInProgressException',
]);
const RETRYABLE_NETWORK = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN', 'TimeoutError']);
/** Full-jitter exponential back-off (as the AWS SDKs): random up to 100 ms, 200 ms, ... never over a second. */
const BACKOFF_BASE_MS = 100;
const BACKOFF_MAX_MS = 1000;
/** DynamoDB's answers are small (an item is at most 400 KB): anything far larger is not DynamoDB. */
const MAX_ANSWER_BYTES = 1024 * 1024;

type ProviderChain = () => Promise<AwsCredentials>;
let providerChain: ProviderChain | undefined;

/**
 * Credentials for a call. On Lambda they are in the environment (the function's role), read on each
 * call. Anywhere else without them (a profile, SSO, a container or instance role), the AWS SDK's own
 * provider chain is loaded (memoized and refreshed by itself): it is not needed on Lambda.
 */
async function credentialsFromHost(): Promise<AwsCredentials> {
  const { AWS_ACCESS_KEY_ID: accessKeyId, AWS_SECRET_ACCESS_KEY: secretAccessKey, AWS_SESSION_TOKEN: sessionToken } = process.env;
  if (accessKeyId && secretAccessKey) return { accessKeyId, secretAccessKey, ...(sessionToken ? { sessionToken } : {}) };
  providerChain ??= (require('@aws-sdk/credential-provider-node') as typeof import('@aws-sdk/credential-provider-node')).defaultProvider();
  return providerChain();
}

/**
 * A small DynamoDB client: the JSON API (version 2012-08-10) over node:http(s), signed with SigV4,
 * on one keep-alive connection pool (Lambda reuses it across requests). Each call is tried up to
 * `maxAttempts` times on throttling, DynamoDB's 5xx, network errors and attempts that time out, with
 * full-jitter back-off between tries. Node's http module is loaded on the first call (or `prepare`).
 */
export class DynamoDbClient implements DynamoDbCalls {
  private readonly url: URL | undefined;
  private readonly region: string | undefined;
  private transport: { readonly http: typeof Http; readonly agent: Http.Agent } | undefined;

  constructor(private readonly options: DynamoDbClientOptions = {}) {
    this.region = options.region ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION;
    const endpoint = options.endpoint ?? (this.region && `https://dynamodb.${this.region}.amazonaws.com${this.region.startsWith('cn-') ? '.cn' : ''}`);
    this.url = endpoint ? new URL(endpoint) : undefined;
  }

  getItem(input: GetItemInput): Promise<{ readonly Item?: Item }> {
    return this.call('GetItem', input) as Promise<{ readonly Item?: Item }>;
  }

  putItem(input: PutItemInput): Promise<unknown> {
    return this.call('PutItem', input);
  }

  deleteItem(input: DeleteItemInput): Promise<unknown> {
    return this.call('DeleteItem', input);
  }

  /**
   * Loads what the first call needs (http or https, and its connection pool), if not yet loaded. The
   * first call does it; the benchmark also measures starting it at module load (it saves nothing there).
   */
  prepare(): void {
    if (this.transport || !this.url) return;
    const http = (this.url.protocol === 'https:' ? require('node:https') : require('node:http')) as typeof Http;
    this.transport = { http, agent: new http.Agent({ keepAlive: true, maxSockets: 50 }) };
  }

  private async call(operation: 'GetItem' | 'PutItem' | 'DeleteItem', input: object): Promise<unknown> {
    if (!this.url) throw new DynamoDbError('ConfigError', 'no AWS region: set AWS_REGION, or an endpoint', undefined, false);
    const body = JSON.stringify(input);
    const attempts = Math.max(1, this.options.maxAttempts ?? 3);
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.attempt(operation, body);
      } catch (error) {
        if (attempt >= attempts || !(error instanceof DynamoDbError) || !error.retryable) throw error;
        const ceiling = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** (attempt - 1));
        await new Promise((resolve) => setTimeout(resolve, Math.floor((this.options.random ?? Math.random)() * ceiling)));
      }
    }
  }

  private async attempt(operation: string, body: string): Promise<unknown> {
    const url = this.url as URL;
    const credentials = this.options.credentials ?? (await credentialsFromHost());
    this.prepare();
    const { http, agent } = this.transport as NonNullable<DynamoDbClient['transport']>;
    const headers = signV4(
      {
        method: 'POST',
        host: url.host,
        path: '/',
        headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': `DynamoDB_20120810.${operation}` },
        body,
      },
      credentials,
      { region: this.region ?? 'us-east-1', service: 'dynamodb' },
      new Date(),
    );
    headers['content-length'] = String(Buffer.byteLength(body));
    const timeoutMs = this.options.requestTimeoutMs ?? 2000;
    return new Promise((resolve, reject) => {
      const request = http.request({ protocol: url.protocol, hostname: url.hostname, port: url.port, method: 'POST', path: '/', headers, agent }, (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > MAX_ANSWER_BYTES) request.destroy(new DynamoDbError('AnswerTooLarge', 'the answer is too large', response.statusCode, false));
          else chunks.push(chunk);
        });
        // The connection lost mid-answer: like any network error, worth another attempt.
        response.on('error', (error: Error & { code?: string }) => {
          clearTimeout(timer);
          reject(new DynamoDbError(error.code ?? 'NetworkError', error.message, response.statusCode, true));
        });
        response.on('end', () => {
          clearTimeout(timer);
          const status = response.statusCode ?? 0;
          let parsed: unknown;
          try {
            parsed = JSON.parse(Buffer.concat(chunks).toString('utf8'));
          } catch {
            parsed = undefined;
          }
          if (status === 200 && typeof parsed === 'object' && parsed !== null) resolve(parsed);
          else reject(answerError(status, parsed));
        });
      });
      const timer = setTimeout(() => request.destroy(new DynamoDbError('TimeoutError', `no answer within ${timeoutMs} ms`, undefined, true)), timeoutMs);
      request.on('error', (error: Error & { code?: string }) => {
        clearTimeout(timer);
        if (error instanceof DynamoDbError) reject(error);
        else reject(new DynamoDbError(error.code ?? 'NetworkError', error.message, undefined, RETRYABLE_NETWORK.has(error.code ?? '') || error.message === 'socket hang up'));
      });
      request.end(body);
    });
  }
}

/** DynamoDB's error (`__type` is `com.amazonaws.dynamodb.v20120810#Code`), or what the answer was. */
function answerError(status: number, parsed: unknown): DynamoDbError {
  const fields = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  const type = typeof fields.__type === 'string' ? fields.__type : '';
  const code = type.slice(type.lastIndexOf('#') + 1) || (status >= 500 ? 'InternalServerError' : `HTTP${status}`);
  const message = typeof fields.message === 'string' ? fields.message : typeof fields.Message === 'string' ? fields.Message : `DynamoDB answered ${status}`;
  return new DynamoDbError(code, message.slice(0, 200), status, status >= 500 || RETRYABLE_CODES.has(code));
}
