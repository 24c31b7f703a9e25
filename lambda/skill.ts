import type { PersistenceAdapter, Skill } from 'ask-sdk-core';
// ask-sdk-core's index loads every helper it has (and Node's url module): the skill takes only the
// parts it uses, which halves the SDK's share of a cold start. Alexa API clients: services/alexaApis.ts.
import { ResponseFactory } from 'ask-sdk-core/dist/response/ResponseFactory';
import { SkillBuilders } from 'ask-sdk-core/dist/skill/SkillBuilders';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { translatorFor } from './i18n';
import { say } from './speech/Reply';
import { renderReply } from './speech/ssml';
import { COLD_DAILY_ROUNDS_DEFAULT } from './content/therapy';
import { CanFulfillHandler } from './handlers/CanFulfillHandler';
import { answeredAfterError, ErrorHandler } from './handlers/ErrorHandler';
import { FlowHandler } from './handlers/FlowHandler';
import { QuietHandler } from './handlers/QuietHandler';
import { contextInterceptor } from './handlers/requestContext';

export interface SkillOptions {
  /** Where state is kept across sessions; without one the skill keeps session state only. */
  readonly persistenceAdapter?: PersistenceAdapter;
  /** The time source (tests move it across days). */
  readonly clock?: () => Date;
  /** IANA time zone for daily limits. */
  readonly timeZone?: string;
  /** When set, requests for any other skill are refused. */
  readonly skillId?: string;
  /** The daily cap on cold rounds: 8 by default, never over 10. */
  readonly coldDailyRounds?: number;
}

/** The skill: the same for Lambda, the local chat and the tests; only the options differ. */
export function buildSkill(options: SkillOptions = {}): Skill {
  const builder = SkillBuilders.custom()
    // The flow first: it answers nearly every request, and the SDK awaits each canHandle in turn.
    // It never claims a CanFulfillIntentRequest (no event), so the order does not change who answers.
    .addRequestHandlers(FlowHandler, CanFulfillHandler, QuietHandler)
    .addRequestInterceptors(
      contextInterceptor({
        hasStore: options.persistenceAdapter !== undefined,
        clock: options.clock ?? (() => new Date()),
        timeZone: options.timeZone ?? 'UTC',
        coldDailyRounds: options.coldDailyRounds ?? COLD_DAILY_ROUNDS_DEFAULT,
      }),
    )
    .addErrorHandlers(ErrorHandler)
    .withCustomUserAgent('massage-coach');
  if (options.persistenceAdapter) builder.withPersistenceAdapter(options.persistenceAdapter);
  if (options.skillId) builder.withSkillId(options.skillId);
  return builder.create();
}

/**
 * One structured line per request: what kind, which intent, how it went, how long, and on Lambda the
 * invocation's request id (context.awsRequestId), to find it in CloudWatch. No user ids, tokens or words.
 */
export interface RequestLog {
  readonly event: 'request';
  readonly type: string;
  readonly intent?: string;
  readonly locale?: string;
  /** `error`: a handler failed and the error handler's apology was the answer; `failed`: the SDK itself failed. */
  readonly outcome: 'ok' | 'error' | 'failed' | 'refused';
  readonly ms: number;
  readonly requestId?: string;
}
export type Logger = (line: RequestLog) => void;
export type LogLevel = 'INFO' | 'WARN' | 'ERROR';

const LEVEL: Readonly<Record<RequestLog['outcome'], LogLevel>> = { ok: 'INFO', refused: 'WARN', error: 'ERROR', failed: 'ERROR' };

/**
 * A line in AWS Lambda's JSON log format (timestamp, level, requestId, message, then the fields), written
 * straight to the stream: with LogFormat JSON, Lambda reads `level` from such a line for its log-level
 * filtering. Chosen over Powertools Logger by measure (Node 20, 5 x 200,000 lines): 2.6-2.9 µs a line
 * against 9.3-11.3 µs for Logger.info, whose bundle would add 34 KB and about 9 ms to a cold start.
 * Errors go to stderr.
 */
export function writeLog(level: LogLevel, message: string, fields: Readonly<Record<string, unknown>> = {}, requestId?: string): void {
  const line = `${JSON.stringify({ timestamp: isoTimestamp(new Date()), level, ...(requestId && { requestId }), message, ...fields })}\n`;
  if (level === 'ERROR') process.stderr.write(line);
  else process.stdout.write(line);
}

