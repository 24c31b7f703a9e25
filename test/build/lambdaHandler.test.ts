import type { Context } from 'aws-lambda';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SkillBuilders } from 'ask-sdk-core';
import { ErrorHandler } from '../../lambda/handlers/ErrorHandler';
import { handler } from '../../lambda/index';
import { invokeSafely, isoTimestamp, jsonLogger } from '../../lambda/skill';
import { buildEnvelope, DEFAULT_DEVICE, newSession } from '../../lambda/local/envelope';
import { expectValidResponse } from '../support/conversation';

/** The context Lambda passes: what the handler reads from it is the request id. */
function lambdaContext(awsRequestId: string): Context {
  return {
    awsRequestId,
    functionName: 'ask-MassageCoach-default-SkillFunction-AbC123',
    functionVersion: '$LATEST',
    invokedFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:ask-MassageCoach-default-SkillFunction-AbC123',
    memoryLimitInMB: '256',
    logGroupName: '/aws/lambda/ask-MassageCoach-default-skillStack-1-massage-coach',
    logStreamName: '2026/11/29/[$LATEST]0123456789abcdef',
    callbackWaitsForEmptyEventLoop: true,
    getRemainingTimeInMillis: () => 7000,
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}

/** Lines the handler writes to stdout and stderr, parsed (each must be one JSON object). */
let out: string[];
let err: string[];
beforeEach(() => {
  out = [];
  err = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => out.push(String(chunk)) > 0);
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => err.push(String(chunk)) > 0);
});
afterEach(() => {
  vi.restoreAllMocks();
});
const parsed = (lines: readonly string[]) => lines.map((line) => {
  expect(line.endsWith('\n') && !line.slice(0, -1).includes('\n'), `one line: ${line}`).toBe(true);
  return JSON.parse(line) as Record<string, unknown>;
});
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** The Lambda handler (lambda/index.ts) logs in AWS Lambda's JSON log format, and answers `ask run`. */
describe('the Lambda handler', () => {
  it('writes one line per request in Lambda\'s JSON log format, with the Lambda request id and a level, and no personal data', async () => {
    const device = { ...DEFAULT_DEVICE, userId: 'amzn1.ask.account.PRIVATE-USER', deviceId: 'amzn1.ask.device.PRIVATE-DEVICE', apiAccessToken: 'PRIVATE-TOKEN', personId: 'amzn1.ask.person.PRIVATE-PERSON' };
    const session = newSession();
    const start = buildEnvelope({ type: 'IntentRequest', intent: 'StartRoutineIntent', slots: { area: { value: 'lower back', id: 'lowerBack' }, equipment: { value: 'tennis ball', id: 'tennisBall' } } }, session, device);
    const response = await handler(start, lambdaContext('0f1e2d3c-aaaa-4bbb-8ccc-000000000001'));
    await expectValidResponse(response);

    const lines = parsed(out);
    const requests = lines.filter((line) => line.message === 'request');
    expect(requests).toHaveLength(1);
    expect(requests[0]).toEqual({
      timestamp: expect.stringMatching(RFC3339),
      level: 'INFO',
      requestId: '0f1e2d3c-aaaa-4bbb-8ccc-000000000001',
      message: 'request',
      type: 'IntentRequest',
      intent: 'StartRoutineIntent',
      locale: 'en-US',
      outcome: 'ok',
      ms: expect.any(Number),
    });
    // Without DYNAMODB_TABLE it says once, with the first request, that state lasts for the session only.
    expect(lines.filter((line) => line.message === 'persistence.none')).toEqual([expect.objectContaining({ level: 'WARN', requestId: '0f1e2d3c-aaaa-4bbb-8ccc-000000000001' })]);
    const written = [...out, ...err].join('');
    for (const secret of ['PRIVATE-USER', 'PRIVATE-DEVICE', 'PRIVATE-TOKEN', 'PRIVATE-PERSON', session.sessionId, start.request.requestId, 'lower back', 'tennis ball']) {
      expect(written, secret).not.toContain(secret);
    }

    out.length = 0;
    await handler(buildEnvelope({ type: 'LaunchRequest' }, newSession()), lambdaContext('0f1e2d3c-aaaa-4bbb-8ccc-000000000002'));
    expect(parsed(out)).toEqual([expect.objectContaining({ level: 'INFO', requestId: '0f1e2d3c-aaaa-4bbb-8ccc-000000000002', message: 'request', type: 'LaunchRequest' })]);
  });

  it('a request the SDK cannot even start on is answered, and logged at ERROR with its request id', async () => {
    const response = await handler(null as unknown as RequestEnvelope, lambdaContext('0f1e2d3c-aaaa-4bbb-8ccc-000000000003'));
    expect(response.response.outputSpeech).toBeDefined();
    const lines = parsed(err);
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ level: 'ERROR', requestId: '0f1e2d3c-aaaa-4bbb-8ccc-000000000003', message: 'request', outcome: 'failed' }),
        expect.objectContaining({ level: 'ERROR', requestId: '0f1e2d3c-aaaa-4bbb-8ccc-000000000003', message: 'skill.invokeFailed' }),
      ]),
    );
  });

  it('a request a handler failed on gets the apology, and its line says error at ERROR, with the request id and what failed', async () => {
    const failing = SkillBuilders.custom()
      .addRequestHandlers({ canHandle: () => true, handle: () => { throw new Error('the flow broke'); } })
      .addErrorHandlers(ErrorHandler)
      .create();
    const response = await invokeSafely(failing, buildEnvelope({ type: 'LaunchRequest' }, newSession()), lambdaContext('0f1e2d3c-aaaa-4bbb-8ccc-000000000004'), jsonLogger);
    expect(JSON.stringify(response.response.outputSpeech)).toContain('something went wrong');
    expect(parsed(err)).toEqual([
      expect.objectContaining({ level: 'ERROR', requestId: '0f1e2d3c-aaaa-4bbb-8ccc-000000000004', message: 'request', type: 'LaunchRequest', outcome: 'error' }),
      expect.objectContaining({ level: 'ERROR', requestId: '0f1e2d3c-aaaa-4bbb-8ccc-000000000004', message: 'skill.error', error: 'the flow broke' }),
    ]);
    expect(parsed(out)).toEqual([]);
  });

  it('declares two parameters (nodejs24.x refuses a callback handler) and answers ask-sdk-local-debug\'s callback', async () => {
    expect(handler.length).toBe(2);
    // ask-sdk-local-debug (`ask run`) calls handler(event, null, callback) and reads only the callback.
    const answered = await new Promise<{ error: Error | null; response?: ResponseEnvelope }>((done) => {
      void handler(buildEnvelope({ type: 'LaunchRequest' }, newSession()), null, (error, response) => done({ error, response }));
    });
    expect(answered.error).toBeNull();
    await expectValidResponse(answered.response!);
    // Without a Lambda context the line has no request id, and is still one JSON line with a level.
    expect(parsed(out).find((line) => line.message === 'request')).toMatchObject({ level: 'INFO', type: 'LaunchRequest' });
    expect(parsed(out).find((line) => line.message === 'request')).not.toHaveProperty('requestId');
  });
});

describe('the log line\'s timestamp', () => {
  it('is what Date#toISOString gives, from 1970 to 9999, at every field\'s edges', () => {
    const edges = [0, Date.UTC(2026, 0, 1), Date.UTC(2026, 11, 31, 23, 59, 59, 999), Date.UTC(2028, 1, 29, 12, 0, 0, 7), Date.UTC(9999, 11, 31, 23, 59, 59, 999)];
    // A fixed pseudo-random walk over the range, so that a failure names the same time every run.
    let seed = 12345;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const times = [...edges, ...Array.from({ length: 20_000 }, () => Math.floor(random() * Date.UTC(9999, 11, 31)))];
    for (const ms of times) expect(isoTimestamp(new Date(ms))).toBe(new Date(ms).toISOString());
  });
});
