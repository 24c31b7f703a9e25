// `npm run profile-nlu -- --skill-id amzn1.ask.skill.… [--locale en-US] [--stage development] [--set FILE] [--ask ask]`
// Runs a locale's NLU annotation set (test/nlu/<locale>.tsv) against Alexa's own NLU for a deployed skill,
// one utterance at a time through the ASK CLI's Utterance Profiler (`ask smapi profile-nlu`), and prints
// the misses: what was expected, what Alexa chose, and the intents it considered. Exits 1 on a miss.
// (Amazon's batch NLU evaluation tool is deprecated; this replaces it.) Needs `ask configure` first.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readAnnotations, type Annotation } from '../test/nlu/readAnnotations';

/** The parts of a profile-nlu answer (ask-smapi-model v1.skill.evaluations.ProfileNluResponse) this reads. */
interface ProfileNluResponse {
  readonly selectedIntent?: { readonly name?: string; readonly slots?: Record<string, { value?: string; resolutions?: { resolutionsPerAuthority?: { status?: { code?: string }; values?: { value?: { id?: string } }[] }[] } }> };
  readonly consideredIntents?: readonly { readonly name?: string }[];
}

/** What Alexa chose, as an annotation's intent and slots (custom slots by value id, built-in slots by value). */
export function chosen(response: ProfileNluResponse): { intent: string; slots: Record<string, string> } {
  const slots: Record<string, string> = {};
  for (const [name, slot] of Object.entries(response.selectedIntent?.slots ?? {})) {
    if (slot.value === undefined) continue;
    const match = slot.resolutions?.resolutionsPerAuthority?.find((a) => a.status?.code === 'ER_SUCCESS_MATCH');
    slots[name] = match?.values?.[0]?.value?.id ?? slot.value;
  }
  return { intent: response.selectedIntent?.name ?? 'none', slots };
}

export function isMiss(annotation: Annotation, got: { intent: string; slots: Record<string, string> }): boolean {
  const sort = (r: Readonly<Record<string, string>>) => JSON.stringify(Object.entries(r).sort(([a], [b]) => a.localeCompare(b)));
  return got.intent !== annotation.intent || sort(got.slots) !== sort(annotation.slots);
}

function option(name: string, fallback?: string): string {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? process.argv[at + 1] : fallback;
  if (value === undefined) {
    console.error(`Usage: npm run profile-nlu -- --skill-id ID [--locale en-US] [--stage development] [--ask ask]\n--${name} is needed.`);
    process.exit(2);
  }
  return value;
}

const skillId = option('skill-id');
const locale = option('locale', 'en-US');
const stage = option('stage', 'development');
const ask = option('ask', 'ask');
const set = readAnnotations(readFileSync(option('set', `test/nlu/${locale}.tsv`), 'utf8'));
let misses = 0;
for (const annotation of set) {
  const out = execFileSync(ask, ['smapi', 'profile-nlu', '--skill-id', skillId, '--stage', stage, '--locale', locale, '--utterance', annotation.utterance], { encoding: 'utf8' });
  const response = JSON.parse(out) as ProfileNluResponse;
  const got = chosen(response);
  if (!isMiss(annotation, got)) continue;
  misses++;
  const considered = (response.consideredIntents ?? []).map((i) => i.name).join(', ');
  console.log(`MISS "${annotation.utterance}": expected ${annotation.intent} ${JSON.stringify(annotation.slots)}, Alexa chose ${got.intent} ${JSON.stringify(got.slots)}${considered ? ` (also considered: ${considered})` : ''}`);
}
console.log(`${locale}: ${set.length - misses} of ${set.length} reached the expected intent and slots (${misses} misses).`);
process.exit(misses > 0 ? 1 : 0);
