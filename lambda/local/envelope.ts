import { randomUUID } from 'node:crypto';
import type { RequestEnvelope, Slot } from 'ask-sdk-model';

/** Who and where a simulated request comes from. */
export interface Device {
  readonly userId: string;
  readonly deviceId: string;
  readonly locale: string;
  readonly applicationId: string;
  /** Where Alexa's service APIs answer (a local stand-in in tests and in the chat). */
  readonly apiEndpoint: string;
  readonly apiAccessToken: string;
  readonly personId?: string;
  /** A device with a screen (Echo Show): supports Alexa.Presentation.APL. */
  readonly apl?: boolean;
  /** Permission scopes the user granted or denied (as Alexa reports them), e.g. the timers scope. */
  readonly scopes?: Readonly<Record<string, 'GRANTED' | 'DENIED'>>;
}

export const DEFAULT_DEVICE: Device = {
  userId: 'amzn1.ask.account.LOCALUSER',
  deviceId: 'amzn1.ask.device.LOCALDEVICE',
  locale: 'en-US',
  applicationId: 'amzn1.ask.skill.massage-coach-local',
  apiEndpoint: 'http://127.0.0.1:9',
  apiAccessToken: 'local-access-token',
};

export interface SessionInfo {
  readonly sessionId: string;
  readonly isNew: boolean;
  readonly attributes: Record<string, unknown>;
}

/** A slot as Alexa sends it: the words heard, and the entity resolution when they matched a value. */
export interface SlotInput {
  readonly value: string;
  /** The matched value's id; undefined when the words matched no value (ER_SUCCESS_NO_MATCH). */
  readonly id?: string;
  readonly name?: string;
  /** A built-in slot type (AMAZON.NUMBER, AMAZON.DURATION): a value and no entity resolution. */
  readonly builtIn?: boolean;
}

export type RequestInput =
  | { readonly type: 'LaunchRequest' }
  | { readonly type: 'IntentRequest'; readonly intent: string; readonly slots?: Readonly<Record<string, SlotInput>> }
  | { readonly type: 'SessionEndedRequest'; readonly reason: 'USER_INITIATED' | 'ERROR' | 'EXCEEDED_MAX_REPROMPTS' }
  /** Alexa's answer to a voice permission request (Connections.SendRequest AskFor); the timers permission unless `scope` says. */
  | { readonly type: 'Connections.Response'; readonly status: 'ACCEPTED' | 'DENIED' | 'NOT_ANSWERED'; readonly scope?: string }
  /** A touch on the APL step card (SendEvent). */
  | { readonly type: 'Alexa.Presentation.APL.UserEvent'; readonly arguments: readonly unknown[] }
  /** Name-free routing: can this skill handle the intent? */
  | { readonly type: 'CanFulfillIntentRequest'; readonly intent: string; readonly slots?: Readonly<Record<string, SlotInput>> };

export function newSession(attributes: Record<string, unknown> = {}): SessionInfo {
  return { sessionId: `amzn1.echo-api.session.${randomUUID()}`, isNew: true, attributes };
}

function slotOf(name: string, input: SlotInput, applicationId: string): Slot {
  if (input.builtIn) return { name, value: input.value, confirmationStatus: 'NONE' };
  return {
    name,
    value: input.value,
    confirmationStatus: 'NONE',
    resolutions: {
      resolutionsPerAuthority: [
        input.id === undefined
          ? { authority: `amzn1.er-authority.echo-sdk.${applicationId}.${name}`, status: { code: 'ER_SUCCESS_NO_MATCH' }, values: [] }
          : {
              authority: `amzn1.er-authority.echo-sdk.${applicationId}.${name}`,
              status: { code: 'ER_SUCCESS_MATCH' },
              values: [{ value: { id: input.id, name: input.name ?? input.value } }],
            },
      ],
    },
  };
}

/** A request envelope shaped as Alexa sends it (version 1.0), for the chat and the tests. */
export function buildEnvelope(input: RequestInput, session: SessionInfo, device: Device = DEFAULT_DEVICE, now: Date = new Date()): RequestEnvelope {
  const common = { requestId: `amzn1.echo-api.request.${randomUUID()}`, timestamp: now.toISOString(), locale: device.locale };
  const request: RequestEnvelope['request'] =
    input.type === 'LaunchRequest'
      ? { type: 'LaunchRequest', ...common }
      : input.type === 'SessionEndedRequest'
        ? { type: 'SessionEndedRequest', ...common, reason: input.reason }
        : input.type === 'Alexa.Presentation.APL.UserEvent'
          ? ({ type: 'Alexa.Presentation.APL.UserEvent', ...common, token: 'massageCoachStep', arguments: input.arguments, source: {} } as unknown as RequestEnvelope['request'])
        : input.type === 'CanFulfillIntentRequest'
          ? {
              type: 'CanFulfillIntentRequest',
              ...common,
              intent: {
                name: input.intent,
                confirmationStatus: 'NONE',
                slots: Object.fromEntries(Object.entries(input.slots ?? {}).map(([name, slot]) => [name, slotOf(name, slot, device.applicationId)])),
              },
            }
        : input.type === 'Connections.Response'
          ? ({
              type: 'Connections.Response',
              ...common,
              name: 'AskFor',
              status: { code: '200', message: 'OK' },
              payload: { status: input.status, permissionScope: input.scope ?? 'alexa::alerts:timers:skill:readwrite' },
              token: '',
            } as unknown as RequestEnvelope['request'])
          : {
            type: 'IntentRequest',
            ...common,
            dialogState: 'STARTED',
            intent: {
              name: input.intent,
              confirmationStatus: 'NONE',
              slots: Object.fromEntries(Object.entries(input.slots ?? {}).map(([name, slot]) => [name, slotOf(name, slot, device.applicationId)])),
            },
          };
  const application = { applicationId: device.applicationId };
  const scopes = device.scopes && Object.fromEntries(Object.entries(device.scopes).map(([scope, status]) => [scope, { status }]));
  const user = { userId: device.userId, ...(scopes && { permissions: { scopes } }) };
  return {
    version: '1.0',
    session: { new: session.isNew, sessionId: session.sessionId, application, user, attributes: session.attributes },
    context: {
      System: {
        application,
        user,
        ...(device.personId ? { person: { personId: device.personId } } : {}),
        device: { deviceId: device.deviceId, supportedInterfaces: device.apl ? { 'Alexa.Presentation.APL': { runtime: { maxVersion: '2023.2' } } } : {} },
        apiEndpoint: device.apiEndpoint,
        apiAccessToken: device.apiAccessToken,
      },
    },
    request,
  };
}
