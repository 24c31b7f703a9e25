import type { HandlerInput } from 'ask-sdk-core';
import { durable, INITIAL_STATE, parseState, type State } from '../flow/State';
import { withTimeout } from '../services/timers';

/** A store slower than this is treated as failing: Alexa waits 8 seconds for the whole response. */
export const STORE_TIMEOUT_MS = 2500;

/** The one key under which the skill keeps its state, in session and in persistent attributes. */
export const STATE_KEY = 'massageCoach';
/** Where saved state that could not be read is set aside (kept, never spoken). */
export const SET_ASIDE_KEY = 'massageCoachUnreadable';

export interface LoadedState {
  readonly state: State;
  /** The durable state as it was loaded, to save only when it changed (empty when nothing can be saved). */
  readonly loadedJson: string;
  /** False when the store failed: then nothing is saved, so nothing saved is overwritten. */
  readonly canSave: boolean;
  /** Saved state could not be read and was set aside: the user hears a fresh start. */
  readonly freshStart: boolean;
  /** The stored attributes as loaded, to save back with the new state (other keys kept). */
  readonly stored?: Readonly<Record<string, unknown>>;
}

/**
 * The state for this request: from the session while it lasts (progress as it goes), else from the
 * persistent store. A failing store leaves the user with session state and nothing saved.
 */
export async function loadState(input: HandlerInput, hasStore: boolean): Promise<LoadedState> {
  const { attributesManager, requestEnvelope } = input;
  const inSession = requestEnvelope.session?.new === false ? attributesManager.getSessionAttributes()[STATE_KEY] : undefined;
  const fromSession = inSession === undefined ? undefined : parseState(inSession);

  if (!hasStore) return { state: fromSession ?? INITIAL_STATE, loadedJson: '', canSave: false, freshStart: false };
  let stored: Record<string, unknown>;
  try {
    stored = (await withTimeout(attributesManager.getPersistentAttributes(), STORE_TIMEOUT_MS)) ?? {};
  } catch (error) {
    console.warn(JSON.stringify({ event: 'persistence.loadFailed', error: String(error) }));
    return { state: fromSession ?? INITIAL_STATE, loadedJson: '', canSave: false, freshStart: false };
  }
  const fromStore = 'unreadable' in stored ? undefined : parseState(stored[STATE_KEY]);
  const freshStart = fromStore === undefined;
  const state = fromSession ?? fromStore ?? INITIAL_STATE;
  const kept = freshStart ? { [SET_ASIDE_KEY]: { at: new Date().toISOString(), value: stored } } : stored;
  return { state, loadedJson: freshStart ? '' : JSON.stringify(durable(fromStore)), canSave: true, freshStart, stored: kept };
}

/** Puts the state in the session, and saves its durable part when it changed and the store is healthy. */
export async function saveState(input: HandlerInput, loaded: LoadedState, state: State, sessionOpen: boolean): Promise<void> {
  const { attributesManager, requestEnvelope } = input;
  if (sessionOpen && requestEnvelope.session) attributesManager.setSessionAttributes({ ...attributesManager.getSessionAttributes(), [STATE_KEY]: state });
  if (!loaded.canSave) return;
  const keep = durable(state);
  const json = JSON.stringify(keep);
  if (json === loaded.loadedJson) return;
  const { unreadable: _dropped, ...others } = loaded.stored ?? {};
  attributesManager.setPersistentAttributes({ ...others, [STATE_KEY]: keep });
  try {
    await withTimeout(attributesManager.savePersistentAttributes(), STORE_TIMEOUT_MS);
  } catch (error) {
    console.warn(JSON.stringify({ event: 'persistence.saveFailed', error: String(error) }));
  }
}

/**
 * "Forget my settings": the stored item is deleted. Only today's safety counts (the flow keeps them in
 * `state`, and nothing else) are written back, so that forgetting cannot reset a daily limit.
 */
export async function forgetState(input: HandlerInput, hasStore: boolean, state: State): Promise<boolean> {
  const { attributesManager, requestEnvelope } = input;
  try {
    if (hasStore) await withTimeout(Promise.resolve(attributesManager.deletePersistentAttributes?.()), STORE_TIMEOUT_MS);
    if (hasStore && (state.usage !== undefined || state.cold !== undefined)) {
      attributesManager.setPersistentAttributes({ [STATE_KEY]: durable(state) });
      await withTimeout(attributesManager.savePersistentAttributes(), STORE_TIMEOUT_MS);
    }
    if (requestEnvelope.session) attributesManager.setSessionAttributes({ [STATE_KEY]: state });
    return true;
  } catch (error) {
    console.warn(JSON.stringify({ event: 'persistence.deleteFailed', error: String(error) }));
    return false;
  }
}
