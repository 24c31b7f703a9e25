import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { text, textIn } from '../support/conversation';

/** Runs the built chat with `input` on standard input, in a new data folder unless one is given; returns what it printed. */
function runChat(input: string, args: readonly string[] = [], dataDir = mkdtempSync(join(tmpdir(), 'massage-coach-chat-'))): string {
  const result = spawnSync(process.execPath, ['.build/chat.js', '--data', dataDir, ...args], { input, encoding: 'utf8', timeout: 60_000 });
  expect(result.status, result.stderr).toBe(0);
  return result.stdout;
}

/** The local chat (`npm start`), driven through standard input as a script would. */
describe('local chat', () => {
  beforeAll(() => {
    execFileSync(process.execPath, ['scripts/build.mjs', 'chat'], { stdio: 'inherit' });
  }, 60_000);

  const chat = (input: string, dataDir: string) => runChat(input, [], dataDir);

  it('prints each step in order with the spoken counts and a goodbye; a second run resumes', () => {
    const data = mkdtempSync(join(tmpdir(), 'massage-coach-chat-'));
    const out = chat('start lower back massage\ntennis ball\nnext\nnext\nrepeat\nprevious\nstop\n', data);
    const order = [
      'You:   start lower back massage',
      'do you have a tennis ball, a foam roller, or just your hands?',
      'Step 1 of 5.',
      text('routines:lowerBackTennisBall.steps.lieDown'),
      'Step 2 of 5.',
      'Step 3 of 5.',
      'Go ahead. [pause 9.5s] 10. [pause 9.5s] 20. [pause 9.5s] 30, and stop.',
      'You:   repeat',
      'Step 3 of 5.',
      'You:   previous',
      'Step 2 of 5.',
      text('common:routine.stoppedSaved', { step: 2 }),
      text('common:goodbye'),
      '[session ended]',
    ];
    let at = 0;
    for (const expected of order) {
      const found = out.indexOf(expected, at);
      expect(found, `"${expected}" after position ${at} in:\n${out}`).toBeGreaterThanOrEqual(0);
      at = found + expected.length;
    }
    expect(out).toContain('(reprompt: ');
    expect(out).toContain('[listening]');

    const again = chat('resume\n', data);
    expect(again).toContain(text('common:routine.resuming', { routine: text('routines:lowerBackTennisBall.name') }));
    expect(again).toContain('Step 2 of 5.');
  });

  it('understands opening the skill and one-shots with its name', () => {
    const data = mkdtempSync(join(tmpdir(), 'massage-coach-chat-'));
    const out = chat('open massage coach\nstop\nask massage coach to start lower back massage with a foam roller\n', data);
    expect(out).toContain(text('common:launch.firstWelcome'));
    expect(out).toContain(text('routines:lowerBackFoamRoller.steps.lieDown'));
  });

  it('answers what it cannot understand, and silence, clearly', () => {
    const data = mkdtempSync(join(tmpdir(), 'massage-coach-chat-'));
    const out = chat('\nopen massage coach\nflibbertigibbet\n\n\n', data);
    expect(out).toContain('the skill is not open');
    expect(out).toContain(text('common:fallback.general'));
    // Silence: the reprompt is spoken once, then the session closes.
    expect(out.match(/\[session ended\]/g)?.length).toBe(1);
  });
});

describe('local chat: every routine', () => {
  it('runs each routine from its first step to its wrap-up', async () => {
    const { ROUTINES } = await import('../../lambda/content/routines');
    const model = (await import('../../skill-package/interactionModels/custom/en-US.json')).default;
    const types = model.interactionModel.languageModel.types;
    const nameOf = (type: string, id: string) => types.find((t) => t.name === type)?.values.find((v) => v.id === id)?.name.value ?? id;
    const lines: string[] = [];
    for (const routine of ROUTINES) {
      const positions = routine.steps.reduce((n, step) => n + ((step as { sides?: readonly string[] }).sides?.length ?? 1), 0);
      lines.push(
        (routine as { forPartner?: boolean }).forPartner
          ? 'massage someone else'
          : `${nameOf('BODY_AREA', routine.area)} massage ${nameOf('EQUIPMENT', routine.equipment[0])}`,
      );
      for (let i = 0; i < positions; i++) lines.push('next');
      lines.push('stop');
    }
    // One user trying every routine in one day hits the five-minute ball and roller limit, so the
    // routines without a ball or roller are the ones that must all reach their wrap-up.
    const out = runChat(`${lines.join('\n')}\n`);
    for (const routine of ROUTINES.filter((r) => !r.ballOrRoller)) {
      expect(out, routine.id).toContain(text(`routines:${routine.id}.wrapUp`));
    }
  }, 60_000);
});

describe('local chat: therapy timers', () => {
  it('"start cold therapy" with a time scale: the announcements ring in order', () => {
    const out = runChat('three rounds of ice\n', ['--time-scale', '6000']);
    const rings = [...out.matchAll(/⏰ Timer "([^"]+)" rings\. Alexa: (.+)/g)].map((m) => m[1]);
    expect(rings).toEqual(['Cold pack off, round 1 of 3', 'Cold pack on, round 2 of 3', 'Cold pack off, round 2 of 3', 'Cold pack on, round 3 of 3', 'Cold pack off, round 3 of 3']);
    expect(out).toContain(text('therapy:announce.coldOffLast'));
  });

  it('asks for the timers permission when it is missing, and goes on after yes', () => {
    const out = runChat('start heat therapy\nyes\n', ['--time-scale', '6000', '--no-timer-permission']);
    expect(out).toContain(text('therapy:permission.why.heat'));
    expect(out).toContain(text('therapy:heat.started', { minutes: 20 }));
    expect(out).toContain('⏰ Timer "Heat off" rings.');
  });
});

describe('local chat: other languages', () => {
  it('--locale de-DE understands German and speaks German', () => {
    const out = runChat('öffne massage trainer\nstarte eine massage für den unteren rücken\ntennisball\nweiter\nstopp\n', ['--locale', 'de-DE']);
    const de = (key: string, params?: Record<string, string | number>) => textIn('de-DE', key, params);
    expect(out).toContain(de('common:launch.firstWelcome'));
    expect(out).toContain(de('routines:lowerBackTennisBall.steps.lieDown'));
    expect(out).toContain(de('common:routine.stepHeader', { step: 2, total: 5 }));
    expect(out).toContain(de('common:goodbye'));
    expect(out).not.toContain(text('common:fallback.general'));
  });
});
