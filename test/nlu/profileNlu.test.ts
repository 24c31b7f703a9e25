import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * scripts/profileNlu.ts against a stand-in of `ask smapi profile-nlu` (test/support/fakeAsk.mjs) that answers in the
 * Utterance Profiler's JSON shape from the local resolver: the script's CLI calls, parsing and report, without Amazon.
 */
describe('npm run profile-nlu', () => {
  const dir = mkdtempSync(join(tmpdir(), 'profile-nlu-'));
  beforeAll(() => {
    execFileSync('npx', ['esbuild', 'lambda/local/nlu.ts', '--bundle', '--platform=node', '--format=esm', `--outfile=${join(dir, 'nlu.mjs')}`, '--log-level=warning']);
    chmodSync('test/support/fakeAsk.mjs', 0o755);
  });

  it('reports each miss with what Alexa chose, and exits 1; a set without misses exits 0', () => {
    const set = join(dir, 'set.tsv');
    writeFileSync(set, 'start a lower back massage\tStartRoutineIntent\tarea=lowerBack\nnext\tAMAZON.NextIntent\t\nstart a neck massage\tStartRoutineIntent\tarea=lowerBack\n');
    const run = (file: string) =>
      spawnSync('node', ['scripts/build.mjs', 'profile-nlu', '--skill-id', 'amzn1.ask.skill.test', '--locale', 'en-US', '--set', file, '--ask', resolve('test/support/fakeAsk.mjs')], {
        encoding: 'utf8',
        env: { ...process.env, NLU_MODULE: join(dir, 'nlu.mjs') },
      });
    const missed = run(set);
    expect(missed.status).toBe(1);
    expect(missed.stdout).toContain('MISS "start a neck massage": expected StartRoutineIntent {"area":"lowerBack"}, Alexa chose StartRoutineIntent {"area":"neck"}');
    expect(missed.stdout).toContain('en-US: 2 of 3 reached the expected intent and slots (1 misses).');
    writeFileSync(set, 'next\tAMAZON.NextIntent\t\n');
    expect(run(set).status).toBe(0);
  }, 60_000);
});
