import type { HoldAction } from '../content/types';
import type { Line, ParamValue, Params, Reply } from './Reply';

/** Alexa's limits for one response. */
export const MAX_SPEECH_CHARS = 8000;
export const MAX_BREAK_MS = 10_000;
/** How far apart spoken counts are during a hold. */
export const COUNT_INTERVAL_S = 10;
/** Roughly how long a spoken count takes; the silence after it is shorter by this much. */
const COUNT_SPEECH_MS = 500;
/** The rest between repetitions of a hold. */
const REST_BETWEEN_REPS_MS = 3000;

/** A translator: a locale key and values in, plain text out; `or` and `and` join spoken lists ("a, b, or c"). */
export interface Translate {
  (key: string, params?: Record<string, string | number>): string;
  readonly or: (items: readonly string[]) => string;
  readonly and: (items: readonly string[]) => string;
}

export interface RenderedReply {
  readonly ssml: string;
  readonly reprompt?: string;
  readonly end: boolean;
  readonly askTimerPermission?: true;
  readonly permissionCard?: true;
}

/**
 * Texts escaped once and remembered: the same few hundred are said over and over ("Let's", "you're"), and
 * the translator hands out the same string each time. Bounded: values in a text can come from the user.
 */
const escaped = new Map<string, string>();
const MAX_ESCAPED = 2000;

/**
 * Escapes plain text for SSML, exactly once: `&apos;` in the input becomes `&amp;apos;`, as text should
 * (`&` first). Without regular expressions: V8 compiles one the first time it runs, and the two this
 * took cost 0.07-0.13 ms of the first request.
 */
export function escapeText(text: string): string {
  // Most texts have nothing to escape: no new string for them.
  if (!text.includes('&') && !text.includes('<') && !text.includes('>') && !text.includes('"') && !text.includes("'")) return text;
  let out = escaped.get(text);
  if (out === undefined) {
    out = text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&apos;');
    if (escaped.size >= MAX_ESCAPED) escaped.clear();
    escaped.set(text, out);
  }
  return out;
}

function pause(ms: number): string {
  const clamped = Math.max(0, Math.min(MAX_BREAK_MS, Math.round(ms)));
  return `<break time="${clamped}ms"/>`;
}

function resolveParams(params: Params | undefined, t: Translate): Record<string, string | number> | undefined {
  if (params === undefined) return undefined;
  const out: Record<string, string | number> = {};
  for (const name in params) out[name] = resolveValue(params[name] as ParamValue, t);
  return out;
}

function resolveValue(value: ParamValue, t: Translate): string | number {
  if (typeof value !== 'object') return value;
  if ('key' in value) return t(value.key);
  if ('anyOf' in value) return t.or(value.anyOf.map((item) => t(item.key)));
  return t.and(value.allOf.map((item) => t(item.key)));
}

/**
 * The counts for one hold: "Hold." then every ten seconds a number, the last one
 * with the release cue ("thirty, and release."). No silence is ever longer than ten seconds.
 */
export function holdCounts(seconds: number, action: HoldAction, t: Translate): string[] {
  if (action === 'minutes') return minuteCounts(seconds, t);
  const parts = [escapeText(t(`common:hold.start.${action}`, { seconds }))];
  let elapsed = 0;
  while (elapsed < seconds) {
    const interval = Math.min(COUNT_INTERVAL_S, seconds - elapsed);
    elapsed += interval;
    parts.push(pause(interval * 1000 - COUNT_SPEECH_MS));
    const key = elapsed >= seconds ? `common:hold.end.${action}` : 'common:hold.tick';
    parts.push(escapeText(t(key, { seconds: elapsed })));
  }
  return parts;
}

/**
 * A step that lasts minutes (a partner's strokes): "I'll time five minutes", then a count at every
 * minute and a word at the end; the silence between is made of breaks of at most ten seconds,
 * so the user never has to speak into a closed session to be told when to move on.
 */
