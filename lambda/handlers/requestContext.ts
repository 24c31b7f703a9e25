import type { HandlerInput, RequestInterceptor } from 'ask-sdk-core';
import { translatorFor } from '../i18n';
import type { State } from '../flow/State';
import { loadState, saveState, type LoadedState } from '../persistence/stateAttributes';
import type { Translate } from '../speech/ssml';

/** What every handler gets for a request, set up once by the interceptor below. */
export interface RequestContext {
  readonly t: Translate;
  readonly now: Date;
  readonly today: string;
  readonly loaded: LoadedState;
  /** Keeps the new state in the session and, when it changed, in the store. */
  readonly save: (state: State, sessionOpen: boolean) => Promise<void>;
}

const CONTEXT_KEY = 'massageCoachContext';

export interface ContextOptions {
  readonly hasStore: boolean;
  readonly clock: () => Date;
  /** IANA time zone for the user's local day (daily limits). */
  readonly timeZone: string;
}

/** The user's calendar day in a time zone, as YYYY-MM-DD. */
export function localDay(now: Date, timeZone: string): string {
  try {
    return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  } catch {
    return now.toISOString().slice(0, 10);
  }
}

export function contextInterceptor(options: ContextOptions): RequestInterceptor {
  return {
    async process(input: HandlerInput): Promise<void> {
      const loaded = await loadState(input, options.hasStore);
      const now = options.clock();
      const context: RequestContext = {
        t: translatorFor(input.requestEnvelope.request.locale),
        now,
        today: localDay(now, options.timeZone),
        loaded,
        save: (state, sessionOpen) => saveState(input, loaded, state, sessionOpen),
      };
      input.attributesManager.setRequestAttributes({ ...input.attributesManager.getRequestAttributes(), [CONTEXT_KEY]: context });
    },
  };
}

export function requestContext(input: HandlerInput): RequestContext {
  const context = input.attributesManager.getRequestAttributes()[CONTEXT_KEY] as RequestContext | undefined;
  if (context === undefined) throw new Error('The request context interceptor did not run');
  return context;
}

/** The translator even when the interceptor could not run (for the error handler). */
export function translatorOf(input: HandlerInput): Translate {
  const context = input.attributesManager.getRequestAttributes()[CONTEXT_KEY] as RequestContext | undefined;
  return context?.t ?? translatorFor(input.requestEnvelope?.request?.locale);
}
