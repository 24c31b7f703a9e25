import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';

/**
 * Requests that are not part of a conversation (skill events, screen touches the skill did not
 * ask for, messages): answered with an empty, valid response, and nothing changed.
 */
export const QuietHandler: RequestHandler = {
  canHandle(): boolean {
    return true;
  },
  handle(input: HandlerInput): Response {
    return input.responseBuilder.getResponse();
  },
};
