import { getRequestType, SkillBuilders, type HandlerInput } from 'ask-sdk-core';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { State } from '../lambda/flow/State';
import { STATE_KEY } from '../lambda/persistence/stateAttributes';
import { invokeSafely, jsonLogger } from '../lambda/skill';

/**
 * A reference for the warm measure: the hello world doing only what every request of this skill
 * must do before any work of its own. Its session carries a state of the skill's size mid-routine
 * (ask-sdk-core copies session attributes through JSON on every request), and each request writes
 * the skill's request log line (one JSON line to stdout). Bundled and measured like the baseline.
 */
const midRoutine: State = {
  v: 2,
  safetyHeard: true,
  prefs: { equipment: ['hands'] },
  progress: { routine: 'lowerBackHands', step: 1, side: 0, paused: false, updatedAt: '2026-01-01T00:00:00.000Z' },
};

const skill = SkillBuilders.custom()
  .addRequestHandlers({
    canHandle: (input: HandlerInput) => getRequestType(input.requestEnvelope) === 'LaunchRequest' || getRequestType(input.requestEnvelope) === 'IntentRequest',
    handle: (input: HandlerInput) => {
      if (input.requestEnvelope.session) input.attributesManager.setSessionAttributes({ [STATE_KEY]: midRoutine });
      return input.responseBuilder.speak('Hello world.').reprompt('Say hello again?').withShouldEndSession(false).getResponse();
    },
  })
  .addErrorHandlers({ canHandle: () => true, handle: (input: HandlerInput) => input.responseBuilder.speak('Sorry.').getResponse() })
  .create();

export async function handler(event: RequestEnvelope): Promise<ResponseEnvelope> {
  return invokeSafely(skill, event, undefined, jsonLogger);
}
