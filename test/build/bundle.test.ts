import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { beforeAll, describe, expect, it } from 'vitest';
import { AlexaApiStandIn } from '../../lambda/local/AlexaApiStandIn';
import { buildEnvelope, DEFAULT_DEVICE, newSession } from '../../lambda/local/envelope';
import { TIMERS_SCOPE } from '../../lambda/services/timers';
import { expectValidResponse, text, textIn } from '../support/conversation';
import { toReadableText } from '../../lambda/speech/ssml';

function readable(response: ResponseEnvelope): string {
  const speech = response.response.outputSpeech;
  return toReadableText(speech?.type === 'SSML' ? speech.ssml : '');
}

/** `npm run build` makes one CommonJS bundle that answers as the Lambda handler. */
describe('the Lambda bundle (dist/index.js)', () => {
  const bundle = resolve('dist/index.js');
  let handler: (event: RequestEnvelope) => Promise<ResponseEnvelope>;

  beforeAll(() => {
    execFileSync(process.execPath, ['scripts/build.mjs', 'lambda'], { stdio: 'inherit' });
    const required = createRequire(import.meta.url)(bundle) as { handler: typeof handler };
    handler = required.handler;
  }, 60_000);

  it('is one minified file with the texts of every language, i18next and the load-on-demand parts beside it', () => {
    expect(existsSync(bundle)).toBe(true);
    expect(statSync(bundle).size).toBeLessThan(1024 * 1024);
    expect(typeof handler).toBe('function');
    for (const language of ['de', 'es', 'fr']) expect(existsSync(resolve(`dist/locales/${language}/routines.json`)), language).toBe(true);
    expect(existsSync(resolve('dist/i18next.js'))).toBe(true);
    expect(existsSync(resolve('dist/ask-sdk-model.js'))).toBe(true);
  });

  it('calls the Alexa APIs with ask-sdk-model from beside it: cold therapy sets its timer, on the device\'s day', async () => {
    const api = new AlexaApiStandIn({ timeZone: 'America/New_York' });
    const apiEndpoint = await api.start();
    try {
      const device = { ...DEFAULT_DEVICE, apiEndpoint, scopes: { [TIMERS_SCOPE]: 'GRANTED' as const } };
      const cold = await handler(buildEnvelope({ type: 'IntentRequest', intent: 'ColdTherapyIntent' }, newSession(), device));
      await expectValidResponse(cold);
      expect(readable(cold)).toContain(text('therapy:cold.started'));
      expect(api.active()).toHaveLength(1);
      // The time zone first (the round is counted on the device's day before its timer is set), then the timer.
      expect(api.calls.map((call) => `${call.method} ${call.path}`)).toEqual([`GET /v2/devices/${DEFAULT_DEVICE.deviceId}/settings/System.timeZone`, 'POST /v1/alerts/timers']);
    } finally {
      await api.stop();
    }
  });

  it('reads a language beside it when first spoken, and starts i18next for a plural', async () => {
    const german = await handler(buildEnvelope({ type: 'LaunchRequest' }, newSession(), { ...DEFAULT_DEVICE, locale: 'de-DE' }));
    await expectValidResponse(german);
    expect(readable(german)).toContain(textIn('de-DE', 'common:launch.firstWelcome'));

    const count = await handler(buildEnvelope({ type: 'IntentRequest', intent: 'ColdCountIntent' }, newSession()));
    await expectValidResponse(count);
    expect(readable(count)).toContain(text('therapy:count', { count: 0, cap: 8 }));
    expect(readable(count)).toContain('0 rounds of cold therapy');
  });

  it('answers a LaunchRequest and a start request', async () => {
    const launch = await handler(buildEnvelope({ type: 'LaunchRequest' }, newSession()));
    await expectValidResponse(launch);
    const speech = launch.response.outputSpeech;
    expect(toReadableText(speech?.type === 'SSML' ? speech.ssml : '')).toContain(text('common:launch.firstWelcome'));

    const start = await handler(
      buildEnvelope(
        { type: 'IntentRequest', intent: 'StartRoutineIntent', slots: { area: { value: 'lower back', id: 'lowerBack' }, equipment: { value: 'foam roller', id: 'foamRoller' } } },
        newSession(),
      ),
    );
    await expectValidResponse(start);
    const startSpeech = start.response.outputSpeech;
    expect(toReadableText(startSpeech?.type === 'SSML' ? startSpeech.ssml : '')).toContain(text('routines:lowerBackFoamRoller.steps.lieDown'));
    expect(start.response.shouldEndSession).toBe(false);
  });

  it('answers a malformed request with a valid spoken response, not a crash', async () => {
    const broken = { version: '1.0', request: { type: 'IntentRequest', locale: 'en-US', requestId: 'x', timestamp: new Date().toISOString() } };
    const response = await handler(broken as never);
    await expectValidResponse(response);
    expect(response.response.outputSpeech).toBeDefined();
  });
});
