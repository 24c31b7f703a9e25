import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { services } from 'ask-sdk-model';

/**
 * A local stand-in for the Alexa service APIs the skill calls at `context.System.apiEndpoint`:
 * the Timers API (create, list, get, delete) with its limits, and the device time zone setting.
 * Timers really run (scaled by `timeScale`) and call `onAnnounce` when they fire.
 * Used by the tests and by the local chat.
 */
export interface StandInOptions {
  /** 60 makes a 20-minute timer fire after 20 seconds. */
  readonly timeScale?: number;
  readonly timeZone?: string;
  readonly onAnnounce?: (timer: StoredTimer) => void;
  /** The time the stand-in tells (tests share it with the skill); timers still fire in real, scaled time. */
  readonly clock?: () => number;
}

export interface StoredTimer {
  readonly id: string;
  readonly request: services.timerManagement.TimerRequest;
  readonly createdAt: number;
  readonly durationMs: number;
  status: 'ON' | 'OFF';
  handle?: NodeJS.Timeout;
}

const MAX_TIMERS = 10;
const MAX_DURATION_MS = 2 * 60 * 60 * 1000;

/** ISO-8601 durations of the form PT#H#M#S, in milliseconds; undefined when not of that form. */
export function durationMs(iso: string): number | undefined {
  const match = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?$/.exec(iso);
  if (!match || iso === 'PT') return undefined;
  const [, h = '0', m = '0', s = '0'] = match;
  return ((Number(h) * 60 + Number(m)) * 60 + Number(s)) * 1000;
}

export class AlexaApiStandIn {
  readonly timers = new Map<string, StoredTimer>();
  /** Every request received, for tests to inspect. */
  readonly calls: { method: string; path: string; body?: unknown }[] = [];
  /** Timers the user set themselves (count towards the limit of ten, invisible to the skill). */
  userTimers = 0;
  /** When false, timer calls answer 401 (the user has not granted the permission). */
  permission = true;
  /** Answer the next timer calls with this status instead (400, 403, 500, 504...), or drop the connection. */
  failNext: { status: number | 'drop'; code?: string; times: number } | undefined;
  timeZone: string;
  private server: Server | undefined;
  private readonly timeScale: number;

  constructor(private readonly options: StandInOptions = {}) {
    this.timeScale = options.timeScale ?? 1;
    this.timeZone = options.timeZone ?? 'America/New_York';
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  async stop(): Promise<void> {
    for (const timer of this.timers.values()) clearTimeout(timer.handle);
    if (this.server) await new Promise<void>((resolve) => this.server!.close(() => resolve()));
    this.server = undefined;
  }

  /** Timers that have not fired or been cancelled. */
  active(): StoredTimer[] {
    return [...this.timers.values()].filter((t) => t.status === 'ON');
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const path = (req.url ?? '').split('?')[0] ?? '';
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      return this.send(res, 400, { code: 'INVALID_REQUEST', message: 'Body is not JSON' });
    }
    this.calls.push({ method: req.method ?? '', path, ...(body === undefined ? {} : { body }) });

    if (req.method === 'GET' && /^\/v2\/devices\/[^/]+\/settings\/System\.timeZone$/.test(path)) return this.send(res, 200, this.timeZone);
    if (!path.startsWith('/v1/alerts/timers')) return this.send(res, 404, { code: 'NOT_FOUND', message: 'No such API' });
    if (!/^Bearer .+/.test(req.headers.authorization ?? '')) return this.send(res, 401, { code: 'UNAUTHORIZED', message: 'No token' });
    if (this.failNext && this.failNext.times > 0) {
      this.failNext.times--;
      const failure = this.failNext;
      if (failure.status === 'drop') {
        req.socket.destroy();
        return;
      }
      return this.send(res, failure.status, { code: failure.code ?? 'FAILED', message: `Stand-in failure ${failure.status}` });
    }
    if (!this.permission) return this.send(res, 401, { code: 'UNAUTHORIZED', message: 'Timers permission not granted' });

    const id = /^\/v1\/alerts\/timers\/([^/]+)$/.exec(path)?.[1];
    if (path === '/v1/alerts/timers' && req.method === 'POST') return this.create(res, body);
    if (path === '/v1/alerts/timers' && req.method === 'GET') {
      const timers = this.active().map((t) => this.view(t));
      return this.send(res, 200, { timers, totalCount: timers.length, nextToken: null });
    }
    if (path === '/v1/alerts/timers' && req.method === 'DELETE') {
      for (const timer of this.active()) this.cancel(timer);
      return this.send(res, 200, undefined);
    }
    const timer = id ? this.timers.get(id) : undefined;
    if (!timer || timer.status !== 'ON') return this.send(res, 404, { code: 'TIMER_NOT_FOUND', message: 'No such timer' });
    if (req.method === 'GET') return this.send(res, 200, this.view(timer));
    if (req.method === 'DELETE') {
      this.cancel(timer);
      return this.send(res, 200, undefined);
    }
    return this.send(res, 405, { code: 'METHOD_NOT_ALLOWED', message: 'Not supported here' });
  }

