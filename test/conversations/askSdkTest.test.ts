import { AlexaTest, IntentRequestBuilder, LaunchRequestBuilder, SessionEndedRequestBuilder, type SkillSettings } from 'ask-sdk-test';
import { describe, expect } from 'vitest';
import { handler } from '../../lambda/index';
import { STATE_KEY } from '../../lambda/persistence/stateAttributes';
import { escapeText } from '../../lambda/speech/ssml';
import { text } from '../support/conversation';

/**
 * The core conversation through ask-sdk-test, against the Lambda handler itself (no store:
 * the session carries the routine). Texts come from the same locale files the skill speaks.
 */
const settings: SkillSettings = {
  appId: 'amzn1.ask.skill.00000000-0000-0000-0000-000000000000',
  userId: 'amzn1.ask.account.ASKSDKTEST',
  deviceId: 'amzn1.ask.device.ASKSDKTEST',
  locale: 'en-US',
};
const ssml = (key: string, params?: Record<string, string | number>) => escapeText(text(key, params));
const contains = (...parts: string[]) => (speech: string) => parts.every((p) => speech.includes(p));
const progressOf = (attributes: Record<string, unknown> | undefined) => (attributes?.[STATE_KEY] as { progress?: { step: number; side: number } } | undefined)?.progress;

describe('core conversation (ask-sdk-test)', () => {
  const alexa = new AlexaTest(handler as never, settings);

  alexa.test(
    [
      {
        request: new LaunchRequestBuilder(settings).build(),
        says: `${ssml('common:launch.firstWelcome')} ${ssml('common:safety.firstUse')} ${ssml('common:launch.firstPrompt')}`,
        reprompts: ssml('common:launch.reprompt'),
        shouldEndSession: false,
      },
      {
        request: new IntentRequestBuilder(settings, 'StartRoutineIntent').withSlotResolution('area', 'lower back', 'BODY_AREA', 'lowerBack').build(),
        says: 'For your lower back, do you have a tennis ball, a foam roller, or just your hands?',
        shouldEndSession: false,
      },
      {
        request: new IntentRequestBuilder(settings, 'ChooseEquipmentIntent').withSlotResolution('equipment', 'tennis ball', 'EQUIPMENT', 'tennisBall').build(),
        says: contains(ssml('routines:lowerBackTennisBall.intro'), 'Step 1 of 5.', ssml('routines:lowerBackTennisBall.steps.lieDown')),
        reprompts: ssml('common:routine.reprompt'),
        shouldEndSession: false,
        callback: (response) => expect(progressOf(response.sessionAttributes)).toMatchObject({ step: 0 }),
      },
      { request: new IntentRequestBuilder(settings, 'AMAZON.NextIntent').build(), saysLike: 'Step 2 of 5.', shouldEndSession: false },
      {
        request: new IntentRequestBuilder(settings, 'AMAZON.NextIntent').build(),
        says: contains('Step 3 of 5.', 'Go ahead. <break time="9500ms"/> 10. <break time="9500ms"/> 20. <break time="9500ms"/> 30, and stop.'),
        shouldEndSession: false,
        callback: (response) => expect(progressOf(response.sessionAttributes)).toMatchObject({ step: 2 }),
      },
      { request: new IntentRequestBuilder(settings, 'AMAZON.RepeatIntent').build(), saysLike: 'Step 3 of 5.', shouldEndSession: false },
      { request: new IntentRequestBuilder(settings, 'AMAZON.PreviousIntent').build(), saysLike: 'Step 2 of 5.', shouldEndSession: false },
      {
        request: new IntentRequestBuilder(settings, 'WhereAmIIntent').build(),
        saysLike: ssml('common:routine.where', { step: 2, total: 5, routine: text('routines:lowerBackTennisBall.name') }),
        shouldEndSession: false,
      },
      { request: new IntentRequestBuilder(settings, 'AMAZON.HelpIntent').build(), saysLike: ssml('common:help.inRoutine', { step: 2, total: 5 }), shouldEndSession: false },
      { request: new IntentRequestBuilder(settings, 'AMAZON.FallbackIntent').build(), says: ssml('common:fallback.inRoutine'), shouldEndSession: false },
      {
        request: new IntentRequestBuilder(settings, 'AMAZON.StopIntent').build(),
        says: `${ssml('common:routine.stoppedSaved', { step: 2 })} ${ssml('common:goodbye')}`,
        shouldEndSession: true,
      },
    ],
    'launch, choose, step through, help, fallback, stop',
  );

  alexa.test(
    [
      {
        request: new IntentRequestBuilder(settings, 'StartRoutineIntent').withSlotResolutionNoMatch('area', 'elbow', 'BODY_AREA').build(),
        saysLike: ssml('common:choose.unknownArea'),
        shouldEndSession: false,
      },
      { request: new IntentRequestBuilder(settings, 'AMAZON.NoIntent').build(), saysLike: ssml('common:goodbye'), shouldEndSession: true },
    ],
    'an area it does not know',
  );

  alexa.test([{ request: new SessionEndedRequestBuilder(settings, 'EXCEEDED_MAX_REPROMPTS').build(), saysNothing: true, repromptsNothing: true }], 'session end');
});
