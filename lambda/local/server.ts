import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Skill } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import express from 'express';
import { invokeSafely, type RequestLog } from '../skill';
import { checkTimestamp } from './verification/checkTimestamp';
import { Refusal, type RefusalReason } from './verification/Refusal';
import { SignatureVerifier, type SignatureVerifierOptions } from './verification/SignatureVerifier';
import { mountPolicyPages } from './policyPages';

/** One line per refused (warn) or failed (error) request: why, the status answered, how long. No request data. */
export interface RefusalLog {
  readonly level: 'warn' | 'error';
  readonly event: 'request.refused' | 'request.failed';
  readonly reason: RefusalReason | 'internal';
  readonly status: number;
  readonly ms: number;
}
export type ServerLogger = (line: RequestLog | RefusalLog) => void;

export interface ServerOptions {
  /** Alexa's request signature check (certificate URL, chain and signature). On unless said otherwise. */
  readonly verifySignature: boolean;
  /** Alexa's timestamp check (within 150 seconds either way). On unless said otherwise. */
  readonly verifyTimestamp: boolean;
  /** Refuse requests for any other skill. */
  readonly skillId?: string;
  /** Where the request lines (from the skill) and the refusal lines go. */
  readonly log?: ServerLogger;
  /** The signature verifier's download, trusted roots, limits and clock; Amazon's by default. */
  readonly verification?: SignatureVerifierOptions;
  /** Milliseconds since the epoch, for the timestamp check (defaults to the verification clock, then Date.now). */
  readonly now?: () => number;
  /** Largest request body read: 100 KiB, as ask-sdk-express-adapter. */
  readonly maxBodyBytes?: number;
}

/** The client sees a status, a word and the reason code: never a stack, a path or a message from inside. */
const ERROR_WORDS: Record<number, string> = { 400: 'request refused', 404: 'not found', 413: 'body too large', 415: 'unsupported media', 503: 'busy' };

/** What body-parser's errors mean, by their `type` (every other error is a 500). */
const BODY_ERRORS: Record<string, [number, RefusalReason]> = {
  'entity.too.large': [413, 'body-too-large'],
  'encoding.unsupported': [415, 'encoding-unsupported'],
  'request.aborted': [400, 'body-unreadable'],
  'request.size.invalid': [400, 'body-unreadable'],
  'stream.encoding.set': [400, 'body-unreadable'],
};

function applicationIdOf(envelope: RequestEnvelope): unknown {
  return envelope.context?.System?.application?.applicationId ?? envelope.session?.application?.applicationId;
}

/**
 * The skill over HTTP: POST / (Alexa's requests) and GET /health.
 *
 * A request to POST / is read raw (no content encoding, at most 100 KiB), its signature checked against
 * those exact bytes, and only then parsed; then the timestamp and the skill ID are checked, and the skill
 * answers through `invokeSafely`, so that every request it takes gets a valid response. Every request
 * refused anywhere (verification, body, unknown path) gets a small JSON answer and logs exactly one
 * line with its reason; nothing reaches Express's default error page.
 */
export function createApp(skill: Skill, options: ServerOptions): express.Express {
  const app = express();
  app.disable('x-powered-by');
  const log = options.log;
  const verifier = options.verifySignature ? new SignatureVerifier(options.verification) : undefined;
  const now = options.now ?? options.verification?.now ?? Date.now;
  const started = new WeakMap<express.Request, bigint>();
  app.use((req, _res, next) => {
    started.set(req, process.hrtime.bigint());
    next();
  });
  const refuse = (req: express.Request, res: express.Response, reason: RefusalReason | 'internal', status: number) => {
    const since = started.get(req) ?? process.hrtime.bigint();
    const ms = Number((process.hrtime.bigint() - since) / 100_000n) / 10;
    log?.(reason === 'internal' ? { level: 'error', event: 'request.failed', reason, status, ms } : { level: 'warn', event: 'request.refused', reason, status, ms });
    if (res.headersSent) {
      res.destroy();
      return;
    }
    res.status(status).json({ error: ERROR_WORDS[status] ?? 'internal error', reason });
  };

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  app.post('/', express.raw({ type: () => true, limit: options.maxBodyBytes ?? 100 * 1024, inflate: false }), (req, res) => {
    void (async () => {
      const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      if (verifier) await verifier.verify(body, req.headers);
      let envelope: RequestEnvelope;
      try {
        envelope = JSON.parse(body.toString('utf8')) as RequestEnvelope;
      } catch {
        throw new Refusal('body-not-json');
      }
      if (typeof envelope !== 'object' || envelope === null || Array.isArray(envelope)) throw new Refusal('body-not-json');
      if (options.verifyTimestamp) checkTimestamp(envelope, now());
      if (options.skillId !== undefined && applicationIdOf(envelope) !== options.skillId) throw new Refusal('skill-id');
      let response;
      try {
        response = await invokeSafely(skill, envelope, undefined, log);
      } catch {
        // invokeSafely answers everything but the SDK's own skill ID check (a skill built with another ID).
        throw new Refusal('skill-id');
      }
      res.json(response);
    })().catch((error: unknown) => {
      if (error instanceof Refusal) refuse(req, res, error.reason, error.status);
      else refuse(req, res, 'internal', 500);
    });
  });

  // The privacy and terms pages the skill's store listing links to (docs/), before the catch-alls below.
  mountPolicyPages(app);

  app.use((req, res) => refuse(req, res, 'not-found', 404));
  // Express's own error page shows the stack and absolute paths: every error ends here instead.
  app.use((error: unknown, req: express.Request, res: express.Response, _next: express.NextFunction) => {
    const type = (error as { type?: unknown } | null)?.type;
    const known = typeof type === 'string' ? BODY_ERRORS[type] : undefined;
    if (known) return refuse(req, res, known[1], known[0]);
    const status = (error as { status?: unknown } | null)?.status;
    if (typeof status === 'number' && status >= 400 && status < 500) return refuse(req, res, 'body-unreadable', 400);
    return refuse(req, res, 'internal', 500);
  });
  return app;
}

/** Listens on host:port (port 0 picks a free one); `close` stops taking requests and lets running ones finish. */
export async function listen(app: express.Express, host: string, port: number): Promise<{ url: string; server: Server; close: () => Promise<void> }> {
  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(port, host, () => resolve(s));
    s.once('error', reject);
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://${host}:${address.port}`,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections?.();
      }),
  };
}
