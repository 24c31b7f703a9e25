import type { AttributesManager, HandlerInput } from 'ask-sdk-core';
import { durable, INITIAL_STATE, parseState, type State } from '../flow/State';
import { withTimeout } from '../services/calls';
import { countsChanged, mergeState } from './mergeState';
import { persistenceKey, RECORD_KEY } from './persistenceKey';
import { newVersion, storedPart, VERSION, VersionConflict, WRITE, type VersionedAttributes } from './versions';

export { RECORD_KEY };

/** A store call slower than this is treated as failing: Alexa waits 8 seconds for the whole response. */
export const STORE_TIMEOUT_MS = 2500;
/** All the store calls of one request together (a read, writes and reads again on conflicts). */
export const STORE_BUDGET_MS = 5000;
/** Writes of one save: the first, and again after each conflict (read, merge, write). */
const MAX_WRITES = 3;
/**
 * How many times a request may think again when another device counted toward a daily limit first.
 * Each time means that another device's write landed, so the devices together always get on; the
 * store budget bounds the time. Measured on dynalite, twenty devices asking for a cold round each at
 * once: the eighth round was counted after seven rethinks. Past this, the request goes ahead unwritten.
 */
const MAX_RETHINKS = 32;

/** The one key under which the skill keeps its state, in session and in persistent attributes. */
export const STATE_KEY = 'massageCoach';
/** Where saved state that could not be read is set aside (kept, never spoken). */
export const SET_ASIDE_KEY = 'massageCoachUnreadable';
/** What is set aside is kept small and shallow: DynamoDB refuses items nested more than 32 levels. */
const SET_ASIDE_MAX_CHARS = 2048;
const SET_ASIDE_MAX_DEPTH = 8;

export interface LoadedState {
  readonly state: State;
  /** Saved state could not be read and was set aside: the user hears a fresh start. */
  readonly freshStart: boolean;
}

/**
 * What the session knows of its record (session attribute RECORD_KEY): whose it is (fixed when the
 * session starts), the version its state last matched, and, while it has changes the record lacks
 * (the store failed), the state those changes were made over and the version of a write given up on.
 */
interface SessionRecord {
  readonly owner: string;
  /** Undefined: the record was never read in this session (its changes were made over the initial state). */
  readonly version?: string;
  readonly base?: State;
  readonly pending?: string;
}

/** The record behind one request: read at its start, written (over the version read) at its end. */
export interface RecordView {
  readonly owner: string;
  /** What the session knew when the request came. */
  readonly known: SessionRecord;
  /** The record was read on this request: only then is it written. */
  read: boolean;
  /** The store keeps versions: writes are conditional. Without (ask-sdk's own adapters), the last write wins. */
  versioned: boolean;
  /** The version read or last written ('' for no record, or one from before versions). */
  version: string;
  /** The state the record holds at that version (the initial state when there is none, or it was set aside). */
  held: State;
  /** The record's other attributes, written back with the state (a set-aside among them). */
  others: Record<string, unknown>;
  /** The record must be written even if the state did not change (to set aside what could not be read). */
  rewrite: boolean;
  /** The state the request started from: thought again from, with the record's news, after a conflict. */
  input: State;
  /** A write given up on (timed out, failed): it may still land, over the version it was made for only. */
  pending?: string;
  /** The write failed: the session keeps its changes for the next request that reads the record. */
  unsaved: boolean;
  rethinks: number;
  readonly deadline: number;
}