function minuteCounts(seconds: number, t: Translate): string[] {
  const minutes = Math.max(1, Math.round(seconds / 60));
  const parts = [escapeText(t('common:hold.start.minutes', { count: minutes }))];
  for (let minute = 1; minute <= minutes; minute++) {
    for (let left = 60_000 - COUNT_SPEECH_MS; left > 0; left -= MAX_BREAK_MS) parts.push(pause(Math.min(MAX_BREAK_MS, left)));
    parts.push(escapeText(t(minute === minutes ? 'common:hold.end.minutes' : 'common:hold.minuteTick', { count: minute })));
  }
  return parts;
}

/** One text line as plain text (for timer labels and announcements, which are not SSML). */
export function renderText(line: Line, t: Translate): string {
  if (!('key' in line)) return '';
  return t(line.key, resolveParams(line.params, t));
}

function renderLine(line: Line, t: Translate): string {
  if ('pause' in line) return pause(line.pause);
  if ('hold' in line) return renderHold(line.hold, t);
  return escapeText(t(line.key, resolveParams(line.params, t)));
}

/**
 * A hold is said the same way every time: its counts depend on its length, action and repetitions, and
 * the locale. So each is rendered once per translator and remembered (a step's counts are most of what
 * it says). Holds come from the routines, a few dozen; the memory is bounded all the same.
 */
const holdsSaid = new WeakMap<Translate, Map<string, string>>();
const MAX_HOLDS_REMEMBERED = 200;

function renderHold({ seconds, action, reps }: { readonly seconds: number; readonly action: HoldAction; readonly reps: number }, t: Translate): string {
  let said = holdsSaid.get(t);
  if (said === undefined) holdsSaid.set(t, (said = new Map()));
  const id = `${seconds} ${action} ${reps}`;
  const known = said.get(id);
  if (known !== undefined) return known;
  const out: string[] = [];
  for (let rep = 1; rep <= reps; rep++) {
    if (rep > 1) out.push(escapeText(t('common:hold.rest')), pause(REST_BETWEEN_REPS_MS), escapeText(t('common:hold.again')));
    out.push(...holdCounts(seconds, action, t));
  }
  const text = out.join(' ');
  if (said.size >= MAX_HOLDS_REMEMBERED) said.clear();
  said.set(id, text);
  return text;
}

/**
 * Lines to the inside of one `<speak>` element. Whole lines are dropped from the end
 * when the result would pass Alexa's 8,000 character limit, so the response stays valid.
 */
export function renderLines(lines: readonly Line[], t: Translate, budget = MAX_SPEECH_CHARS): string {
  const room = budget - '<speak></speak>'.length;
  let body = '';
  for (const line of lines) {
    const part = renderLine(line, t);
    const next = body === '' ? part : `${body} ${part}`;
    if (next.length > room) break;
    body = next;
  }
  return body;
}

/** How fast the user asked Alexa to speak; pauses in hold counts keep their length. */
export type Pace = 'slow' | 'fast' | undefined;
const RATES: Record<'slow' | 'fast', string> = { slow: '85%', fast: '115%' };

export function speak(body: string, pace?: Pace): string {
  return pace ? `<speak><prosody rate="${RATES[pace]}">${body}</prosody></speak>` : `<speak>${body}</speak>`;
}

export function renderReply(reply: Reply, t: Translate, pace?: Pace): RenderedReply {
  const budget = MAX_SPEECH_CHARS - (speak('', pace).length - '<speak></speak>'.length);
  const ssml = speak(renderLines(reply.speak, t, budget), pace);
  if (reply.end) {
    return { ssml, end: true, ...(reply.askTimerPermission && { askTimerPermission: true }), ...(reply.permissionCard && { permissionCard: true }) };
  }
  return { ssml, reprompt: speak(renderLines(reply.reprompt, t, budget), pace), end: false };
}

const UNESCAPES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };

/** SSML as a person would read it: pauses shown in brackets, tags removed, entities decoded. */
export function toReadableText(ssml: string): string {
  return ssml
    .replace(/<break time="(\d+)ms"\/>/g, (_m, ms: string) => ` [pause ${(Number(ms) / 1000).toFixed(1)}s] `)
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|apos);/g, (e) => UNESCAPES[e] ?? e)
    .replace(/\s+/g, ' ')
    .trim();
}
