import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { transition } from '../flow/transition';
import { say } from '../speech/Reply';
import { renderReply } from '../speech/ssml';
import { requestContext } from './requestContext';
import { requestEvent } from './requestEvent';

/**
 * Every request the conversation flow answers: read state, step the flow, save, speak.
 * Which request means what lives in `requestEvent`; what to say lives in the flow and locales.
 */
export const FlowHandler: RequestHandler = {
  canHandle(input: HandlerInput): boolean {
    return requestEvent(input.requestEnvelope) !== undefined;
  },
  async handle(input: HandlerInput): Promise<Response> {
    const event = requestEvent(input.requestEnvelope);
    const context = requestContext(input);
    if (event === undefined) return input.responseBuilder.getResponse();
    const { state, reply } = transition(context.loaded.state, event, {
      now: context.now,
      today: context.today,
      newSession: input.requestEnvelope.session?.new !== false,
    });
    const lines = context.loaded.freshStart ? [say('common:persistence.freshStart'), ...reply.speak] : reply.speak;
    const rendered = renderReply({ ...reply, speak: lines }, context.t);
    await context.save(state, !rendered.end);
    if (event.type === 'sessionEnd') return input.responseBuilder.getResponse();
    const builder = input.responseBuilder.speak(rendered.ssml);
    if (rendered.reprompt !== undefined) builder.reprompt(rendered.reprompt);
    return builder.withShouldEndSession(rendered.end).getResponse();
  },
};
