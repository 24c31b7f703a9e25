import type { PersistenceAdapter } from 'ask-sdk-core';
import { COLD_DAILY_ROUNDS_DEFAULT } from './content/therapy';
import { DynamoDbStore } from './persistence/DynamoDbStore';
import type { SkillOptions } from './skill';

/**
 * The skill's options from the environment, the same for Lambda and the self-hosted server:
 * `DYNAMODB_TABLE` (with optional `DYNAMODB_ENDPOINT`, `AWS_REGION`) selects DynamoDB;
 * `SKILL_ID`, `TIME_ZONE` (fallback when the device does not say), `COLD_DAILY_ROUNDS`.
 */
export function optionsFromEnv(env: NodeJS.ProcessEnv, fallbackStore?: () => PersistenceAdapter): SkillOptions {
  const rounds = Number(env.COLD_DAILY_ROUNDS);
  return {
    ...persistenceFromEnv(env, fallbackStore),
    ...(env.SKILL_ID ? { skillId: env.SKILL_ID } : {}),
    ...(env.TIME_ZONE ? { timeZone: env.TIME_ZONE } : {}),
    coldDailyRounds: Number.isFinite(rounds) && rounds > 0 ? rounds : COLD_DAILY_ROUNDS_DEFAULT,
  };
}

function persistenceFromEnv(env: NodeJS.ProcessEnv, fallbackStore?: () => PersistenceAdapter): { persistenceAdapter?: PersistenceAdapter } {
  if (env.DYNAMODB_TABLE) {
    return {
      persistenceAdapter: new DynamoDbStore({
        tableName: env.DYNAMODB_TABLE,
        ...(env.DYNAMODB_ENDPOINT ? { endpoint: env.DYNAMODB_ENDPOINT } : {}),
        ...(env.AWS_REGION ? { region: env.AWS_REGION } : {}),
      }),
    };
  }
  if (fallbackStore) return { persistenceAdapter: fallbackStore() };
  return {};
}
