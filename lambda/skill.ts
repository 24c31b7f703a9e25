import { SkillBuilders, type PersistenceAdapter, type Skill } from 'ask-sdk-core';
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
}

/** The skill: the same for Lambda, the local chat and the tests; only the options differ. */
export function buildSkill(options: SkillOptions = {}): Skill {
  const builder = SkillBuilders.custom()
    .addRequestHandlers(FlowHandler, QuietHandler)
    .addRequestInterceptors(
      contextInterceptor({
        hasStore: options.persistenceAdapter !== undefined,
        clock: options.clock ?? (() => new Date()),
        timeZone: options.timeZone ?? 'UTC',
      }),
    )
    .addErrorHandlers(ErrorHandler)
    .withCustomUserAgent('massage-coach');
  if (options.persistenceAdapter) builder.withPersistenceAdapter(options.persistenceAdapter);
  if (options.skillId) builder.withSkillId(options.skillId);
  return builder.create();
}
