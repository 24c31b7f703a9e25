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
 * when it throttles (HTTP 400, ProvisionedThroughputExceededException), and passes the rest on.
 */
export async function startThrottlingProxy(target: string): Promise<{ endpoint: string; throttle: (n: number) => void; seen: () => number; close: () => Promise<void> }> {
  let remaining = 0;
  let seen = 0;
  const upstream = new URL(target);
  const server = createServer((req, res) => {
    seen++;
    if (remaining > 0) {
      remaining--;
      req.resume();
      const body = JSON.stringify({ __type: 'com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException', message: 'Rate of requests exceeds the allowed throughput.' });
      res.writeHead(400, { 'content-type': 'application/x-amz-json-1.0', 'content-length': Buffer.byteLength(body) });
      res.end(body);
      return;
    }
    const forward = httpRequest({ host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 500, answer.headers);
      answer.pipe(res);
    });
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    throttle: (n) => (remaining = n),
    seen: () => seen,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
