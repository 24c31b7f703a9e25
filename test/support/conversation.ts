import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PersistenceAdapter } from 'ask-sdk-core';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { check } from 'ssml-check-core';
import { afterAll, expect } from 'vitest';
import model from '../../skill-package/interactionModels/custom/en-US.json';
import { parseState, type State } from '../../lambda/flow/State';
import { translatorFor } from '../../lambda/i18n';
import { buildEnvelope, DEFAULT_DEVICE, newSession, type Device, type RequestInput, type SessionInfo, type SlotInput } from '../../lambda/local/envelope';
import { Understander, type InteractionModel } from '../../lambda/local/nlu';
import { FileStore } from '../../lambda/persistence/FileStore';
import { STATE_KEY } from '../../lambda/persistence/stateAttributes';
import { buildSkill, invokeSafely } from '../../lambda/skill';
import { MAX_BREAK_MS, MAX_SPEECH_CHARS, toReadableText } from '../../lambda/speech/ssml';

export interface Heard {
  /** What the user hears, as readable text (pauses as "[pause 9.5s]"). */
  readonly text: string;
  readonly ssml: string;
  readonly reprompt?: string;
  readonly ended: boolean;
  readonly envelope: ResponseEnvelope;
}

/** Each locale's resolver, made when a conversation in that locale first speaks. */
const understanders = new Map<string, Understander>([['en-US', new Understander(model)]]);
function understanderFor(locale: string): Understander {
  let found = understanders.get(locale);
  if (!found) {
    found = new Understander(JSON.parse(readFileSync(`skill-package/interactionModels/custom/${locale}.json`, 'utf8')) as InteractionModel, locale.slice(0, 2));
    understanders.set(locale, found);
  }
  return found;
}

/** Plain text of a locale key, as the skill would say it (for expectations). */
export function text(key: string, params?: Record<string, string | number>): string {
  return translatorFor('en-US')(key, params);
}

/** The same, in another locale. */
export function textIn(locale: string, key: string, params?: Record<string, string | number>): string {
  return translatorFor(locale)(key, params);
}

/** The slot as Alexa would resolve it from a value id of the model. */
function slotFromId(type: string, id: string): SlotInput {
  const values = model.interactionModel.languageModel.types.find((t) => t.name === type)?.values ?? [];
  const value = values.find((v) => v.id === id);
  return value ? { value: value.name.value, id, name: value.name.value } : { value: id };
}

/** Checks what Alexa requires of every response: valid SSML, limits, a reprompt when open. */
export async function expectValidResponse(response: ResponseEnvelope, locale = 'en-US'): Promise<void> {
  expect(response.version).toBe('1.0');
  const out = response.response;
  expect(JSON.stringify(response).length).toBeLessThan(24 * 1024);
  for (const speech of [out.outputSpeech, out.reprompt?.outputSpeech]) {
    if (speech === undefined) continue;
    expect(speech.type).toBe('SSML');
    const ssml = speech.type === 'SSML' ? speech.ssml : '';
    expect(ssml.length).toBeLessThanOrEqual(MAX_SPEECH_CHARS);
    expect(await check(ssml, { platform: 'amazon', locale }), ssml).toBeUndefined();
    for (const [, ms] of ssml.matchAll(/<break time="(\d+)ms"\/>/g)) expect(Number(ms)).toBeLessThanOrEqual(MAX_BREAK_MS);
    expect(ssml).not.toMatch(/\b(common|routines):/); // a locale key spoken instead of its text
  }
  if (out.shouldEndSession === false) expect(out.reprompt?.outputSpeech, 'an open session needs a reprompt').toBeDefined();
}

/**
 * The folder under which this test file's conversations keep their file stores (one each), made
 * when the first one needs it and removed, with everything in it, when the file's tests are done.
 * (Each test file loads this module afresh: vitest isolates files.)
 */
let storesRoot: string | undefined;
afterAll(() => {
  if (storesRoot !== undefined) rmSync(storesRoot, { recursive: true, force: true });
  storesRoot = undefined;
});

/** A new, empty folder for one conversation's file store. */
export function temporaryStoreDir(): string {
  storesRoot ??= mkdtempSync(join(tmpdir(), 'massage-coach-'));
  return mkdtempSync(join(storesRoot, 'store-'));
}

export interface ConversationOptions {
  /** The store; 'none' for a skill with session state only. Default: a file store in a new temporary folder. */
  readonly store?: PersistenceAdapter | 'none';
  readonly clock?: () => Date;
  readonly device?: Partial<Device>;
  readonly timeZone?: string;
  readonly coldDailyRounds?: number;
}

/**
 * A user talking to the skill: sessions open and close as on a device, session attributes
 * carry from turn to turn, and every response is checked against Alexa's rules.
 */
export class Conversation {
  readonly store: PersistenceAdapter | undefined;
  private currentDevice: Device;
  private readonly skill;
  private session: SessionInfo | undefined;
  last: Heard | undefined;

