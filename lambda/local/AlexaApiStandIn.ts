import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { services } from 'ask-sdk-model';
import { fromLocal, localTime } from '../flow/localTime';

/**
 * A local stand-in for the Alexa service APIs the skill calls at `context.System.apiEndpoint`:
 * the Timers API (create, list, get, delete) with its limits, the Reminders API (create, list, get,
 * delete; one-off, relative and weekly or daily reminders), and the device time zone setting.
 * Timers and reminders really run (scaled by `timeScale`) and call `onAnnounce` / `onReminder` when
 * they ring. Used by the tests and by the local chat.
 */
export interface StandInOptions {
  /** 60 makes a 20-minute timer fire after 20 seconds. */
  readonly timeScale?: number;
  readonly timeZone?: string;
  readonly onAnnounce?: (timer: StoredTimer) => void;
  /** A reminder rings (a weekly one every week). */
  readonly onReminder?: (reminder: StoredReminder) => void;
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

/** A reminder as the stand-in keeps it: the request, and when it rings next (epoch ms on the stand-in's clock). */
export interface StoredReminder {
  readonly alertToken: string;
  readonly request: services.reminderManagement.ReminderRequest;
  readonly createdAt: number;
  status: 'ON' | 'COMPLETED';
  /** When it rings next; undefined once a one-off reminder has rung. */
  next?: number;
  /** How many times it has rung. */
  rang: number;
  handle?: NodeJS.Timeout;
}

const MAX_TIMERS = 10;
/** Reminders one user may have from the skill in the stand-in (the real limit is not documented; tests set their own). */
const MAX_REMINDERS = 50;
const MAX_TIMEOUT_MS = 2 ** 31 - 1;
const KNOWN_ZONES = new Set([...Intl.supportedValuesOf('timeZone'), 'UTC', 'Etc/UTC']);
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
  readonly reminders = new Map<string, StoredReminder>();
  /** When false, reminder calls answer 401 (the user has not granted the reminders permission). */
  reminderPermission = true;
  /** Answer the next reminder calls with this status instead (400, 403, 429, 500, 504...), or drop the connection. */
  failNextReminders: { status: number | 'drop'; code?: string; times: number } | undefined;
  /** How many reminders the user may have; creating one more answers 403 MAX_REMINDERS_EXCEEDED. */
  maxReminders = MAX_REMINDERS;
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
    for (const reminder of this.reminders.values()) clearTimeout(reminder.handle);
    if (this.server) await new Promise<void>((resolve) => this.server!.close(() => resolve()));
    this.server = undefined;
  }

  /** Timers that have not fired or been cancelled. */
  active(): StoredTimer[] {
    return [...this.timers.values()].filter((t) => t.status === 'ON');
  }

  /** Reminders still to ring (weekly ones always). */
  activeReminders(): StoredReminder[] {
    return [...this.reminders.values()].filter((r) => r.status === 'ON');
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
    if (path.startsWith('/v1/alerts/reminders')) return this.handleReminders(req, res, path, body);
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

  // ------------------------------------------------------------------------------------------
  // Reminders API

  private handleReminders(req: IncomingMessage, res: ServerResponse, path: string, body: unknown): void {
    if (!/^Bearer .+/.test(req.headers.authorization ?? '')) return this.send(res, 401, { code: 'UNAUTHORIZED', message: 'No token' });
    if (this.failNextReminders && this.failNextReminders.times > 0) {
      this.failNextReminders.times--;
      const failure = this.failNextReminders;
      if (failure.status === 'drop') {
        req.socket.destroy();
        return;
      }
      return this.send(res, failure.status, { code: failure.code ?? 'FAILED', message: `Stand-in failure ${failure.status}` });
    }
    if (!this.reminderPermission) return this.send(res, 401, { code: 'UNAUTHORIZED', message: 'Reminders permission not granted' });
    if (path === '/v1/alerts/reminders' && req.method === 'POST') return this.createReminder(res, body);
    if (path === '/v1/alerts/reminders' && req.method === 'GET') {
      const alerts = this.activeReminders().map((r) => this.reminderView(r));
      return this.send(res, 200, { totalCount: String(alerts.length), alerts, links: null });
    }
    const token = /^\/v1\/alerts\/reminders\/([^/]+)$/.exec(path)?.[1];
    const reminder = token ? this.reminders.get(token) : undefined;
    if (!reminder) return this.send(res, 404, { code: 'NOT_FOUND', message: 'No such reminder' });
    if (req.method === 'GET') return this.send(res, 200, this.reminderView(reminder));
    if (req.method === 'DELETE') {
      clearTimeout(reminder.handle);
      this.reminders.delete(reminder.alertToken);
      return this.send(res, 200, undefined);
    }
    return this.send(res, 405, { code: 'METHOD_NOT_ALLOWED', message: 'Not supported here' });
  }

  /** Checks a reminder request as the API documents it; the first problem, or undefined. */
  private reminderProblem(request: services.reminderManagement.ReminderRequest | undefined): { code: string; message: string } | undefined {
    const trigger = request?.trigger;
    const content = request?.alertInfo?.spokenInfo?.content;
    if (!Array.isArray(content) || content.length === 0 || content.some((c) => !c.locale || !(c.text || c.ssml))) return { code: 'INVALID_ALERT_INFO', message: 'Spoken content with a locale and text is required' };
    if (trigger?.timeZoneId !== undefined && !KNOWN_ZONES.has(trigger.timeZoneId)) return { code: 'INVALID_TIMEZONE', message: 'Unknown time zone' };
    if (trigger?.type === 'SCHEDULED_RELATIVE') {
      return typeof trigger.offsetInSeconds === 'number' && trigger.offsetInSeconds > 0 ? undefined : { code: 'INVALID_TRIGGER', message: 'A relative reminder needs offsetInSeconds' };
    }
    if (trigger?.type !== 'SCHEDULED_ABSOLUTE') return { code: 'INVALID_TRIGGER', message: 'Unknown trigger type' };
    const rules = trigger.recurrence?.recurrenceRules;
    if (rules !== undefined) return rules.length > 0 && rules.every((rule) => parseRule(rule) !== undefined) ? undefined : { code: 'INVALID_RECURRENCE_PATTERN', message: 'Unsupported recurrence rule' };
    const at = trigger.scheduledTime === undefined ? undefined : fromLocal(trigger.scheduledTime, trigger.timeZoneId ?? this.timeZone);
    if (at === undefined) return { code: 'INVALID_TRIGGER', message: 'An absolute reminder needs scheduledTime' };
    if (at <= this.now()) return { code: 'PAST_SCHEDULED_TIME', message: 'The scheduled time is in the past' };
    return undefined;
  }

  private createReminder(res: ServerResponse, body: unknown): void {
    const request = body as services.reminderManagement.ReminderRequest | undefined;
    const problem = this.reminderProblem(request);
    if (problem || !request) return this.send(res, 400, problem ?? { code: 'INVALID_REQUEST', message: 'No body' });
    if (this.activeReminders().length >= this.maxReminders) return this.send(res, 403, { code: 'MAX_REMINDERS_EXCEEDED', message: 'Too many reminders' });
    const now = this.now();
    const reminder: StoredReminder = { alertToken: randomUUID(), request, createdAt: now, status: 'ON', rang: 0 };
    this.reminders.set(reminder.alertToken, reminder);
    this.schedule(reminder, this.nextRing(reminder, now));
    this.send(res, 200, { alertToken: reminder.alertToken, createdTime: new Date(now).toISOString(), updatedTime: new Date(now).toISOString(), status: 'ON', version: '1', href: `/v1/alerts/reminders/${reminder.alertToken}` });
  }

  /** When a reminder rings next after `after` (epoch ms), in its time zone; undefined for a one-off that has rung. */
  private nextRing(reminder: StoredReminder, after: number): number | undefined {
    const trigger = reminder.request.trigger!;
    const zone = trigger.timeZoneId ?? this.timeZone;
    if (trigger.type === 'SCHEDULED_RELATIVE') return reminder.rang > 0 ? undefined : reminder.createdAt + (trigger.offsetInSeconds ?? 0) * 1000;
    const rules = (trigger.recurrence?.recurrenceRules ?? []).map(parseRule);
    if (rules.length === 0 || rules.some((rule) => rule === undefined)) return reminder.rang > 0 ? undefined : fromLocal(trigger.scheduledTime ?? '', zone);
    const start = Math.max(after, fromLocal(trigger.recurrence?.startDateTime ?? '', zone) ?? after);
    // The soonest of its rules' next rings.
    let soonest: number | undefined;
    for (const rule of rules) {
      if (!rule) continue;
      let day = localTime(new Date(start), zone).day;
      for (let i = 0; i < 9; i++) {
        const at = fromLocal(`${day}T${String(rule.hour).padStart(2, '0')}:${String(rule.minute).padStart(2, '0')}:00`, zone);
        const weekday = WEEKDAY_CODES[localTime(new Date(at ?? 0), zone).weekday];
        if (at !== undefined && at > start && (rule.days === undefined || rule.days.includes(weekday ?? ''))) {
          soonest = Math.min(soonest ?? at, at);
          break;
        }
        day = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
      }
    }
    return soonest;
  }

  /** Rings the reminder at `at` on the stand-in's clock, scaled; a repeating one is scheduled again after it rings. */
  private schedule(reminder: StoredReminder, at: number | undefined): void {
    reminder.next = at;
    if (at === undefined) {
      reminder.status = 'COMPLETED';
      return;
    }
    const wait = Math.max(0, at - this.now()) / this.timeScale;
    // setTimeout takes at most 2^31 - 1 ms (about 24 days): a longer wait is taken in steps.
    if (wait > MAX_TIMEOUT_MS) {
      reminder.handle = setTimeout(() => this.schedule(reminder, at), MAX_TIMEOUT_MS);
      reminder.handle.unref?.();
      return;
    }
    reminder.handle = setTimeout(() => {
      reminder.rang++;
      this.options.onReminder?.(reminder);
      if (this.reminders.get(reminder.alertToken) === reminder) this.schedule(reminder, this.nextRing(reminder, at));
    }, wait);
    reminder.handle.unref?.();
  }

  private reminderView(reminder: StoredReminder): services.reminderManagement.Reminder {
    return {
      alertToken: reminder.alertToken,
      createdTime: new Date(reminder.createdAt).toISOString(),
      updatedTime: new Date(reminder.createdAt).toISOString(),
      status: reminder.status,
      ...(reminder.request.trigger && { trigger: reminder.request.trigger }),
      ...(reminder.request.alertInfo && { alertInfo: reminder.request.alertInfo }),
      ...(reminder.request.pushNotification && { pushNotification: reminder.request.pushNotification }),
      version: '1',
    };
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

const WEEKDAY_CODES = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/** The parts of a recurrence rule the stand-in supports: FREQ=WEEKLY (with BYDAY) or DAILY, BYHOUR, BYMINUTE. */
function parseRule(rule: string): { days?: string[]; hour: number; minute: number } | undefined {
  const parts = new Map(rule.split(';').filter(Boolean).map((part) => part.split('=') as [string, string]));
  const hour = Number(parts.get('BYHOUR'));
  const minute = Number(parts.get('BYMINUTE') ?? 0);
  if (!Number.isInteger(hour) || hour < 0 || hour > 23 || !Number.isInteger(minute) || minute < 0 || minute > 59) return undefined;
  if (parts.get('FREQ') === 'DAILY') return { hour, minute };
  const days = parts.get('BYDAY')?.split(',');
  if (parts.get('FREQ') !== 'WEEKLY' || !days || !days.every((d) => WEEKDAY_CODES.includes(d))) return undefined;
  return { days, hour, minute };
}
