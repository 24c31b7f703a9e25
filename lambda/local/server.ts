import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Skill } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import { ExpressAdapter } from 'ask-sdk-express-adapter';
import express from 'express';
import { invokeSafely, type Logger } from '../skill';

export interface ServerOptions {
  /** Alexa's request signature check (certificate chain and signature). On unless said otherwise. */
  readonly verifySignature: boolean;
  /** Alexa's timestamp check (requests older than 150 seconds are refused). On unless said otherwise. */
  readonly verifyTimestamp: boolean;
  /** Refuse requests for any other skill. */
  readonly skillId?: string;
  readonly log?: Logger;
}

/** Thrown by the skill ID check; the adapter turns a failed check into 400. */
function skillIdVerifier(skillId: string, log?: Logger) {
  return {
    async verify(body: string): Promise<void> {
      let applicationId: unknown;
      try {
        const envelope = JSON.parse(body) as RequestEnvelope;
        applicationId = envelope.context?.System?.application?.applicationId ?? envelope.session?.application?.applicationId;
      } catch {
        applicationId = undefined;
      }
      if (applicationId !== skillId) {
        log?.({ event: 'request', type: 'refused', outcome: 'refused', ms: 0 });
        throw new Error('the request is for another skill');
      }
    },
  };
}

/**
 * The skill over HTTP: POST / with ask-sdk-express-adapter's verification, GET /health.
 * The skill runs through `invokeSafely`, so that every request gets a valid response.
 */
export function createApp(skill: Skill, options: ServerOptions): express.Express {
  const app = express();
  app.disable('x-powered-by');
  // The same skill, answering through invokeSafely (the adapter also calls the skill's other methods).
  const safe: Skill = Object.assign(Object.create(skill) as Skill, {
    invoke: (envelope: RequestEnvelope, context?: unknown) => invokeSafely(skill, envelope, context, options.log),
  });
  const verifiers = options.skillId ? [skillIdVerifier(options.skillId, options.log)] : [];
  const adapter = new ExpressAdapter(safe, options.verifySignature, options.verifyTimestamp, verifiers);
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.post('/', adapter.getRequestHandlers());
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
