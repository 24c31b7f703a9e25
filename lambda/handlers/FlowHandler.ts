import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { transition, type Context, type Event, type Outcome } from '../flow/transition';
import type { State } from '../flow/State';
import { say } from '../speech/Reply';
import { STEP_CARD_TOKEN, stepDocument } from '../display/stepDocument';
import { renderReply, renderText, type Translate } from '../speech/ssml';
import type { StepScreen } from '../speech/Reply';
import { requestContext, type RequestContext } from './requestContext';
import { requestEvent } from './requestEvent';
import { runEffect } from './runEffect';
import { TIMERS_SCOPE } from '../services/timers';

/**
 * Every request the conversation flow answers: read state, step the flow (running any Timers API
 * work it asks for and stepping it again with the result), save, speak.
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
    const ctx: Context = {
      now: context.now,
      today: context.today,
      newSession: input.requestEnvelope.session?.new !== false,
      timerPermission: context.timerPermission,
      coldDailyRounds: context.coldDailyRounds,
    };
    let outcome = await think(context, context.loaded.state, event, ctx);
    // What counts toward a daily limit is written before it is spoken, and cold rounds before their
    // timers are set (the flow charges them when it plans them): when another device counted first,
    // think again from the record's counts, so that the limit holds for both (a bounded number of times).
    for (let fresher = await context.commit(outcome.state); fresher !== undefined; fresher = await context.commit(outcome.state)) {
      outcome = await think(context, fresher, event, ctx);
    }
    if (outcome.effect) {
      // Timers not set (refused, failed): the flow gives the rounds charged for them back, saved below.
      const result = await runEffect(outcome.effect, input, context.t, context.locale, context.now);
      outcome = await think(context, outcome.state, { type: 'timers', of: outcome.effect.kind, result }, { ...ctx, newSession: false });
    }
    const { state, reply } = outcome;
    const lines = context.loaded.freshStart ? [say('common:persistence.freshStart'), ...reply.speak] : reply.speak;
    let rendered = renderReply({ ...reply, speak: lines }, context.t, state.prefs.pace);
    if (outcome.forget) {
      if (!(await context.forget(state))) rendered = renderReply({ speak: [say('common:prefs.forgetFailed')], end: true }, context.t);
    } else await context.save(state, !rendered.end || rendered.askTimerPermission === true);
    if (event.type === 'sessionEnd') return input.responseBuilder.getResponse();
    const builder = input.responseBuilder.speak(rendered.ssml);
    if (rendered.askTimerPermission) {
      // Alexa asks the question itself and answers with a Connections.Response: no reprompt, session left to Alexa.
      return builder
        .addDirective({
          type: 'Connections.SendRequest',
          name: 'AskFor',
          payload: { '@type': 'AskForPermissionsConsentRequest', '@version': '1', permissionScope: TIMERS_SCOPE },
          token: '',
        })
        .getResponse();
    }
    if (rendered.permissionCard) builder.withAskForPermissionsConsentCard([TIMERS_SCOPE]);
    else if (reply.card) builder.withSimpleCard(renderText(reply.card.title, context.t), reply.card.lines.map((line) => renderText(line, context.t)).join('\n'));
    if (reply.screen && supportsApl(input)) builder.addDirective(stepCard(reply.screen, context.t));
    if (rendered.reprompt !== undefined) builder.reprompt(rendered.reprompt);
    return builder.withShouldEndSession(rendered.end).getResponse();
  },
};

/**
 * Steps the flow. It is pure: when it looked at a daily limit before the device's time zone was
 * known, and the device's zone makes it another day, it is simply asked again.
 */
async function think(context: RequestContext, state: State, event: Event, ctx: Context): Promise<Outcome> {
  const outcome = transition(state, event, ctx);
  return (await context.settleDay()) ? transition(state, event, ctx) : outcome;
}

function supportsApl(input: HandlerInput): boolean {
  return input.requestEnvelope.context?.System?.device?.supportedInterfaces?.['Alexa.Presentation.APL'] !== undefined;
}

/** The APL step card, with every word from the locales. */
function stepCard(screen: StepScreen, t: Translate) {
  return {
    type: 'Alexa.Presentation.APL.RenderDocument' as const,
    token: STEP_CARD_TOKEN,
    document: stepDocument,
    datasources: {
      step: {
        routine: renderText(screen.routine, t),
        progress: t('common:routine.stepHeader', { step: screen.step, total: screen.total }),
        instruction: renderText(screen.instruction, t),
        holdSeconds: screen.holdSeconds,
        holdLabel: t('common:screen.secondsLeft'),
        doneLabel: t('common:screen.done'),
        nextLabel: t('common:screen.next'),
      },
    },
  };
}
