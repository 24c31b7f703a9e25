import type { Context } from 'aws-lambda';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { optionsFromEnv } from './config';
import { buildSkill, invokeSafely, jsonLogger } from './skill';

/**
 * The AWS Lambda entry point (nodejs22.x). The skill is built once per container and
 * reused across requests; user state never lives in module globals.
 */
const options = optionsFromEnv(process.env);
const skill = buildSkill(options);
/** Without a table the skill keeps state for the session only: said once, with the first request. */
let warned = options.persistenceAdapter !== undefined;

export async function handler(event: RequestEnvelope, context?: Context): Promise<ResponseEnvelope> {
  if (!warned) {
    warned = true;
    console.log(JSON.stringify({ level: 'warn', event: 'persistence.none', message: 'DYNAMODB_TABLE is not set: state lasts for the session only' }));
  }
  return invokeSafely(skill, event, context, jsonLogger);
}