export interface Loaded {
  readonly loaded: LoadedState;
  /** Undefined without a store, or when the request names nobody to keep state for. */
  readonly record?: RecordView;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const shortString = (value: unknown): string | undefined => (typeof value === 'string' && value.length <= 64 ? value : undefined);

function sessionRecord(value: unknown, owner: string): SessionRecord {
  if (!isRecord(value)) return { owner };
  const version = shortString(value.version);
  const pending = shortString(value.pending);
  const base = value.base === undefined ? undefined : parseState(value.base);
  // A base that cannot be read: the session's changes are taken as made over the initial state.
  if (version === undefined || (value.base !== undefined && base === undefined)) return { owner };
  return { owner, version, ...(base && { base }), ...(pending !== undefined && { pending }) };
}

const sameDurable = (a: State, b: State) => JSON.stringify(durable(a)) === JSON.stringify(durable(b));

/** A store call within the per-call timeout and what is left of the request's budget. */
function storeCall<T>(record: RecordView, call: Promise<T>): Promise<T> {
  return withTimeout(call, Math.max(0, Math.min(STORE_TIMEOUT_MS, record.deadline - Date.now())));
}

function depth(value: unknown, limit: number): number {
  if (typeof value !== 'object' || value === null) return 0;
  if (limit <= 0) return 1;
  let deepest = 0;
  for (const child of Object.values(value)) deepest = Math.max(deepest, depth(child, limit - 1));
  return deepest + 1;
}

/**
 * What is kept of a record that could not be read: once (an earlier set-aside is not nested inside
 * the new one) and small (its JSON cut to 2 KB when longer or deeply nested).
 */
function setAside(stored: Record<string, unknown>, now: Date): Record<string, unknown> {
  const { [SET_ASIDE_KEY]: _earlier, ...value } = stored;
  const json = JSON.stringify(value);
  if (json.length <= SET_ASIDE_MAX_CHARS && depth(value, SET_ASIDE_MAX_DEPTH) <= SET_ASIDE_MAX_DEPTH) return { at: now.toISOString(), value };
  return { at: now.toISOString(), text: json.slice(0, SET_ASIDE_MAX_CHARS), truncated: true };
}

/** Takes in what the store handed up. Says whether the state in it could not be read (and was set aside). */
function absorb(record: RecordView, stored: VersionedAttributes, now: Date): boolean {
  const version = stored[VERSION];
  record.versioned = typeof version === 'string';
  record.version = version ?? '';
  const attributes = storedPart(stored);
  const state = 'unreadable' in attributes ? undefined : parseState(attributes[STATE_KEY]);
  if (state === undefined) {
    record.held = INITIAL_STATE;
    record.others = { [SET_ASIDE_KEY]: setAside(attributes, now) };
    record.rewrite = true;
    return true;
  }
  const { [STATE_KEY]: _state, ...others } = attributes;
  record.held = state;
  record.others = others;
  record.rewrite = false;
  return false;
}

/** The state a request starts from: the session's, brought up to date with the record (mergeState). */
function startingState(record: RecordView, fromSession: State | undefined, now: Date): State {
  if (fromSession === undefined) return record.held;
  const { known } = record;
  // Our own write, given up on earlier, landed after all: the record is the session's.
  if (known.pending !== undefined && known.pending === record.version) return fromSession;
  // Nothing changed on either side since the session last matched the record.
  if (known.version === record.version && known.base === undefined) return fromSession;
  const base = known.base ?? (known.version === undefined ? INITIAL_STATE : fromSession);
  return mergeState(record.held, base, fromSession, now);
}

/** The session's own state: what the request starts from without a store. */
function fromSessionOf(input: HandlerInput): { session?: Record<string, unknown>; state?: State } {
  const { attributesManager, requestEnvelope } = input;
  const session = requestEnvelope.session?.new === false ? attributesManager.getSessionAttributes() : undefined;
  return { session, state: session?.[STATE_KEY] === undefined ? undefined : parseState(session[STATE_KEY]) };
}

/** The state for this request without a store: the session's, and no record. Nothing to wait for. */
export function sessionState(input: HandlerInput): Loaded {
  return { loaded: { state: fromSessionOf(input).state ?? INITIAL_STATE, freshStart: false } };
}

/**
 * The state for this request: from the session while it lasts, brought up to date with the record
 * (read on every request, so that another device's progress and counts are seen). The record is
 * the one the session started with. A store that fails leaves the user with the session's state,
 * and nothing is written until a request reads the record again. A request that names nobody to keep
 * state for has the session's state only (`sessionState`).
 */
export async function loadState(input: HandlerInput, now: Date): Promise<Loaded> {
  const owner = persistenceKey(input.requestEnvelope);
  if (owner === undefined) return sessionState(input);
  const { session, state: fromSession } = fromSessionOf(input);
  const { attributesManager } = input;

  const record: RecordView = {
    owner,
    // Session state that cannot be read is replaced by the record's: what the session knew goes with it.
    known: fromSession === undefined ? { owner } : sessionRecord(session?.[RECORD_KEY], owner),
    read: false,
    versioned: false,
    version: '',
    held: INITIAL_STATE,
    others: {},
    rewrite: false,
    input: fromSession ?? INITIAL_STATE,
    unsaved: false,
    rethinks: 0,
    deadline: Date.now() + STORE_BUDGET_MS,
  };
  let stored: VersionedAttributes;
  try {
    stored = (await storeCall(record, attributesManager.getPersistentAttributes(false))) ?? {};
  } catch (error) {
    console.warn(JSON.stringify({ event: 'persistence.loadFailed', error: String(error).slice(0, 200) }));
    return { loaded: { state: record.input, freshStart: false }, record };
  }
  const freshStart = absorb(record, stored, now);
  record.read = true;
  // A record that cannot be read has nothing to bring: the session's state (if any) is written over it.
  record.input = freshStart ? (fromSession ?? INITIAL_STATE) : startingState(record, fromSession, now);
  return { loaded: { state: record.input, freshStart }, record };
}

type Written = { readonly kept: State } | { readonly again: State };

/**
 * Writes the state over the version read. On a conflict: reads again, and either hands back the
 * request's starting state brought up to date (to think again: this request counted toward a daily
 * limit, and another device wrote first) or merges and writes again, a bounded number of times.
 * A write given up on at its timeout is conditional like any other: it can never land over a newer one.
 * Says which state the session goes on with (merged with the record's news when there was a conflict).
 */
async function write(manager: AttributesManager, record: RecordView, state: State, now: Date, mode: 'save' | 'commit' | 'forget'): Promise<Written> {
  let mine = state;
  for (let attempt = 1; ; attempt++) {
    if (!record.rewrite && mode !== 'forget' && sameDurable(mine, record.held)) return { kept: mine };
    const keep = durable(mine);
    const empty = mode === 'forget' && sameDurable(mine, INITIAL_STATE);
    const attributes: VersionedAttributes = mode === 'forget' ? (empty ? {} : { [STATE_KEY]: keep }) : { ...record.others, [STATE_KEY]: keep };
    const next = newVersion();
    if (record.versioned) attributes[WRITE] = empty ? { over: record.version, remove: true } : { over: record.version, next };
    let conflict = false;
    try {
      manager.setPersistentAttributes(attributes);
      await storeCall(record, manager.savePersistentAttributes());
    } catch (error) {
      if (!(error instanceof VersionConflict)) return failed(record, mine, next, error);
      conflict = true;
    }
    if (!conflict) {
      settle(record, mine, empty ? '' : record.versioned ? next : '');
      return { kept: mine };
    }
    let fresh: VersionedAttributes;
    try {
      fresh = (await storeCall(record, manager.getPersistentAttributes(false))) ?? {};
    } catch (error) {
      return failed(record, mine, next, error);
    }
    // An earlier attempt of this very write, retried by the SDK after a timeout, landed: it is ours.
    if (fresh[VERSION] === next) {
      settle(record, mine, next);
      return { kept: mine };
    }
    const base = record.held;
    absorb(record, fresh, now);
    if (mode === 'forget') record.rewrite = false;
    if (mode === 'commit') {
      record.rethinks++;
      record.input = mergeState(record.held, base, record.input, now);
      return { again: record.input };
    }
    mine = mergeState(record.held, base, mine, now);
    if (attempt >= MAX_WRITES) return failed(record, mine, undefined, new VersionConflict());
  }
}

function settle(record: RecordView, state: State, version: string): void {
  record.version = version;
  record.held = state;
  record.rewrite = false;
  record.unsaved = false;
  record.pending = undefined;
}

function failed(record: RecordView, state: State, pending: string | undefined, error: unknown): { kept: State } {
  console.warn(JSON.stringify({ event: 'persistence.saveFailed', error: String(error).slice(0, 200) }));
  // Nothing more is written on this request; the session keeps its changes and what they were made over.
  record.read = false;
  record.unsaved = true;
  if (record.versioned) record.pending = pending;
  return { kept: state };
}

/** What the session keeps of its record for the next request. */
function sessionRecordAfter(record: RecordView, state: State): SessionRecord {
  const { owner, known } = record;
  if (record.unsaved) {
    // The record was read on this request, the write failed: the changes were made over what was read.
    return { owner, version: record.version, base: durable(record.held), ...(record.pending !== undefined && { pending: record.pending }) };
  }
  if (record.read) return { owner, version: record.version };
  // The store could not be read: nothing was written. Changes made now are kept over what the session last matched.
  if (sameDurable(state, record.input) || known.base !== undefined || known.version === undefined) return known;
  return { ...known, base: durable(record.input) };
}

function keepInSession(input: HandlerInput, record: RecordView | undefined, state: State): void {
  const { attributesManager } = input;
  attributesManager.setSessionAttributes({
    ...attributesManager.getSessionAttributes(),
    [STATE_KEY]: state,
    ...(record && { [RECORD_KEY]: sessionRecordAfter(record, state) }),
  });
}

/**
 * Before speaking what counted toward a daily limit (ball-and-roller seconds, cold rounds): writes
 * it. When another device wrote first, hands back the state to think again from (the record's
 * counts in it), so that a daily limit holds for two devices at once. Undefined: go ahead.
 */
export async function commitState(input: HandlerInput, record: RecordView | undefined, state: State, now: Date): Promise<State | undefined> {
  if (!record?.read || !record.versioned || !countsChanged(record.held, state)) return undefined;
  // Thought again often enough (dozens of devices at once): the save merges, counting everything.
  if (record.rethinks >= MAX_RETHINKS) return undefined;
  const written = await write(input.attributesManager, record, state, now, 'commit');
  return 'again' in written ? written.again : undefined;
}

/**
 * Writes the state's durable part when it changed (the record was read on this request: see `read`).
 * Hands back the state the session goes on with: after a conflict, with the record's news merged in.
 */
export async function writeState(input: HandlerInput, record: RecordView, state: State, now: Date): Promise<State> {
  const written = await write(input.attributesManager, record, state, now, 'save');
  return 'kept' in written ? written.kept : state;
}

/** Keeps the state in the session for its next request (with what the session knows of its record). */
export function keepState(input: HandlerInput, record: RecordView | undefined, state: State, sessionOpen: boolean): void {
  if (sessionOpen && input.requestEnvelope.session) keepInSession(input, record, state);
}

/**
 * "Forget my settings": the stored record is replaced by today's safety counts (the flow keeps them
 * in `state`, and nothing else), or removed when there are none, so that forgetting cannot reset a
 * daily limit. Over the version read, like any write; with a store without versions, delete and write.
 */
export async function forgetState(input: HandlerInput, record: RecordView | undefined, state: State, now: Date): Promise<boolean> {
  const { attributesManager, requestEnvelope } = input;
  const kept = await forgetRecord(attributesManager, record, state, now);
  if (kept !== undefined && requestEnvelope.session) keepInSession(input, record, kept);
  return kept !== undefined;
}

/** The state the session goes on with, or undefined when the store failed. */
async function forgetRecord(manager: AttributesManager, record: RecordView | undefined, state: State, now: Date): Promise<State | undefined> {
  if (record === undefined) return state;
  try {
    if (!record.read) {
      // The record could not be read at the start of this request: once more, to know what is forgotten.
      absorb(record, (await storeCall(record, manager.getPersistentAttributes(false))) ?? {}, now);
      record.read = true;
    }
    if (!record.versioned) {
      await storeCall(record, Promise.resolve(manager.deletePersistentAttributes?.()));
      if (state.usage !== undefined || state.cold !== undefined) {
        manager.setPersistentAttributes({ [STATE_KEY]: durable(state) });
        await storeCall(record, manager.savePersistentAttributes());
      }
      settle(record, state, '');
      return state;
    }
  } catch (error) {
    console.warn(JSON.stringify({ event: 'persistence.deleteFailed', error: String(error).slice(0, 200) }));
    return undefined;
  }
  const written = await write(manager, record, state, now, 'forget');
  return record.unsaved || !('kept' in written) ? undefined : written.kept;
}
