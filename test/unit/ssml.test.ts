import { check } from 'ssml-check-core';
import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../lambda/i18n';
import { say, type Line } from '../../lambda/speech/Reply';
import { escapeText, holdCounts, MAX_SPEECH_CHARS, renderLines, renderReply, speak, toReadableText } from '../../lambda/speech/ssml';

const t = translatorFor('en-US');

describe('escapeText', () => {
  it.each([
    ['plain words', 'plain words'],
    ['Salt & pepper', 'Salt &amp; pepper'],
    ['a < b > c', 'a &lt; b &gt; c'],
    ["it's", 'it&apos;s'],
    ['say "next"', 'say &quot;next&quot;'],
    ['&apos; already', '&amp;apos; already'],
    ['&amp;', '&amp;amp;'],
    ['<break time="20s"/>', '&lt;break time=&quot;20s&quot;/&gt;'],
    ['', ''],
  ])('%j becomes %j', (input, expected) => {
    expect(escapeText(input)).toBe(expected);
  });

  it('gives valid Alexa SSML for text full of markup characters', async () => {
    const ssml = speak(escapeText(`Tom & Jerry's <b>"best"</b> & more`));
    expect(await check(ssml, { platform: 'amazon', locale: 'en-US' })).toBeUndefined();
    expect(toReadableText(ssml)).toBe(`Tom & Jerry's <b>"best"</b> & more`);
  });
});

describe('holdCounts', () => {
  it('counts a 30-second hold every ten seconds and ends with the release cue', () => {
    const parts = holdCounts(30, 'hold', t).join(' ');
    expect(toReadableText(parts)).toBe('Hold. [pause 9.5s] 10. [pause 9.5s] 20. [pause 9.5s] 30, and release.');
  });

  it('counts a 25-second hold with a shorter last interval', () => {
    expect(toReadableText(holdCounts(25, 'hold', t).join(' '))).toBe('Hold. [pause 9.5s] 10. [pause 9.5s] 20. [pause 4.5s] 25, and release.');
  });

  it('ends a moving count with a stop cue', () => {
    expect(toReadableText(holdCounts(10, 'move', t).join(' '))).toBe('Go ahead. [pause 9.5s] 10, and stop.');
  });

  it.each([5, 10, 20, 30, 45, 60, 90, 120])('never puts a silence over ten seconds in a %i-second hold', (seconds) => {
    const breaks = [...holdCounts(seconds, 'hold', t).join(' ').matchAll(/<break time="(\d+)ms"\/>/g)].map((m) => Number(m[1]));
    expect(breaks.length).toBe(Math.ceil(seconds / 10));
    for (const ms of breaks) expect(ms).toBeLessThanOrEqual(10_000);
    // The silences plus about half a second a count add up to the hold.
    expect(breaks.reduce((a, b) => a + b, 0) + breaks.length * 500).toBe(seconds * 1000);
  });

  it('repeats a hold with a rest between repetitions', () => {
    const text = toReadableText(renderLines([{ hold: { seconds: 10, action: 'hold', reps: 2 } }], t));
    expect(text).toBe('Hold. [pause 9.5s] 10, and release. Rest. [pause 3.0s] And again. Hold. [pause 9.5s] 10, and release.');
  });
});

describe('renderReply', () => {
  it('wraps speech and reprompt in one speak element each', () => {
    const out = renderReply({ speak: [say('common:goodbye')], reprompt: [say('common:help.whatNext')], end: false }, t);
    expect(out.ssml).toBe('<speak>Take care.</speak>');
    expect(out.reprompt).toBe('<speak>What would you like?</speak>');
    expect(out.end).toBe(false);
  });

  it('fills values, including other texts and spoken lists', () => {
    const out = renderReply(
      { speak: [say('common:choose.equipmentQuestion', { area: { key: 'common:areas.lowerBack' }, options: { anyOf: [{ key: 'common:equipment.tennisBall' }, { key: 'common:equipment.hands' }] } })], end: true },
      t,
    );
    expect(toReadableText(out.ssml)).toBe('For your lower back, do you have a tennis ball or just your hands?');
  });

  it('stays under 8,000 characters by dropping whole lines from the end', async () => {
    const many: Line[] = Array.from({ length: 400 }, () => ({ hold: { seconds: 30, action: 'hold' as const, reps: 1 } }));
    const out = renderReply({ speak: many, end: true }, t);
    expect(out.ssml.length).toBeLessThanOrEqual(MAX_SPEECH_CHARS);
    expect(out.ssml.length).toBeGreaterThan(MAX_SPEECH_CHARS - 200);
    expect(await check(out.ssml, { platform: 'amazon', locale: 'en-US' })).toBeUndefined();
  });

  it('refuses to speak a key that has no text', () => {
    expect(() => renderReply({ speak: [say('common:no.such.key')], end: true }, t)).toThrow(/No text/);
  });
});
