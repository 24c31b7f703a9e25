import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { check } from 'ssml-check-core';
import { describe, expect, it } from 'vitest';
import { ADVICE, OILS } from '../../lambda/content/advice';
import { RED_FLAGS } from '../../lambda/content/safety';
import { BALL_ROLLER_DAILY_SECONDS, ROUTINES } from '../../lambda/content/routines';
import { COLD_PACKS, HEAT_OPTIONS } from '../../lambda/content/therapy';
import { REMINDER_DAYS, REMINDER_SUBJECTS, WEEKDAY_CODES } from '../../lambda/content/reminders';
import { clockWords, withClock } from '../../lambda/handlers/clockTranslate';
import { REMINDER_FAILURES } from '../../lambda/services/reminders';
import { AREAS, EQUIPMENT, type Routine } from '../../lambda/content/types';
import { leaves } from '../support/texts';
import { resources, SUPPORTED_LOCALES, translatorFor } from '../../lambda/i18n';
import { escapeText, renderReply, speak } from '../../lambda/speech/ssml';

const routines: readonly Routine[] = ROUTINES;

/** Every leaf text of a namespace, as [key, text]. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('content', () => {
  it('every routine has a unique id and at least three steps, with unique step keys', () => {
    expect(new Set(routines.map((r) => r.id)).size).toBe(routines.length);
    for (const r of routines) {
      expect(r.steps.length, r.id).toBeGreaterThanOrEqual(3);
      expect(new Set(r.steps.map((s) => s.key)).size, r.id).toBe(r.steps.length);
      if (r.variantOf) expect(routines.some((o) => o.id === r.variantOf && o.area === r.area), r.id).toBe(true);
    }
  });

  it('every hold is positive and within the source ranges', () => {
    for (const r of routines) {
      for (const step of r.steps) {
        if (step.holdSeconds === undefined) continue;
        expect(Number.isInteger(step.holdSeconds) && step.holdSeconds > 0, `${r.id}.${step.key}`).toBe(true);
        // A step that lasts minutes (a partner's strokes): whole minutes, at most the source's five (effleurage: five to ten).
        if (step.action === 'minutes') {
          expect(r.forPartner, `${r.id}.${step.key}`).toBe(true);
          expect(step.holdSeconds % 60, `${r.id}.${step.key}`).toBe(0);
          expect(step.holdSeconds, `${r.id}.${step.key}`).toBeLessThanOrEqual(300);
          continue;
        }
        // Tender spots and trigger points: held about 5 seconds (partner) to 20-30 seconds (self).
        if ((step.action ?? 'hold') === 'hold') expect(step.holdSeconds, `${r.id}.${step.key}`).toBeLessThanOrEqual(30);
        // A partner's trigger points: about five seconds each.
        if (r.forPartner && step.action === 'hold') expect(step.holdSeconds, `${r.id}.${step.key}`).toBe(5);
        // Self-massage tender spots: 20 to 30 seconds.
        if (!r.forPartner && step.action === 'hold') expect(step.holdSeconds, `${r.id}.${step.key}`).toBeGreaterThanOrEqual(20);
        expect(step.holdSeconds, `${r.id}.${step.key}`).toBeLessThanOrEqual(60);
        expect(step.reps ?? 1).toBeGreaterThan(0);
      }
      // A ball or roller routine fits in the source's five minutes a day.
      if (r.ballOrRoller) {
        const total = r.steps.reduce((sum, s) => sum + (s.holdSeconds ?? 0) * (s.reps ?? 1) * (s.sides?.length ?? 1), 0);
        expect(total, r.id).toBeLessThanOrEqual(BALL_ROLLER_DAILY_SECONDS);
      }
    }
  });

  it('a step the skill times never asks the user to speak when it ends, and long steps are timed', () => {
    const en = translatorFor('en-US');
    for (const r of routines) {
      for (const step of r.steps) {
        const text = en(`routines:${r.id}.steps.${step.key}`);
        expect(text, `${r.id}.${step.key}`).not.toMatch(/\bsay next\b|\bthen say\b/i);
        // "five to ten minutes", "up to five minutes": a step that lasts minutes is timed by the skill.
        if (/\bminutes?\b/i.test(text)) expect(step.action, `${r.id}.${step.key}`).toBe('minutes');
      }
    }
  });

  it('wrap-ups: a self routine invites no more ball work, the partner one speaks to the giver', () => {
    const en = translatorFor('en-US');
    for (const r of routines) {
      const wrapUp = en(`routines:${r.id}.wrapUp`);
      expect(wrapUp, r.id).not.toMatch(/\b(again|another|more|next)\b/i);
      if (r.forPartner) expect(wrapUp, r.id).toMatch(/\bthem\b/);
      if (r.area === 'eyes') expect(wrapUp, r.id).toMatch(/\beyes?\b|blink/i);
    }
  });

  for (const locale of SUPPORTED_LOCALES) {
    const t = translatorFor(locale);
    it(`${locale}: every routine's texts exist`, () => {
      for (const r of routines) {
        for (const key of ['name', 'intro', 'wrapUp', ...(r.steps.some((s) => s.checkIn) ? ['reminder'] : []), ...r.steps.map((s) => `steps.${s.key}`)]) {
          expect(() => t(`routines:${r.id}.${key}`), `${r.id}.${key}`).not.toThrow();
        }
      }
      for (const area of AREAS) expect(() => t(`common:areas.${area}`)).not.toThrow();
      for (const item of EQUIPMENT) expect(() => t(`common:equipment.${item}`)).not.toThrow();
      for (const [topic, answer] of Object.entries(ADVICE)) for (const key of answer.keys) expect(() => t(`advice:${topic}.${key}`)).not.toThrow();
      for (const [need, answer] of Object.entries(OILS)) for (const key of answer.keys) expect(() => t(`oils:${need}.${key}`)).not.toThrow();
      for (const id of COLD_PACKS) expect(() => t(`therapy:coldPacks.${id}`)).not.toThrow();
      for (const id of HEAT_OPTIONS) expect(() => t(`therapy:heatOptions.${id}`)).not.toThrow();
      for (const kind of ['on', 'off']) expect(() => t(`therapy:label.cold.${kind}`, { round: 1, total: 2 })).not.toThrow();
      for (const kind of ['cold', 'heat']) {
        expect(() => t(`therapy:permission.why.${kind}`)).not.toThrow();
        expect(() => t(`therapy:offer.${kind}`)).not.toThrow();
      }
      for (const failure of ['permission', 'forbidden', 'tooMany', 'duplicate', 'invalid', 'unavailable', 'offline', 'network']) {
        expect(() => t(`therapy:failure.${failure}`)).not.toThrow();
      }
      for (const flag of RED_FLAGS) expect(() => t(`common:safety.redFlags.${flag}`)).not.toThrow();
      for (const side of ['left', 'right']) expect(() => t(`common:sides.${side}`)).not.toThrow();
      for (const action of ['hold', 'move', 'rest']) {
        expect(() => t(`common:hold.start.${action}`)).not.toThrow();
        expect(() => t(`common:hold.end.${action}`)).not.toThrow();
      }
    });

    it(`${locale}: every text reminders and history name by their parts exists, and every time of day is said`, () => {
      for (const failure of REMINDER_FAILURES) expect(() => t(`common:reminders.failure.${failure}`)).not.toThrow();
      for (const subject of REMINDER_SUBJECTS) {
        for (const key of ['spoken', 'subjects', 'listSubjects']) expect(() => t(`common:reminders.${key}.${subject}`)).not.toThrow();
      }
      expect(() => t('common:reminders.listSubjects.other')).not.toThrow();
      for (const day of REMINDER_DAYS) expect(() => t(`common:reminders.days.${day}`)).not.toThrow();
      for (const day of WEEKDAY_CODES) {
        expect(() => t(`common:history.when.${day}`)).not.toThrow();
        expect(() => t(`common:history.screen.days.${day}`)).not.toThrow();
      }
      const clock = withClock(t);
      for (let minutes = 0; minutes < 24 * 60; minutes += 5) {
        const said = clockWords(clock, Math.floor(minutes / 60), minutes % 60);
        expect(said.length, `${minutes}`).toBeGreaterThan(0);
        expect(said, `${minutes}`).not.toMatch(/\{\{|undefined/);
      }
      // One o'clock is singular where the language says so.
      if (locale === 'fr-FR') expect([clockWords(clock, 1, 0), clockWords(clock, 1, 30), clockWords(clock, 13, 0)]).toEqual(['1 heure', '1 heure 30', '13 heures']);
      if (locale === 'es-ES') expect([clockWords(clock, 1, 0), clockWords(clock, 1, 30), clockWords(clock, 13, 0)]).toEqual(['la 1:00', 'la 1:30', 'las 13:00']);
    });

    it(`${locale}: every fixed key the code names exists`, () => {
      const named = new Set<string>();
      for (const file of sourceFiles('lambda')) {
        for (const [, key] of readFileSync(file, 'utf8').matchAll(/'((?:common|routines|advice|oils|therapy):[\w.]+)'/g)) named.add(key!);
      }
      expect(named.size).toBeGreaterThan(40);
      // With a count, so that a text kept only in plural forms ("therapy:count_one") is found too.
      for (const key of named) expect(() => t(key, { count: 2 }), key).not.toThrow();
    });

    it(`${locale}: every text is short, plain and valid Alexa SSML`, async () => {
      const language = locale.split('-')[0] as keyof typeof resources;
      for (const [ns, tree] of Object.entries(resources[language])) {
        for (const [key, value] of leaves(tree)) {
          const filled = value.replace(/\{\{\s*(\w+)\s*\}\}/g, '3');
          expect(value, `${ns}:${key}`).not.toMatch(/<|>|&/);
          expect(value.length, `${ns}:${key} is long for speech`).toBeLessThanOrEqual(300);
          expect(await check(speak(escapeText(filled)), { platform: 'amazon', locale }), `${ns}:${key}`).toBeUndefined();
        }
      }
    });

    it(`${locale}: every step of every routine renders under the limits`, async () => {
      for (const r of routines) {
        for (const step of r.steps) {
          const lines = [
            { key: `routines:${r.id}.steps.${step.key}` },
            ...(step.holdSeconds ? [{ hold: { seconds: step.holdSeconds, action: step.action ?? 'hold', reps: step.reps ?? 1 } }] : []),
          ];
          const out = renderReply({ speak: lines, end: true }, t);
          expect(out.ssml.length).toBeLessThan(8000);
          expect(await check(out.ssml, { platform: 'amazon', locale })).toBeUndefined();
        }
      }
    });
  }
});
