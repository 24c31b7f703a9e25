import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SUPPORTED_LOCALES } from '../../lambda/i18n';
import { RED_FLAG_ROUTE, RED_FLAG_ROUTE_TEXT, type RedFlag } from '../../lambda/content/safety';
import { AlexaApiStandIn } from '../../lambda/local/AlexaApiStandIn';
import { Invocation } from '../../lambda/local/invocation';
import type { InteractionModel } from '../../lambda/local/nlu';
import { TIMERS_SCOPE } from '../../lambda/services/timers';
import { readAnnotations } from '../nlu/readAnnotations';
import { Conversation, text, textIn } from '../support/conversation';


describe('everything said in one breath is used', () => {
  let api: AlexaApiStandIn;
  let endpoint: string;
  beforeEach(async () => {
    api = new AlexaApiStandIn({ timeZone: 'UTC', clock: () => Date.parse('2026-03-02T10:00:00Z') });
    endpoint = await api.start();
  });
  afterEach(() => api.stop());

  const user = () => new Conversation({ clock: () => new Date('2026-03-02T10:00:00Z'), device: { apiEndpoint: endpoint, scopes: { [TIMERS_SCOPE]: 'GRANTED' } } });
  const oneShot = (words: string) => {
    const model = JSON.parse(readFileSync('skill-package/interactionModels/custom/en-US.json', 'utf8')) as InteractionModel;
    const turn = new Invocation(model, 'en').interpret(words);
    if (turn.kind !== 'utterance' || !turn.oneShot) throw new Error(`not a one-shot: ${words}`);
    return turn.text;
  };

  it.each(['ask massage coach to start three rounds of cold therapy', 'ask massage coach for 3 rounds of ice', 'tell massage coach to do three rounds of cold therapy please'])(
    'U: %s / A: three rounds set (five timers), and saved as three',
    async (words) => {
      const c = user();
      const heard = await c.say(oneShot(words));
      expect(api.active().length).toBe(5);
      expect(heard.text).toContain(text('therapy:cold.started'));
      expect((await c.saved())?.cold?.rounds).toBe(3);
    },
  );

  it('U: ice my back for ten minutes, two rounds / A: two rounds of ten minutes', async () => {
    const c = user();
    await c.say('ice my back for ten minutes two rounds');
    expect(api.active().map((t) => t.request.duration)).toEqual(['PT10M', 'PT30M', 'PT40M']);
  });

  it('U: heat my back for fifteen minutes / A: a 15-minute heat timer', async () => {
    const c = user();
    await c.say('heat my back for fifteen minutes');
    expect(api.active().map((t) => t.request.duration)).toEqual(['PT15M']);
  });
});

/** Every red-flag and pregnancy line of every locale's annotation set, said fresh and in a routine. */
const PART = 1000;
describe('safety is heard first, in every form and every locale', () => {
  for (const locale of SUPPORTED_LOCALES) {
    const all = readAnnotations(readFileSync(`test/nlu/${locale}.tsv`, 'utf8')).filter((a) => a.intent === 'RedFlagIntent' || a.intent === 'PregnancyIntent');
    it(`${locale}: at least 10 red-flag and pregnancy phrasings`, () => expect(all.length).toBeGreaterThanOrEqual(10));
    // In parts of 1,000 (en-US has thousands, about 12 ms each here), each part with its own time limit.
    for (let from = 0; from < all.length; from += PART) {
      const lines = all.slice(from, from + PART);
      it(`${locale}: red-flag and pregnancy phrasings ${from + 1}-${from + lines.length} of ${all.length} get the safety answer, fresh and mid-routine`, async () => {
        for (const { utterance, intent, slots } of lines) {
          const expected =
            intent === 'PregnancyIntent'
              ? textIn(locale, 'common:safety.pregnancy')
              : slots.symptom
                ? textIn(locale, RED_FLAG_ROUTE_TEXT[RED_FLAG_ROUTE[slots.symptom as RedFlag]])
                : textIn(locale, 'common:safety.unsureSymptom');
          const fresh = await new Conversation({ device: { locale } }).say(utterance);
          expect(fresh.text, `${locale} fresh: "${utterance}"`).toContain(expected);
          const c = new Conversation({ device: { locale } });
          await c.intent('StartRoutineIntent', { area: 'lowerBack', equipment: 'tennisBall' });
          const during = await c.say(utterance);
          expect(during.text, `${locale} mid-routine: "${utterance}"`).toContain(expected);
          // The routine stops: paused where it was (a recognised symptom also ends the session).
          expect((await c.saved())?.progress?.paused, `${locale}: "${utterance}" stops the routine`).toBe(true);
          if (intent === 'PregnancyIntent' || slots.symptom) expect(during.ended).toBe(true);
        }
      }, 90_000); // a thousand conversations through the whole skill: seconds, not the default 20 s budget on a busy machine
    }
  }
});
