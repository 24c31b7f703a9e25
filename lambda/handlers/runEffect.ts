import type { HandlerInput } from 'ask-sdk-core';
import type { Effect, EffectResult } from '../flow/therapy';
import { alexaApis } from '../services/alexaApis';
import { cancelTimers, createTimers, listTimers } from '../services/timers';
import { renderText, type Translate } from '../speech/ssml';

/**
 * Runs the flow's request against the Timers API, and hands back what happened. Never throws: the
 * flow has charged cold rounds for the timers already, and gives them back on any failure.
 */
export async function runEffect(effect: Effect, input: HandlerInput, t: Translate, locale: string, now: Date): Promise<EffectResult> {
  try {
    return await run(effect, input, t, locale, now);
  } catch {
    return { ok: false, failure: 'network' };
  }
}

async function run(effect: Effect, input: HandlerInput, t: Translate, locale: string, now: Date): Promise<EffectResult> {
  let client;
  try {
    client = alexaApis(input)?.getTimerManagementServiceClient();
  } catch {
    client = undefined;
  }
  if (!client) return { ok: false, failure: 'network' };
  switch (effect.kind) {
    case 'createTimers': {
      const specs = effect.timers.map((timer) => ({ minutes: timer.minutes, label: renderText(timer.label, t), announce: renderText(timer.announce, t), locale }));
      const result = await createTimers(client, specs);
      return result.ok ? { ok: true, created: result.value } : result;
    }
    case 'listTimers': {
      const result = await listTimers(client, now);
      return result.ok ? { ok: true, running: result.value } : result;
    }
    case 'cancelTimers': {
      const result = await cancelTimers(client);
      return result.ok ? { ok: true } : result;
    }
  }
}
