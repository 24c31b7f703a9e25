import type { Context } from 'aws-lambda';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { optionsFromEnv } from './config';
import { buildSkill, invokeSafely, jsonLogger, lambdaRequestId, writeLog } from './skill';

/**
 * The AWS Lambda entry point (nodejs22.x). The skill is built once per container and
 * reused across requests; user state never lives in module globals.
 */
const options = optionsFromEnv(process.env);
const skill = buildSkill(options);
/** Without a table the skill keeps state for the session only: said once, with the first request. */
let warned = options.persistenceAdapter !== undefined;

/** How ask-sdk-local-debug (`ask run`) waits for the answer. */
export type LocalDebugCallback = (error: Error | null, response?: ResponseEnvelope) => void;

/**
 * Lambda calls `handler(event, context)` and awaits the promise. It declares two parameters: nodejs24.x
 * refuses a handler that declares a third (a callback). `ask run` (ask-sdk-local-debug) calls
 * `handler(event, null, callback)` and reads only the callback, so that call is answered through it too.
 * Every request logs one line (jsonLogger) with the Lambda request id.
 */
export function handler(event: RequestEnvelope, context?: Context | null, ...localDebug: [LocalDebugCallback?]): Promise<ResponseEnvelope> {
  if (!warned) {
    warned = true;
    writeLog('WARN', 'persistence.none', { detail: 'DYNAMODB_TABLE is not set: state lasts for the session only' }, lambdaRequestId(context));
  }
  const answer = invokeSafely(skill, event, context ?? undefined, jsonLogger);
  const callback = localDebug[0];
  if (context === null && typeof callback === 'function') {
    answer.then(
      (response) => callback(null, response),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
    );
  }
  return answer;
}
