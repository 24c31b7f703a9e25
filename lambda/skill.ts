import { DefaultApiClient, ResponseFactory, SkillBuilders, type PersistenceAdapter, type Skill } from 'ask-sdk-core';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { translatorFor } from './i18n';
import { say } from './speech/Reply';
import { renderReply } from './speech/ssml';
import { COLD_DAILY_ROUNDS_DEFAULT } from './content/therapy';
import { CanFulfillHandler } from './handlers/CanFulfillHandler';
import { ErrorHandler } from './handlers/ErrorHandler';
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
    .addRequestHandlers(CanFulfillHandler, FlowHandler, QuietHandler)
    .addRequestInterceptors(
      contextInterceptor({
        hasStore: options.persistenceAdapter !== undefined,
        clock: options.clock ?? (() => new Date()),
        timeZone: options.timeZone ?? 'UTC',
        coldDailyRounds: options.coldDailyRounds ?? COLD_DAILY_ROUNDS_DEFAULT,
      }),
    )
    .addErrorHandlers(ErrorHandler)
    .withApiClient(new DefaultApiClient())
    .withCustomUserAgent('massage-coach');
  if (options.persistenceAdapter) builder.withPersistenceAdapter(options.persistenceAdapter);
  if (options.skillId) builder.withSkillId(options.skillId);
  return builder.create();
}

/**
 * Runs a request through the skill and always answers with a valid response: an envelope so
 * malformed that the SDK fails before any handler runs still gets a spoken apology. Requests for
 * another skill are refused (the SDK's skill ID check throws, and that is passed on).
 */
export async function invokeSafely(skill: Skill, envelope: RequestEnvelope, context?: unknown): Promise<ResponseEnvelope> {
  try {
    return await skill.invoke(envelope, context);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/skill id/i.test(message)) throw error;
    console.error(JSON.stringify({ event: 'skill.invokeFailed', error: message }));
    const locale = (envelope as { request?: { locale?: unknown } } | undefined)?.request?.locale;
    const rendered = renderReply({ speak: [say('common:error.generic')], reprompt: [say('common:error.reprompt')], end: false }, translatorFor(typeof locale === 'string' ? locale : undefined));
    const response = ResponseFactory.init().speak(rendered.ssml).reprompt(rendered.reprompt ?? rendered.ssml).withShouldEndSession(false).getResponse();
    return { version: '1.0', response };
  }
}