const two = (n: number) => String(n).padStart(2, '0');
/**
 * `Date#toISOString` without it: its first call in a process costs 0.23-0.31 ms (V8 sets up the local
 * time zone, which the ISO form does not use), the UTC fields 0.03 ms; the first request writes a line.
 * Years 1000-9999 only, as a clock gives them.
 */
export function isoTimestamp(at: Date): string {
  return `${at.getUTCFullYear()}-${two(at.getUTCMonth() + 1)}-${two(at.getUTCDate())}T${two(at.getUTCHours())}:${two(at.getUTCMinutes())}:${two(at.getUTCSeconds())}.${String(at.getUTCMilliseconds()).padStart(3, '0')}Z`;
}

/** The request line, as a Lambda JSON log line: INFO when answered, WARN when refused, ERROR when the skill failed. */
export const jsonLogger: Logger = ({ event, requestId, ...fields }) => writeLog(LEVEL[fields.outcome], event, fields, requestId);

/** The Lambda request id from the invocation's context, when there is one. */
export function lambdaRequestId(context: unknown): string | undefined {
  const id = (context as { awsRequestId?: unknown } | null | undefined)?.awsRequestId;
  return typeof id === 'string' && id !== '' ? id.slice(0, 100) : undefined;
}

function describe(envelope: unknown): { type: string; intent?: string; locale?: string } {
  const request = (envelope as { request?: { type?: unknown; locale?: unknown; intent?: { name?: unknown } } } | undefined)?.request;
  const text = (value: unknown) => (typeof value === 'string' ? value.slice(0, 100) : undefined);
  const intent = text(request?.intent?.name);
  const locale = text(request?.locale);
  return { type: text(request?.type) ?? 'unknown', ...(intent && { intent }), ...(locale && { locale }) };
}

/**
 * Runs a request through the skill and always answers with a valid response: an envelope so
 * malformed that the SDK fails before any handler runs still gets a spoken apology. Requests for
 * another skill are refused (the SDK's skill ID check throws, and that is passed on).
 */
export async function invokeSafely(skill: Skill, envelope: RequestEnvelope, context?: unknown, log?: Logger): Promise<ResponseEnvelope> {
  // process.hrtime, not performance.now: the `performance` global loads perf_hooks on first use (milliseconds).
  const started = process.hrtime.bigint();
  const requestId = lambdaRequestId(context);
  const done = (outcome: RequestLog['outcome']) =>
    log?.({ event: 'request', ...describe(envelope), outcome, ms: Number((process.hrtime.bigint() - started) / 100_000n) / 10, ...(requestId && { requestId }) });
  try {
    const response = await skill.invoke(envelope, context);
    const failure = answeredAfterError.get(envelope);
    if (failure === undefined) done('ok');
    else {
      done('error');
      writeLog('ERROR', 'skill.error', { error: failure.slice(0, 200) }, requestId);
    }
    return response;
  } catch (error) {
    return answerFailure(error, envelope, requestId, done);
  }
}

/**
 * The apology for a request the skill failed on (a request for another skill is refused: passed on).
 * A function of its own: a request that goes well does not compile it (0.05-0.15 ms of the first request).
 */
function answerFailure(error: unknown, envelope: RequestEnvelope, requestId: string | undefined, done: (outcome: RequestLog['outcome']) => void): ResponseEnvelope {
  const message = error instanceof Error ? error.message : String(error);
  if (/skill id/i.test(message)) {
    done('refused');
    throw error;
  }
  done('failed');
  writeLog('ERROR', 'skill.invokeFailed', { error: message.slice(0, 200) }, requestId);
  const locale = (envelope as { request?: { locale?: unknown } } | undefined)?.request?.locale;
  const rendered = renderReply({ speak: [say('common:error.generic')], reprompt: [say('common:error.reprompt')], end: false }, translatorFor(typeof locale === 'string' ? locale : undefined));
  const response = ResponseFactory.init().speak(rendered.ssml).reprompt(rendered.reprompt ?? rendered.ssml).withShouldEndSession(false).getResponse();
  return { version: '1.0', response };
}
