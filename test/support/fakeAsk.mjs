#!/usr/bin/env node
// A stand-in for `ask smapi profile-nlu` in tests: answers from the local resolver over the written model,
// in the shape of the Utterance Profiler's JSON (selectedIntent with resolved slots). It never reaches Amazon.
import { readFileSync } from 'node:fs';
const args = process.argv.slice(2);
const get = (name) => args[args.indexOf(`--${name}`) + 1];
const { Understander } = await import(process.env.NLU_MODULE);
const locale = get('locale');
const model = JSON.parse(readFileSync(`skill-package/interactionModels/custom/${locale}.json`, 'utf8'));
const understood = new Understander(model, locale.slice(0, 2)).understand(get('utterance'));
const slots = Object.fromEntries(Object.entries(understood?.slots ?? {}).map(([name, slot]) => [name, {
  name, value: slot.value,
  ...(slot.id ? { resolutions: { resolutionsPerAuthority: [{ status: { code: 'ER_SUCCESS_MATCH' }, values: [{ value: { id: slot.id, name: slot.name } }] }] } } : {}),
}]));
console.log(JSON.stringify({ sessionEnded: false, selectedIntent: { name: understood?.intent ?? 'AMAZON.FallbackIntent', slots }, consideredIntents: [] }));
