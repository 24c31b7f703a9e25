import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { transition, type Context, type Event, type Outcome } from '../flow/transition';
import type { State } from '../flow/State';
import { say } from '../speech/Reply';
import { STEP_CARD_TOKEN, stepDocument } from '../display/stepDocument';
import { WEEK_CARD_TOKEN, weekDocument } from '../display/weekDocument';
import type { WeekScreen } from '../flow/history';
import { renderReply, renderText, type Translate } from '../speech/ssml';
import type { StepScreen } from '../speech/Reply';
import { withClock } from './clockTranslate';
import { requestContext, type RequestContext } from './requestContext';
import { requestEvent } from './requestEvent';
import { runEffect } from './runEffect';
import { REMINDERS_SCOPE } from '../services/reminders';
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
      timeZone: context.timeZone,
      newSession: input.requestEnvelope.session?.new !== false,
      timerPermission: context.timerPermission,
      reminderPermission: context.reminderPermission,
      coldDailyRounds: context.coldDailyRounds,
      screen: supportsApl(input),
    };
    // Times said in a reply ("every Sunday at 7 PM") are put in words by the locale's clock texts.
    const t = withClock(context.t);
    let outcome = await think(context, context.loaded.state, event, ctx);
    // What counts toward a daily limit is written before it is spoken, and cold rounds before their
    // timers are set (the flow charges them when it plans them): when another device counted first,
    // think again from the record's counts, so that the limit holds for both (a bounded number of times).
    for (let fresher = await context.commit(outcome.state); fresher !== undefined; fresher = await context.commit(outcome.state)) {
      outcome = await think(context, fresher, event, ctx);
    }
    // "Forget my settings": the record is deleted first; only then the reminders (nothing is half forgotten).
    let forgotten = false;
    if (outcome.forget) {
      forgotten = await context.forget(outcome.state);
      if (!forgotten) return speakOnly(input, renderReply({ speak: [say('common:prefs.forgetFailed')], end: true }, t).ssml);
    }
    if (outcome.effect) {
      // Timers not set (refused, failed): the flow gives the rounds charged for them back, saved below.
      // Reminders are created with the request's local time (the flow has settled the zone when it set one).
      const reminders = outcome.effect.kind === 'createReminders' || (outcome.effect.kind === 'createTimers' && (outcome.effect.reminders?.length ?? 0) > 0);
      const zone = reminders ? context.timeZone() : 'UTC';
      const result = await runEffect(outcome.effect, input, { t, locale: context.locale, now: context.now, timeZone: zone });
      outcome = await think(context, outcome.state, result, { ...ctx, newSession: false });
    }
    const { state, reply } = outcome;
    const lines = context.loaded.freshStart ? [say('common:persistence.freshStart'), ...reply.speak] : reply.speak;
    const rendered = renderReply({ ...reply, speak: lines }, t, state.prefs.pace);
    if (!forgotten) await context.save(state, !rendered.end || rendered.askTimerPermission === true);
    if (event.type === 'sessionEnd') return input.responseBuilder.getResponse();
    const builder = input.responseBuilder.speak(rendered.ssml);
    const scope = outcome.scope === 'reminders' ? REMINDERS_SCOPE : TIMERS_SCOPE;
    if (rendered.askTimerPermission) {
      // Alexa asks the question itself and answers with a Connections.Response: no reprompt, session left to Alexa.
      return builder
        .addDirective({
          type: 'Connections.SendRequest',
          name: 'AskFor',
          payload: { '@type': 'AskForPermissionsConsentRequest', '@version': '1', permissionScope: scope },
          token: '',
        })
        .getResponse();
    }
    if (rendered.permissionCard) builder.withAskForPermissionsConsentCard([scope]);
    else if (reply.card) builder.withSimpleCard(renderText(reply.card.title, t), reply.card.lines.map((line) => renderText(line, t)).join('\n'));
    if (reply.screen && supportsApl(input)) builder.addDirective(stepCard(reply.screen, t));
    else if (outcome.week && supportsApl(input)) builder.addDirective(weekCard(outcome.week, t));
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

function speakOnly(input: HandlerInput, ssml: string): Response {
  return input.responseBuilder.speak(ssml).withShouldEndSession(true).getResponse();
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

/** The week at a glance: a column a day, what was done, every word from the locales. */
function weekCard(week: WeekScreen, t: Translate) {
  const counted = (key: string, count: number) => (count > 0 ? t(key, { count }) : '');
  return {
    type: 'Alexa.Presentation.APL.RenderDocument' as const,
    token: WEEK_CARD_TOKEN,
    document: weekDocument,
    datasources: {
      week: {
        title: t('common:history.screen.title'),
        days: week.days.map((day) => ({
          label: t(day.today ? 'common:history.screen.today' : `common:history.screen.days.${day.weekday}`),
          lines: [counted('common:history.screen.massages', day.massages), counted('common:history.screen.cold', day.coldRounds), counted('common:history.screen.heat', day.heat)].filter(Boolean),
          rest: day.massages + day.coldRounds + day.heat === 0 ? t('common:history.screen.rest') : '',
          today: day.today,
        })),
      },
    },
  };
}
