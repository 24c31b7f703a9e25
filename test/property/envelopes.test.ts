import fc from 'fast-check';
import { check } from 'ssml-check-core';
import { describe, expect, it } from 'vitest';
import model from '../../skill-package/interactionModels/custom/en-US.json';
import { speakingLocale } from '../../lambda/i18n';
import { buildSkill, invokeSafely } from '../../lambda/skill';
import { TestStore } from '../support/stores';

/**
 * Thousands of generated request envelopes, of every kind the skill may receive (and kinds it does
 * not handle), with odd slots, missing fields, corrupt or old session state and unknown locales:
 * every one gets a schema-valid response, valid SSML under 8,000 characters, under 24 KB, and never
 * an unhandled exception. Seeded, so a failure is reproducible.
 */
const SEED = 20261121;
const RUNS = 3000;

const intents = [...model.interactionModel.languageModel.intents.map((i) => i.name), 'UnknownIntent', ''];
const slotNames = ['area', 'equipment', 'rounds', 'duration', 'need', 'topic', 'symptom', 'oil', 'pace', 'x'];
const ids = ['lowerBack', 'neck', 'eyes', 'tennisBall', 'foamRoller', 'partner', 'backPain', 'sleep', 'fever', 'lavender', 'slow', 'nope', ''];

const text = fc.oneof(
  fc.constantFrom('', ' ', 'lower back', 'PT20M', 'PT99H', '3', '-1', '1e9', '?', 'NaN', '<speak>', '& < > " \''),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constant('x'.repeat(5000)),
);

const resolution = fc.oneof(
  fc.constant(undefined),
  fc.record({
    resolutionsPerAuthority: fc.array(
      fc.record({
        authority: fc.constant('amzn1.er-authority.echo-sdk.x'),
        status: fc.record({ code: fc.constantFrom('ER_SUCCESS_MATCH', 'ER_SUCCESS_NO_MATCH', 'ER_ERROR_TIMEOUT', 'weird') }),
        values: fc.oneof(fc.constant(undefined), fc.array(fc.record({ value: fc.record({ id: fc.constantFrom(...ids), name: text }) }), { maxLength: 2 })),
      }),
      { maxLength: 2 },
    ),
  }),
  fc.anything(),
);

const slot = fc.record({ name: fc.constantFrom(...slotNames), value: fc.oneof(text, fc.constant(undefined), fc.integer()), confirmationStatus: fc.constant('NONE'), resolutions: resolution });
const slots = fc.oneof(fc.constant(undefined), fc.dictionary(fc.constantFrom(...slotNames), slot, { maxKeys: 4 }), fc.anything());

const progress = fc.record({ routine: fc.constantFrom('lowerBackTennisBall', 'partnerLowerBack', 'gone'), step: fc.integer({ min: -1, max: 9 }), side: fc.nat(2), paused: fc.boolean(), updatedAt: fc.constantFrom('2026-01-01T00:00:00Z', 'yesterday') });
const savedState = fc.oneof(
  fc.constant(undefined),
  fc.record({ v: fc.constantFrom(1, 2), visits: fc.nat(5), safetyHeard: fc.boolean(), progress, prefs: fc.constant({}) }),
  fc.record({ v: fc.constant(1), visits: fc.nat(3), safetyHeard: fc.boolean() }),
  fc.anything(),
);

const locale = fc.oneof(fc.constantFrom('en-US', 'en-GB', 'de-DE', 'es-ES', 'fr-FR', 'en-IN', 'ja-JP', 'pt-BR', 'xx', ''), fc.string({ maxLength: 12 }), fc.constant(undefined));

const requestType = fc.constantFrom(
  'LaunchRequest', 'IntentRequest', 'IntentRequest', 'IntentRequest', 'SessionEndedRequest', 'CanFulfillIntentRequest',
  'Connections.Response', 'Display.ElementSelected', 'AlexaSkillEvent.SkillEnabled', 'AlexaSkillEvent.SkillPermissionAccepted',
  'Messaging.MessageReceived', 'Alexa.Presentation.APL.UserEvent', 'System.ExceptionEncountered', 'SomethingNew',
);

