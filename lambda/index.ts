import type { Context } from 'aws-lambda';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { optionsFromEnv } from './config';
import { buildSkill, invokeSafely, jsonLogger } from './skill';

/**
 * The AWS Lambda entry point (nodejs22.x). The skill is built once per container and
 * reused across requests; user state never lives in module globals.
 */
const skill = buildSkill(optionsFromEnv(process.env));

export async function handler(event: RequestEnvelope, context?: Context): Promise<ResponseEnvelope> {
  return invokeSafely(skill, event, context, jsonLogger);
}
