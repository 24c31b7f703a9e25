import type { ErrorHandler as AskErrorHandler, HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { say } from '../speech/Reply';
import { renderReply } from '../speech/ssml';
import { translatorOf } from './requestContext';

/**
 * Requests this handler answered, with what went wrong: `invokeSafely` logs them as `error` (level ERROR), with the
 * request id, instead of `ok`. A WeakMap: nothing outlives its request.
 */
export const answeredAfterError = new WeakMap<object, string>();

/**
 * The one catch-all: anything that went wrong still gets a spoken answer and keeps the
 * session open. Nothing is saved on this path, so no saved progress is lost.
 */
export const ErrorHandler: AskErrorHandler = {
  canHandle(): boolean {
    return true;
  },
  handle(input: HandlerInput, error: Error): Response {
    let requestType = 'unknown';
    try {
      requestType = input.requestEnvelope.request.type;
    } catch {
      // a request without a type: answered all the same
    }
    answeredAfterError.set(input.requestEnvelope, error?.message ?? String(error));
    if (requestType === 'SessionEndedRequest') return input.responseBuilder.getResponse();
    const rendered = renderReply({ speak: [say('common:error.generic')], reprompt: [say('common:error.reprompt')], end: false }, translatorOf(input));
    return input.responseBuilder.speak(rendered.ssml).reprompt(rendered.reprompt ?? rendered.ssml).withShouldEndSession(false).getResponse();
  },
};
