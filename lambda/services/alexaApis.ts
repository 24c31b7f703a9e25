import type { HandlerInput } from 'ask-sdk-core';
import type { DefaultApiClient } from 'ask-sdk-core/dist/service/DefaultApiClient';
import type { services } from 'ask-sdk-model';

/*
 * The Alexa service clients (Timers, settings), made when a request first calls an Alexa API. The
 * skill does not hand the SDK an API client: the SDK would then make a client factory for every
 * request, and ask-sdk-model, whose only code is these clients (60 KB), would load with the skill.
 * Few requests call an API; the Lambda build keeps ask-sdk-model beside the bundle for them.
 */
let httpClient: DefaultApiClient | undefined;
const apiClient: services.ApiClient = {
  invoke(request) {
    httpClient ??= new (require('ask-sdk-core/dist/service/DefaultApiClient') as typeof import('ask-sdk-core/dist/service/DefaultApiClient')).DefaultApiClient();
    return httpClient.invoke(request);
  },
};

let Factory: typeof services.ServiceClientFactory | undefined;

/** The service clients for this request, as the SDK would make them (at the request's API endpoint, with its token). */
export function alexaApis(input: HandlerInput): services.ServiceClientFactory | undefined {
  const system = input.requestEnvelope.context?.System;
  if (!system) return undefined;
  Factory ??= (require('ask-sdk-model') as typeof import('ask-sdk-model')).services.ServiceClientFactory;
  return new Factory({ apiClient, apiEndpoint: system.apiEndpoint, authorizationValue: system.apiAccessToken ?? '' });
}
