import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildEnvelope, newSession } from '../../lambda/local/envelope';
import { expectValidResponse, text } from '../support/conversation';
import { toReadableText } from '../../lambda/speech/ssml';

/** `npm run build` makes one CommonJS bundle that answers as the Lambda handler. */
describe('the Lambda bundle (dist/index.js)', () => {
  const bundle = resolve('dist/index.js');
  let handler: (event: RequestEnvelope) => Promise<ResponseEnvelope>;

  beforeAll(() => {
    execFileSync(process.execPath, ['scripts/build.mjs', 'lambda'], { stdio: 'inherit' });
    const required = createRequire(import.meta.url)(bundle) as { handler: typeof handler };
    handler = required.handler;
  }, 60_000);

  it('is one minified file with the locales inside', () => {
    expect(existsSync(bundle)).toBe(true);
    expect(statSync(bundle).size).toBeLessThan(1024 * 1024);
    expect(typeof handler).toBe('function');
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
