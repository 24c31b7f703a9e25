import type { Context } from 'aws-lambda';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { buildSkill, invokeSafely } from './skill';

/**
 * The AWS Lambda entry point (nodejs22.x). The skill is built once per container and
 * reused across requests; user state never lives in module globals.
 */
const skill = buildSkill({
  ...(process.env.SKILL_ID ? { skillId: process.env.SKILL_ID } : {}),
  ...(process.env.TIME_ZONE ? { timeZone: process.env.TIME_ZONE } : {}),
  ...(process.env.COLD_DAILY_ROUNDS ? { coldDailyRounds: Number(process.env.COLD_DAILY_ROUNDS) } : {}),
});

export async function handler(event: RequestEnvelope, context?: Context): Promise<ResponseEnvelope> {
  return invokeSafely(skill, event, context);
}
