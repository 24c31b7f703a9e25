import type { HandlerInput, RequestInterceptor } from 'ask-sdk-core';
import { speakingLocale, translatorFor } from '../i18n';
import type { Context, Event } from '../flow/transition';
import { loadState, sessionState, type Loaded, type LoadedState, type RecordView } from '../persistence/stateAttributes';
import { alexaApis } from '../services/alexaApis';
import { withTimeout } from '../services/calls';
import { REMINDERS_SCOPE } from '../services/reminders';
import { TIMERS_SCOPE } from '../services/timers';
import type { Translate } from '../speech/ssml';
import { requestEvent } from './requestEvent';

/**
 * What every handler gets for a request, set up once by the interceptor below. It is also the flow's
 * context (flow/transition.ts): the handler hands it to the flow as it is.
 */
export interface RequestContext extends Context {
  /** What the request means to the flow (`requestEvent`); undefined for requests it has nothing to say to. */
  readonly event: Event | undefined;
  readonly t: Translate;
  /** The locale the skill speaks for this request. */
  readonly locale: string;
  /**
   * The user's local day, YYYY-MM-DD (daily limits reset with it), worked out when first asked: in
   * the device's time zone when the session knows it, else in the configured one until `settleDay`.
   */
  readonly today: () => string;
  /** The user's time zone (IANA): the device's when the session knows it, else the configured one until `settleDay`. */
  readonly timeZone: () => string;
  /** Whether `today` or `timeZone` was asked before the device's time zone was known: then `settleDay` asks for it. */
  readonly dayGuessed: () => boolean;
  /**
   * Asks the settings API for the device's time zone (once a session) and says whether the answer may
   * come out different (another day, or, when the zone itself was used, another zone), so that it is
   * thought again. False at once when nothing was guessed.
   */
  readonly settleDay: () => Promise<boolean>;
  readonly loaded: LoadedState;
  /** The record in the store behind this request: undefined without a store (then nothing is written). */
  readonly record?: RecordView;
  readonly timerPermission: 'granted' | 'denied' | 'unknown';
  readonly reminderPermission: 'granted' | 'denied' | 'unknown';
}

const CONTEXT_KEY = 'massageCoachContext';

export interface ContextOptions {
  readonly hasStore: boolean;
  readonly clock: () => Date;
  /** IANA time zone for the user's local day (daily limits), when the device does not say. */
  readonly timeZone: string;
  readonly coldDailyRounds: number;
}

/**
 * Time zones a device may report: the ones ICU knows (Intl.supportedValuesOf), the names of UTC, and
 * the IANA names ICU files under an older one. Anything else is never given to Intl (a forged zone
 * costs nothing and is kept nowhere). Made on first use: most requests need no zone.
 */
let knownZones: ReadonlySet<string> | undefined;
const UTC_NAMES = ['UTC', 'Etc/UTC', 'Etc/GMT', 'GMT', 'Etc/Universal', 'Etc/Zulu', 'Etc/UCT', 'Etc/Greenwich', 'Universal', 'Zulu', 'UCT', 'Greenwich', 'GMT0', 'Etc/GMT0'];
const IANA_NAMES_ICU_FILES_ELSEWHERE = [
  'Asia/Kolkata', 'Asia/Kathmandu', 'Asia/Ho_Chi_Minh', 'Asia/Yangon', 'America/Nuuk', 'Atlantic/Faroe', 'Europe/Kyiv',
  'Pacific/Kanton', 'Pacific/Chuuk', 'Pacific/Pohnpei', 'America/Argentina/Buenos_Aires', 'America/Argentina/Catamarca',
  'America/Argentina/Cordoba', 'America/Argentina/Jujuy', 'America/Argentina/Mendoza', 'America/Indiana/Indianapolis',
  'America/Kentucky/Louisville', 'America/Atikokan', 'Africa/Asmara',
];
function isKnownZone(zone: string): boolean {
  knownZones ??= new Set([...Intl.supportedValuesOf('timeZone'), ...UTC_NAMES, ...IANA_NAMES_ICU_FILES_ELSEWHERE]);
  return zone.length <= 64 && knownZones.has(zone);
}

/**
 * One formatter per time zone: ICU formatters are costly to build, so never one per request. Only
 * known zones get one, and the cache is bounded in entries and in the characters of its keys (the
 * oldest goes first): a few zones serve nearly every user.
 */
const MAX_CACHED_ZONES = 64;
const MAX_CACHED_ZONE_CHARS = 2048;
const dayFormats = new Map<string, Intl.DateTimeFormat>();
let cachedZoneChars = 0;

function dayFormat(timeZone: string): Intl.DateTimeFormat | undefined {
  const cached = dayFormats.get(timeZone);
  if (cached !== undefined || !isKnownZone(timeZone)) return cached;
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  } catch {
    return undefined;
  }
  while (dayFormats.size > 0 && (dayFormats.size >= MAX_CACHED_ZONES || cachedZoneChars + timeZone.length > MAX_CACHED_ZONE_CHARS)) {
    const oldest = dayFormats.keys().next().value as string;
    dayFormats.delete(oldest);
    cachedZoneChars -= oldest.length;
  }
  dayFormats.set(timeZone, format);
  cachedZoneChars += timeZone.length;
  return format;
}

/** How many formatters are cached, and the characters of their keys (for tests). */
export function dayFormatCacheSize(): { readonly entries: number; readonly chars: number } {
  return { entries: dayFormats.size, chars: cachedZoneChars };
}

