import { readFileSync, existsSync } from 'node:fs';
import { it } from 'vitest';
import { Understander, type InteractionModel } from '/work/main/lambda/local/nlu';
import { readAnnotations } from '/work/main/test/nlu/readAnnotations';
it('heldout', () => {
  const sets: [string, string][] = [['en-US', '/tmp/heldout/en-US.tsv'], ['en-US', 'test/nlu/en-US.tsv'], ['en-GB', 'test/nlu/en-GB.tsv'], ['en-CA', 'test/nlu/en-CA.tsv'], ['en-AU', 'test/nlu/en-AU.tsv'], ['en-IN', 'test/nlu/en-IN.tsv'], ['en-US', '/tmp/probe.tsv']];
  const u = new Understander(JSON.parse(readFileSync(`/work/main/skill-package/interactionModels/custom/en-US.json`, 'utf8')) as InteractionModel, 'en');
  for (const [, file] of sets) {
    if (!existsSync(file)) continue;
    const set = readAnnotations(readFileSync(file, 'utf8'));
    let ok = 0, intentOk = 0; const misses: string[] = [];
    for (const a of set) {
      const r = u.understand(a.utterance);
      const got = Object.fromEntries(Object.entries(r?.slots ?? {}).map(([k, v]) => [k, v.id ?? v.value]));
      const intent = r?.intent ?? 'AMAZON.FallbackIntent';
      const same = intent === a.intent && JSON.stringify(Object.entries(got).sort()) === JSON.stringify(Object.entries(a.slots).sort());
      if (intent === a.intent) intentOk++;
      if (same) ok++; else misses.push(`${a.utterance}\t${a.intent} ${JSON.stringify(a.slots)}\t-> ${intent} ${JSON.stringify(got)}`);
    }
    console.log(`=== ${file}: exact ${ok}/${set.length} intent ${intentOk}/${set.length}\n` + misses.join('\n'));
  }
});