  constructor(options: ConversationOptions = {}) {
    this.store = options.store === 'none' ? undefined : (options.store ?? new FileStore(temporaryStoreDir()));
    this.currentDevice = { ...DEFAULT_DEVICE, ...options.device };
    this.skill = buildSkill({
      ...(this.store ? { persistenceAdapter: this.store } : {}),
      ...(options.clock ? { clock: options.clock } : {}),
      timeZone: options.timeZone ?? 'UTC',
      ...(options.coldDailyRounds !== undefined ? { coldDailyRounds: options.coldDailyRounds } : {}),
    });
  }

  get device(): Device {
    return this.currentDevice;
  }

  /** Another voice speaks from now on (a voice profile's person id; undefined: one Alexa does not recognise). */
  speaker(personId: string | undefined): void {
    const { personId: _previous, ...device } = this.currentDevice;
    this.currentDevice = personId === undefined ? device : { ...device, personId };
  }

  get open(): boolean {
    return this.session !== undefined;
  }

  /** "Alexa, open Massage Coach". */
  launch(): Promise<Heard> {
    this.session = newSession();
    return this.send({ type: 'LaunchRequest' });
  }

  /** An intent by name, with slots given by value id (resolved as Alexa would) or as raw words. */
  intent(name: string, slots: Record<string, string | SlotInput> = {}): Promise<Heard> {
    const slotTypes = Object.fromEntries(
      (model.interactionModel.languageModel.intents.find((i) => i.name === name)?.slots ?? []).map((s) => [s.name, s.type]),
    );
    const resolved = Object.fromEntries(
      Object.entries(slots).map(([slot, value]) => [slot, typeof value === 'string' ? slotFromId(slotTypes[slot] ?? '', value) : value]),
    );
    return this.send({ type: 'IntentRequest', intent: name, slots: resolved });
  }

  /** Words, understood with the skill's interaction model; what it cannot place is a fallback. */
  say(words: string): Promise<Heard> {
    const understood = understanderFor(this.device.locale).understand(words);
    if (!understood) return this.send({ type: 'IntentRequest', intent: 'AMAZON.FallbackIntent' });
    return this.send({ type: 'IntentRequest', intent: understood.intent, slots: understood.slots });
  }

  /** A raw request envelope (for malformed or unexpected requests). */
  async raw(envelope: RequestEnvelope): Promise<ResponseEnvelope> {
    const response = await invokeSafely(this.skill, envelope);
    await expectValidResponse(response, envelope.request.locale);
    return response;
  }

  /** Alexa's answer to the skill's voice permission request. */
  permission(status: 'ACCEPTED' | 'DENIED' | 'NOT_ANSWERED'): Promise<Heard> {
    return this.send({ type: 'Connections.Response', status });
  }

  /** A touch on the screen's step card. */
  touch(...args: unknown[]): Promise<Heard> {
    return this.send({ type: 'Alexa.Presentation.APL.UserEvent', arguments: args });
  }

  end(reason: 'USER_INITIATED' | 'EXCEEDED_MAX_REPROMPTS' | 'ERROR' = 'EXCEEDED_MAX_REPROMPTS'): Promise<Heard> {
    return this.send({ type: 'SessionEndedRequest', reason });
  }

  envelopeFor(input: RequestInput): RequestEnvelope {
    return buildEnvelope(input, this.session ?? newSession(), this.device);
  }

  private async send(input: RequestInput): Promise<Heard> {
    const session = this.session ?? newSession();
    const response = await invokeSafely(this.skill, buildEnvelope(input, session, this.device));
    await expectValidResponse(response, this.device.locale);
    const speech = response.response.outputSpeech;
    const ssml = speech?.type === 'SSML' ? speech.ssml : '';
    const repromptSpeech = response.response.reprompt?.outputSpeech;
    // Handing over to Alexa (a voice permission request) keeps the session for Alexa's answer.
    const handoff = (response.response.directives ?? []).some((d) => d.type === 'Connections.SendRequest');
    const ended = input.type === 'SessionEndedRequest' || (!handoff && response.response.shouldEndSession !== false);
    this.session = ended ? undefined : { sessionId: session.sessionId, isNew: false, attributes: response.sessionAttributes ?? {} };
    this.last = {
      text: toReadableText(ssml),
      ssml,
      ...(repromptSpeech?.type === 'SSML' ? { reprompt: toReadableText(repromptSpeech.ssml) } : {}),
      ended,
      envelope: response,
    };
    return this.last;
  }

  /**
   * The state saved in the store for this user (parsed), or undefined when nothing is saved; `who`
   * names another record (e.g. `{ personId: 'amzn1.ask.person.X' }`, or `{ personId: undefined }` for the account's).
   */
  async saved(who: Partial<Device> = {}): Promise<State | undefined> {
    if (!this.store) return undefined;
    const attributes = await this.store.getAttributes(buildEnvelope({ type: 'LaunchRequest' }, newSession(), { ...this.device, ...who }));
    return attributes[STATE_KEY] === undefined ? undefined : parseState(attributes[STATE_KEY]);
  }

  /** The state the session carries right now. */
  sessionState(): State | undefined {
    const raw = this.session?.attributes[STATE_KEY];
    return raw === undefined ? undefined : parseState(raw);
  }
}
