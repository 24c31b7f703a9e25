import { readFileSync } from 'node:fs';
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import { createServer as createTcpServer, type Server as TcpServer, type Socket } from 'node:net';
import { fileURLToPath } from 'node:url';
import { downloadCertificate, type Download } from '../../lambda/local/verification/downloadCertificate';

/** The test-only certificates and keys of test/fixtures/tls (written by its make.sh). */
export const tls = (name: string): string => readFileSync(fileURLToPath(new URL(`../fixtures/tls/${name}`, import.meta.url)), 'utf8');

/** What the stand-in does for a path. */
export type Behaviour =
  | { readonly kind: 'serve'; readonly body: string | Buffer }
  | { readonly kind: 'status'; readonly status: number }
  /** 200 without a length, then data as fast as the client takes it, until it hangs up. */
  | { readonly kind: 'endless' }
  /** Announces `bytes` in its Content-Length, then sends nothing: only the announcement can refuse it quickly. */
  | { readonly kind: 'announced'; readonly bytes: number }
  /** Reads the request and never answers. */
  | { readonly kind: 'silent' }
  /** 200, then one byte every 100 ms, forever. */
  | { readonly kind: 'drip' };

export interface S3StandIn {
  /** Every path asked for, in order. */
  readonly requests: string[];
  /** The production download, connected to this stand-in instead of s3.amazonaws.com (TLS name s3.amazonaws.com, test root trusted). */
  readonly download: Download;
  on(path: string, behaviour: Behaviour): void;
  /** Bytes written for streamed answers, and whether the client hung up on each. */
  readonly streams: { path: string; written: number; closed: boolean }[];
  close(): Promise<void>;
}

/** A local HTTPS stand-in of S3: answers each path as told; 404 for the rest. */
export async function startS3StandIn(): Promise<S3StandIn> {
  const routes = new Map<string, Behaviour>();
  const requests: string[] = [];
  const streams: S3StandIn['streams'] = [];
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  const server: HttpsServer = createHttpsServer({ key: tls('s3.key'), cert: tls('s3.pem') + tls('intermediate.pem') }, (req, res) => {
    const path = req.url ?? '';
    requests.push(path);
    const behaviour = routes.get(path) ?? { kind: 'status', status: 404 };
    if (behaviour.kind === 'serve') return res.writeHead(200, { 'content-type': 'application/x-pem-file' }).end(behaviour.body);
    if (behaviour.kind === 'status') return res.writeHead(behaviour.status).end();
    if (behaviour.kind === 'silent') return;
    if (behaviour.kind === 'announced') return void res.writeHead(200, { 'content-length': String(behaviour.bytes) }).flushHeaders();
    const stream = { path, written: 0, closed: false };
    streams.push(stream);
    res.on('close', () => (stream.closed = true));
    if (behaviour.kind === 'drip') {
      res.writeHead(200);
      const timer = setInterval(() => {
        if (stream.closed) return clearInterval(timer);
        res.write('-');
        stream.written += 1;
      }, 100);
      timers.add(timer);
      return;
    }
    res.writeHead(200);
    const chunk = Buffer.alloc(64 * 1024, 'A');
    const pump = () => {
      while (!stream.closed && !res.destroyed) {
        stream.written += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
    };
    pump();
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  const port = await listenOnLoopback(server);
  return {
    requests,
    streams,
    download: (url, limits) => downloadCertificate(url, limits, { host: '127.0.0.1', port, ca: tls('root.pem') }),
    on: (path, behaviour) => void routes.set(path, behaviour),
    close: async () => {
      for (const timer of timers) clearInterval(timer);
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export interface SilentHost {
  /** The production download, connected to a host that accepts connections and never says a word. */
  readonly download: Download;
  /** Connections accepted, and how many are still open. */
  readonly accepted: () => number;
  readonly open: () => number;
  close(): Promise<void>;
}

/** A TCP host that accepts every connection and never answers (not even the TLS handshake). */
export async function startSilentHost(): Promise<SilentHost> {
  const sockets = new Set<Socket>();
  let accepted = 0;
  const server: TcpServer = createTcpServer((socket) => {
    accepted += 1;
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
    socket.resume();
  });
  const port = await listenOnLoopback(server);
  return {
    download: (url, limits) => downloadCertificate(url, limits, { host: '127.0.0.1', port, ca: tls('root.pem') }),
    accepted: () => accepted,
    open: () => sockets.size,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

async function listenOnLoopback(server: HttpsServer | TcpServer): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}
