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
import { commitState, forgetState, keepState, writeState } from '../persistence/stateAttributes';
import { contextOf, requestContext, type RequestContext } from './requestContext';
import { runEffect } from './runEffect';
import { REMINDERS_SCOPE } from '../services/reminders';
import { TIMERS_SCOPE } from '../services/timers';

/**
 * Every request the conversation flow answers: read state, step the flow (running any Timers API
 * work it asks for and stepping it again with the result), save, speak.
 * Which request means what lives in `requestEvent` (worked out once, in the request's context); what to say
 * lives in the flow and locales.
 */
export const FlowHandler: RequestHandler = {
  canHandle(input: HandlerInput): boolean {
    return contextOf(input)?.event !== undefined;
  },
  async handle(input: HandlerInput): Promise<Response> {
    const context = requestContext(input);
    const { event } = context;
    if (event === undefined) return input.responseBuilder.getResponse();
    // Times said in a reply ("every Sunday at 7 PM") are put in words by the locale's clock texts.
    const t = withClock(context.t);
    let outcome = transition(context.loaded.state, event, context);
    if (context.dayGuessed()) outcome = await settled(context, context.loaded.state, event, context, outcome);
    // What counts toward a daily limit is written before it is spoken, and cold rounds before their
    // timers are set (the flow charges them when it plans them): when another device counted first,
    // think again from the record's counts, so that the limit holds for both (a bounded number of times).
    const { record, now } = context;
    if (record) outcome = await committed(input, context, record, event, outcome);
    // "Forget my settings": the record is deleted first; only then the reminders (nothing is half forgotten).
    let forgotten = false;
    if (outcome.forget) {
      forgotten = await forgetState(input, record, outcome.state, now);
      if (!forgotten) return speakOnly(input, renderReply({ speak: [say('common:prefs.forgetFailed')], end: true }, t).ssml);
    }
    if (outcome.effect) outcome = await afterEffect(input, context, outcome, outcome.effect, t);
    const { state, reply } = outcome;
    const rendered = renderReply(context.loaded.freshStart ? { ...reply, speak: [say('common:persistence.freshStart'), ...reply.speak] } : reply, t, state.prefs.pace);
    if (!forgotten) {
      // Written to the store when this request read the record; kept in the session either way.
      const kept = record?.read ? await writeState(input, record, state, now) : state;
      keepState(input, record, kept, !rendered.end || rendered.askTimerPermission === true);
    }
    if (event.type === 'sessionEnd') return input.responseBuilder.getResponse();
    const builder = input.responseBuilder.speak(rendered.ssml);
    const scope = outcome.scope === 'reminders' ? REMINDERS_SCOPE : TIMERS_SCOPE;
    // Alexa asks the question itself and answers with a Connections.Response: no reprompt, session left to Alexa.
    if (rendered.askTimerPermission) return builder.addDirective(askFor(scope)).getResponse();
    if (rendered.permissionCard) builder.withAskForPermissionsConsentCard([scope]);
    else if (reply.card) builder.withSimpleCard(renderText(reply.card.title, t), reply.card.lines.map((line) => renderText(line, t)).join('\n'));
    if (reply.screen && context.screen) builder.addDirective(stepCard(reply.screen, t));
    else if (outcome.week && context.screen) builder.addDirective(weekCard(outcome.week, t));
    if (rendered.reprompt !== undefined) builder.reprompt(rendered.reprompt);
    return builder.withShouldEndSession(rendered.end).getResponse();
  },
};

/**
 * Writes what counted toward a daily limit, and thinks again while another device had counted first.
 * Apart from `handle`, like the permission request and the Alexa API work: V8 compiles a function whole
 * the first time it runs, and a request that does none of it (a launch) is spared about 0.05 ms.
 */
async function committed(input: HandlerInput, context: RequestContext, record: NonNullable<RequestContext['record']>, event: Event, outcome: Outcome): Promise<Outcome> {
  for (let fresher = await commitState(input, record, outcome.state, context.now); fresher !== undefined; fresher = await commitState(input, record, outcome.state, context.now)) {
    outcome = await think(context, fresher, event, context);
  }
  return outcome;
}

/** Hands the timers or reminders permission question to Alexa (Connections.SendRequest AskFor). */
function askFor(scope: string) {
  return {
    type: 'Connections.SendRequest' as const,
    name: 'AskFor',
    payload: { '@type': 'AskForPermissionsConsentRequest', '@version': '1', permissionScope: scope },
    token: '',
  };
}

/**
 * Runs the Alexa API work the flow asked for, and steps the flow again with what happened.
 * Timers not set (refused, failed): the flow gives the rounds charged for them back, saved after.
 * Reminders are created with the request's local time (the flow has settled the zone when it set one).
 */
async function afterEffect(input: HandlerInput, context: RequestContext, outcome: Outcome, effect: NonNullable<Outcome['effect']>, t: Translate): Promise<Outcome> {
  const reminders = effect.kind === 'createReminders' || (effect.kind === 'createTimers' && (effect.reminders?.length ?? 0) > 0);
  const zone = reminders ? context.timeZone() : 'UTC';
  const result = await runEffect(effect, input, { t, locale: context.locale, now: context.now, timeZone: zone });
  return think(context, outcome.state, result, { ...context, newSession: false });
}

/** Steps the flow, and settles the day when it looked at one it had to guess (see `settled`). */
async function think(context: RequestContext, state: State, event: Event, ctx: Context): Promise<Outcome> {
  return settled(context, state, event, ctx, transition(state, event, ctx));
}

/**
 * The flow is pure: when it looked at a daily limit before the device's time zone was known, and the
 * device's zone makes it another day, it is simply asked again. A request that looked at no day it
 * had to guess has nothing to wait for: the handler comes here only for those that did.
 */
async function settled(context: RequestContext, state: State, event: Event, ctx: Context, outcome: Outcome): Promise<Outcome> {
  return (await context.settleDay()) ? transition(state, event, ctx) : outcome;
}

function speakOnly(input: HandlerInput, ssml: string): Response {
  return input.responseBuilder.speak(ssml).withShouldEndSession(true).getResponse();
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
