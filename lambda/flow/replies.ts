import type { Line, Reply } from '../speech/Reply';
import type { State } from './State';

/** Small helpers shared by the flow's modules. */
export const ask = (speak: readonly Line[], reprompt: readonly Line[]): Reply => ({ speak, reprompt, end: false });
export const tell = (speak: readonly Line[]): Reply => ({ speak, end: true });

/** The user is in a routine right now, in this session. */
export function inRoutine(state: State): boolean {
  return state.progress !== undefined && !state.progress.paused;
}

/** A slot value the flow can act on: neither missing nor 'unknown'. */
export function known<T extends string>(value: T | 'unknown' | undefined): T | undefined {
  return value === 'unknown' ? undefined : value;
}

export function cleared(state: State): State {
  return state.pending === undefined ? state : { ...state, pending: undefined };
}
