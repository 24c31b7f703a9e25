import type { RequestEnvelope } from 'ask-sdk-model';

/**
 * Whose saved state this is: the recognised voice profile when there is one, else the
 * Alexa account's user. Undefined when the request names neither (nothing is loaded or saved).
 */
export function persistenceKey(envelope: RequestEnvelope): string | undefined {
  const system = envelope.context?.System;
  return system?.person?.personId || system?.user?.userId || envelope.session?.user?.userId || undefined;
}
