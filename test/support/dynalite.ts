import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import dynalite from 'dynalite';

/** Static credentials so that the SDK never looks for real ones (PLATFORM.md). */
export function useDummyAwsCredentials(): void {
  process.env.AWS_ACCESS_KEY_ID = 'test';
  process.env.AWS_SECRET_ACCESS_KEY = 'test';
  process.env.AWS_REGION = 'us-east-1';
  process.env.AWS_EC2_METADATA_DISABLED = 'true';
}

/** A DynamoDB implementation (dynalite) started in-process on loopback, with the skill's table. */
export async function startDynalite(tableName: string): Promise<{ endpoint: string; close: () => Promise<void> }> {
  useDummyAwsCredentials();
  const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 }) as Server;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const client = new DynamoDBClient({ endpoint, region: 'us-east-1' });
  await client.send(
    new CreateTableCommand({
      TableName: tableName,
      KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
      AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
      BillingMode: 'PAY_PER_REQUEST',
    }),
  );
  client.destroy();
  return { endpoint, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/**
 * A proxy in front of DynamoDB that answers the next `throttle` requests the way DynamoDB does
 * when it throttles (HTTP 400, ProvisionedThroughputExceededException), cuts every connection while
 * `down`, and passes the rest on.
 * `holdWrites(ms)` keeps each write (PutItem, UpdateItem, DeleteItem) that arrives from then on for
 * `ms` before passing it on, whether or not its client still waits: a write that reaches DynamoDB
 * after the skill gave up on it. `settled()` resolves when every write held has been passed on.
 */
export async function startThrottlingProxy(target: string): Promise<{
  endpoint: string;
  throttle: (n: number) => void;
  /** While down, every request's connection is cut at once: an outage. */
  down: (on: boolean) => void;
  holdWrites: (ms: number) => void;
  settled: () => Promise<void>;
  seen: () => number;
  close: () => Promise<void>;
}> {
  let remaining = 0;
  let seen = 0;
  let holdMs = 0;
  let isDown = false;
  const held = new Set<Promise<void>>();
  const upstream = new URL(target);
  const server = createServer((req, res) => {
    seen++;
    if (isDown) {
      req.socket.destroy();
      return;
    }
    if (remaining > 0) {
      remaining--;
      req.resume();
      const body = JSON.stringify({ __type: 'com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException', message: 'Rate of requests exceeds the allowed throughput.' });
      res.writeHead(400, { 'content-type': 'application/x-amz-json-1.0', 'content-length': Buffer.byteLength(body) });
      res.end(body);
      return;
    }
    const isWrite = /\.(PutItem|UpdateItem|DeleteItem)$/.test(String(req.headers['x-amz-target'] ?? ''));
    const delay = isWrite ? holdMs : 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const passOn = () =>
        new Promise<void>((done) => {
          const forward = httpRequest({ host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers: req.headers }, (answer) => {
            answer.on('end', done);
            // The client may have given up meanwhile: then the answer goes nowhere.
            if (res.destroyed) answer.resume();
            else {
              res.writeHead(answer.statusCode ?? 500, answer.headers);
              answer.pipe(res);
            }
          });
          forward.on('error', () => done());
          forward.end(Buffer.concat(chunks));
        });
      if (delay === 0) {
        void passOn();
        return;
      }
      const later: Promise<void> = new Promise<void>((resolve) => setTimeout(resolve, delay)).then(passOn);
      held.add(later);
      void later.finally(() => held.delete(later));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    throttle: (n) => (remaining = n),
    down: (on) => (isDown = on),
    holdWrites: (ms) => (holdMs = ms),
    settled: async () => {
      while (held.size > 0) await Promise.all([...held]);
    },
    seen: () => seen,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