/** The user's calendar day in a time zone, as YYYY-MM-DD (UTC when the zone is unknown). */
export function localDay(now: Date, timeZone: string): string {
  // UTC needs no ICU formatter (building the first one costs milliseconds).
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') return now.toISOString().slice(0, 10);
  return dayFormat(timeZone)?.format(now) ?? now.toISOString().slice(0, 10);
}

const TIME_ZONE_KEY = 'massageCoachTimeZone';

/** The device's time zone when this session has asked for it already. */
function sessionTimeZone(input: HandlerInput): string | undefined {
  const cached = input.requestEnvelope.session?.attributes?.[TIME_ZONE_KEY];
  return typeof cached === 'string' && isKnownZone(cached) ? cached : undefined;
}

/**
 * The device's time zone, asked of the Alexa settings API at most once a session (kept in the
 * session), so that daily limits reset at the user's midnight. Falls back to the configured zone.
 * Only asked when a daily limit is looked at: most requests need no day, and the call is a round trip.
 */
async function deviceTimeZone(input: HandlerInput, fallback: string): Promise<string> {
  const session = input.requestEnvelope.session;
  const deviceId = input.requestEnvelope.context?.System?.device?.deviceId;
  let zone = fallback;
  const apis = deviceId && input.requestEnvelope.context?.System?.apiAccessToken ? alexaApis(input) : undefined;
  if (deviceId && apis) {
    try {
      const found = await withTimeout(apis.getUpsServiceClient().getSystemTimeZone(deviceId), 1000);
      if (typeof found === 'string' && isKnownZone(found)) zone = found;
    } catch {
      // the configured zone will do
    }
  }
  if (session) input.attributesManager.setSessionAttributes({ ...input.attributesManager.getSessionAttributes(), [TIME_ZONE_KEY]: zone });
  return zone;
}

/** What the request says of a permission (the timers one, the reminders one). */
function permission(input: HandlerInput, scope: string): 'granted' | 'denied' | 'unknown' {
  const status = input.requestEnvelope.context?.System?.user?.permissions?.scopes?.[scope]?.status;
  if (status === 'GRANTED') return 'granted';
  if (status === 'DENIED') return 'denied';
  return 'unknown';
}

export function contextInterceptor(options: ContextOptions): RequestInterceptor {
  return {
    process(input: HandlerInput): Promise<void> | void {
      // Name-free requests are answered without side effects: nothing is loaded or saved.
      if (input.requestEnvelope.request?.type === 'CanFulfillIntentRequest') return;
      const now = options.clock();
      // Without a store the session's state is all there is: nothing to wait for.
      if (!options.hasStore) return setUp(input, options, now, sessionState(input));
      return loadState(input, now).then((loaded) => setUp(input, options, now, loaded));
    },
  };
}

/** Makes the request's context and keeps it in the request attributes (the SDK makes them for each request). */
function setUp(input: HandlerInput, options: ContextOptions, now: Date, { loaded, record }: Loaded): void {
  const locale = speakingLocale(input.requestEnvelope.request?.locale);
  const known = sessionTimeZone(input);
  let timeZone = known ?? options.timeZone;
  let today: string | undefined;
  let guessed = false;
  let zoneUsed = false;
  let settled = false;
  const context: RequestContext = {
    event: requestEvent(input.requestEnvelope),
    t: translatorFor(locale),
    locale,
    now,
    newSession: input.requestEnvelope.session?.new !== false,
    screen: input.requestEnvelope.context?.System?.device?.supportedInterfaces?.['Alexa.Presentation.APL'] !== undefined,
    // A function, not a getter: V8 makes object literals with accessors in a way that keeps every
    // request's objects alive past minor GCs. It pays (npm run bench's warm routine, 8,000 requests):
    // with a getter 1.8 MB promoted per scavenge, 8 ms pauses and a warm p99 of 2.3 ms; as a
    // function 93 KB, 0.75 ms and 0.47 ms.
    today: () => {
      if (today === undefined) {
        today = localDay(now, timeZone);
        guessed = known === undefined && !settled;
      }
      return today;
    },
    timeZone: () => {
      if (known === undefined && !settled) {
        guessed = true;
        zoneUsed = true;
      }
      return timeZone;
    },
    dayGuessed: () => guessed,
    settleDay: async () => {
      if (!guessed) return false;
      guessed = false;
      settled = true;
      const zoneBefore = timeZone;
      timeZone = await deviceTimeZone(input, options.timeZone);
      const before = today;
      if (today !== undefined) today = localDay(now, timeZone);
      return today !== before || (zoneUsed && timeZone !== zoneBefore);
    },
    loaded,
    record,
    timerPermission: permission(input, TIMERS_SCOPE),
    reminderPermission: permission(input, REMINDERS_SCOPE),
    coldDailyRounds: options.coldDailyRounds,
  };
  input.attributesManager.getRequestAttributes()[CONTEXT_KEY] = context;
}

/** The request's context; undefined when the interceptor left it out (a name-free request). */
export function contextOf(input: HandlerInput): RequestContext | undefined {
  return input.attributesManager.getRequestAttributes()[CONTEXT_KEY] as RequestContext | undefined;
}

export function requestContext(input: HandlerInput): RequestContext {
  const context = contextOf(input);
  if (context === undefined) throw new Error('The request context interceptor did not run');
  return context;
}

/** The translator even when the interceptor could not run (for the error handler). */
export function translatorOf(input: HandlerInput): Translate {
  return contextOf(input)?.t ?? translatorFor(input.requestEnvelope?.request?.locale);
}
