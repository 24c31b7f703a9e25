import { getRequestType, SkillBuilders, type HandlerInput } from 'ask-sdk-core';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';

/**
 * The benchmark's baseline: a minimal hello-world skill on ask-sdk-core, bundled the same way as
 * the real one (esbuild, minified CommonJS), so that the difference is what this skill adds.
 */
const skill = SkillBuilders.custom()
  .addRequestHandlers({
    canHandle: (input: HandlerInput) => getRequestType(input.requestEnvelope) === 'LaunchRequest' || getRequestType(input.requestEnvelope) === 'IntentRequest',
    handle: (input: HandlerInput) => input.responseBuilder.speak('Hello world.').reprompt('Say hello again?').getResponse(),
  })
  .addErrorHandlers({ canHandle: () => true, handle: (input: HandlerInput) => input.responseBuilder.speak('Sorry.').getResponse() })
  .create();

export async function handler(event: RequestEnvelope): Promise<ResponseEnvelope> {
  return skill.invoke(event);
}