const envelope = fc
  .record({
    type: requestType,
    intent: fc.constantFrom(...intents),
    slots,
    locale,
    session: fc.oneof(fc.constant(undefined), fc.record({ new: fc.boolean(), attributes: fc.oneof(fc.constant({}), fc.record({ massageCoach: savedState }), fc.anything()) })),
    hasContext: fc.boolean(),
    hasUser: fc.boolean(),
    hasDevice: fc.boolean(),
    apl: fc.boolean(),
    status: fc.constantFrom('ACCEPTED', 'DENIED', 'NOT_ANSWERED', 'other'),
    args: fc.oneof(fc.constant(['next']), fc.array(fc.anything(), { maxLength: 2 })),
  })
  .map((g) => {
    const application = { applicationId: 'amzn1.ask.skill.property' };
    const user = g.hasUser ? { userId: 'amzn1.ask.account.PROPERTY' } : undefined;
    return {
      version: '1.0',
      ...(g.session ? { session: { new: g.session.new, sessionId: 'amzn1.echo-api.session.p', application, user, attributes: g.session.attributes } } : {}),
      ...(g.hasContext
        ? {
            context: {
              System: {
                application,
                ...(user ? { user } : {}),
                ...(g.hasDevice ? { device: { deviceId: 'amzn1.ask.device.P', supportedInterfaces: g.apl ? { 'Alexa.Presentation.APL': {} } : {} } } : {}),
                apiEndpoint: 'http://127.0.0.1:9',
                apiAccessToken: 'token',
              },
            },
          }
        : {}),
      request: {
        type: g.type,
        requestId: 'amzn1.echo-api.request.p',
        timestamp: new Date().toISOString(),
        ...(g.locale !== undefined ? { locale: g.locale } : {}),
        ...(g.type === 'IntentRequest' || g.type === 'CanFulfillIntentRequest' ? { intent: { name: g.intent, confirmationStatus: 'NONE', slots: g.slots } } : {}),
        ...(g.type === 'Connections.Response' ? { name: 'AskFor', payload: { status: g.status } } : {}),
        ...(g.type === 'Alexa.Presentation.APL.UserEvent' ? { arguments: g.args } : {}),
        ...(g.type === 'SessionEndedRequest' ? { reason: 'USER_INITIATED' } : {}),
      },
    };
  });

describe('generated request envelopes', () => {
  it(`${RUNS} of them all get a valid response (seed ${SEED})`, async () => {
    const skill = buildSkill({ persistenceAdapter: new TestStore() });
    const quiet = console.error;
    const warn = console.warn;
    console.error = () => undefined;
    console.warn = () => undefined;
    try {
      await fc.assert(
        fc.asyncProperty(envelope, async (request) => {
          const response = await invokeSafely(skill, request as never);
          expect(response.version).toBe('1.0');
          expect(typeof response.response).toBe('object');
          expect(JSON.stringify(response).length).toBeLessThan(24 * 1024);
          for (const speech of [response.response.outputSpeech, response.response.reprompt?.outputSpeech]) {
            if (!speech) continue;
            expect(speech.type).toBe('SSML');
            const ssml = speech.type === 'SSML' ? speech.ssml : '';
            expect(ssml.length).toBeLessThanOrEqual(8000);
            expect(await check(ssml, { platform: 'amazon', locale: speakingLocale(request.request.locale) }), ssml).toBeUndefined();
          }
          if (response.response.shouldEndSession === false) expect(response.response.reprompt).toBeDefined();
        }),
        { seed: SEED, numRuns: RUNS },
      );
    } finally {
      console.error = quiet;
      console.warn = warn;
    }
  }, 120_000);
});