  private create(res: ServerResponse, body: unknown): void {
    const request = body as services.timerManagement.TimerRequest | undefined;
    const ms = typeof request?.duration === 'string' ? durationMs(request.duration) : undefined;
    if (!request || ms === undefined || ms <= 0 || ms > MAX_DURATION_MS) {
      return this.send(res, 400, { code: 'INVALID_DURATION', message: 'Duration must be between 1 second and 2 hours' });
    }
    const operation = request.triggeringBehavior?.operation;
    if (!operation || !['ANNOUNCE', 'NOTIFY_ONLY', 'LAUNCH_TASK'].includes(operation.type)) {
      return this.send(res, 400, { code: 'INVALID_TRIGGERING_BEHAVIOR', message: 'Unknown operation' });
    }
    if (operation.type === 'ANNOUNCE' && !operation.textToAnnounce?.[0]?.text) {
      return this.send(res, 400, { code: 'INVALID_TEXT_TO_ANNOUNCE', message: 'Announce needs text' });
    }
    if ((request.timerLabel ?? '').length > 256) return this.send(res, 400, { code: 'INVALID_LABEL', message: 'Label too long' });
    if (request.timerLabel && this.active().some((t) => t.request.timerLabel === request.timerLabel)) {
      return this.send(res, 400, { code: 'DUPLICATE_LABEL', message: 'A timer with this label exists' });
    }
    if (this.active().length + this.userTimers >= MAX_TIMERS) {
      return this.send(res, 400, { code: 'MAX_TIMERS_EXCEEDED', message: 'Too many timers' });
    }
    const timer: StoredTimer = { id: randomUUID(), request, createdAt: this.now(), durationMs: ms, status: 'ON' };
    timer.handle = setTimeout(() => {
      timer.status = 'OFF';
      this.options.onAnnounce?.(timer);
    }, ms / this.timeScale);
    timer.handle.unref?.();
    this.timers.set(timer.id, timer);
    this.send(res, 200, this.view(timer));
  }

  private now(): number {
    return this.options.clock?.() ?? Date.now();
  }

  private cancel(timer: StoredTimer): void {
    clearTimeout(timer.handle);
    timer.status = 'OFF';
  }

  private view(timer: StoredTimer): services.timerManagement.TimerResponse {
    return {
      id: timer.id,
      status: timer.status,
      duration: timer.request.duration,
      triggerTime: new Date(timer.createdAt + timer.durationMs).toISOString(),
      ...(timer.request.timerLabel ? { timerLabel: timer.request.timerLabel } : {}),
      createdTime: new Date(timer.createdAt).toISOString(),
      updatedTime: new Date(timer.createdAt).toISOString(),
    };
  }

  private send(res: ServerResponse, status: number, body: unknown): void {
    const text = body === undefined ? '' : JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
    res.end(text);
  }
}
