import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withClock } from '../../lambda/handlers/clockTranslate';
import { translatorFor } from '../../lambda/i18n';
import { text, textIn } from '../support/conversation';

/** Every folder a test makes, removed when the file's tests are done. */
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'massage-coach-chat-'));
  made.push(dir);
  return dir;
}

/** Runs the built chat with `input` on standard input, in a new data folder unless one is given; returns what it printed. */
function runChat(input: string, args: readonly string[] = [], dataDir = tempDir(), env: NodeJS.ProcessEnv = process.env): string {
  const result = spawnSync(process.execPath, ['.build/chat.js', '--data', dataDir, ...args], { input, encoding: 'utf8', timeout: 60_000, env });
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
    const data = tempDir();
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
    const data = tempDir();
    const out = chat('open massage coach\nstop\nask massage coach to start lower back massage with a foam roller\n', data);
    expect(out).toContain(text('common:launch.firstWelcome'));
    expect(out).toContain(text('routines:lowerBackFoamRoller.steps.lieDown'));
  });

  it('--verbose says what each line resolved to: a sample, a guess with the sample it came from, or the closest samples on a miss', () => {
    const out = runChat('start lower back massage with a tennis ball\nnvm kill the timer\nwhat is the capital of peru\nstop\n', ['--verbose']);
    expect(out).toMatch(/\(StartRoutineIntent (area=lowerBack equipment=tennisBall|equipment=tennisBall area=lowerBack)\)/);
    expect(out).toContain('(CancelTherapyIntent)');
    expect(out).toMatch(/\(guessed: no sample fits whole; closest "[^"]+", 0\.\d\d\./);
    expect(out).toContain('(no sample fits: AMAZON.FallbackIntent. Closest samples:');
  });

  it('answers what it cannot understand, and silence, clearly', () => {
    const data = tempDir();
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

describe('local chat: reminders', () => {
  const t = withClock(translatorFor('en-US'));

  it('sets, lists and cancels reminders, and rings them at a time scale', () => {
    const out = runChat(
      'remind me to massage my back in two minutes\nwhat reminders do i have\nstop\nremind me in an hour to ice my back\ncancel my cold therapy reminder\n',
      ['--time-scale', '600'],
    );
    expect(out).toContain(t('common:reminders.set.inMinutes', { count: 2, subject: t('common:reminders.subjects.massage') }));
    expect(out).toContain(t('common:reminders.list.count', { count: 1 }));
    expect(out).toContain(t('common:reminders.set.inMinutes', { count: 60, subject: t('common:reminders.subjects.cold') }));
    expect(out).toContain(t('common:reminders.cancel.done', { count: 1 }));
    // Two minutes at time scale 600: rings after a fifth of a second (the chat waits for it); the cancelled one never rings.
    const rings = [...out.matchAll(/🔔 Reminder rings\. Alexa: (.+)/g)].map((m) => m[1]);
    expect(rings).toEqual([text('common:reminders.spoken.massage')]);
  });

  it('asks for the reminders permission when it is missing, and sets the reminder after yes', () => {
    const out = runChat('remind me in two minutes\nyes\n', ['--time-scale', '600', '--no-reminder-permission']);
    expect(out).toContain(text('common:reminders.permission.why'));
    expect(out).toContain('[Alexa asks for the reminders permission]');
    expect(out).toContain(t('common:reminders.set.inMinutes', { count: 2, subject: t('common:reminders.subjects.massage') }));
    expect(out).toContain('🔔 Reminder rings.');
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

describe('local chat: saved state and --fresh', () => {
  it('says in one line when saved state from an earlier run is used, and --fresh starts without it, leaving it as it is', () => {
    const data = tempDir();
    const first = runChat('start lower back massage\ntennis ball\nstop\n', [], data);
    expect(first).not.toContain('Using saved state');

    const again = runChat('resume\n', [], data);
    expect(again.split('\n')[0]).toBe(`(Using saved state from ${data}/: your place and settings from an earlier run. To start from nothing: npm start -- --fresh)`);
    expect(again).toContain(text('common:routine.resuming', { routine: text('routines:lowerBackTennisBall.name') }));
    const saved = readdirSync(data).map((file) => readFileSync(join(data, file), 'utf8'));

    // --fresh: a temporary folder (under TMPDIR), empty at the start and removed at the end; the data folder untouched.
    const temporary = tempDir();
    const fresh = runChat('resume\nopen massage coach\n', ['--fresh'], data, { ...process.env, TMPDIR: temporary });
    expect(fresh.split('\n')[0]).toBe('(--fresh: starting with no saved state; saved state from earlier runs is neither read nor changed)');
    expect(fresh).toContain(text('common:routine.nothingToResume'));
    expect(fresh).toContain(text('common:launch.firstWelcome'));
    expect(readdirSync(temporary)).toEqual([]);
    expect(readdirSync(data).map((file) => readFileSync(join(data, file), 'utf8'))).toEqual(saved);
  });
});

describe('local chat: piped timers without --time-scale', () => {
  it('says how long it will wait, in real time, and how to shorten it', async () => {
    const child = spawn(process.execPath, ['.build/chat.js', '--data', tempDir()], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    const waiting = new Promise<string>((done, fail) => {
      const timer = setTimeout(() => fail(new Error(`no waiting line in:\n${out}`)), 30_000);
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const line = out.split('\n').find((l) => l.startsWith('(waiting for'));
        if (line) {
          clearTimeout(timer);
          done(line);
        }
      });
    });
    child.stdin.end('start heat therapy\n');
    try {
      expect(await waiting).toBe('(waiting for 1 timer: the last rings in about 20 min, in real time. To wait less, run with --time-scale 60 (a minute passes in a second), or press Ctrl+C to stop)');
    } finally {
      child.kill();
    }
  });
});

/** espeak-ng, when this machine has it: the --wav and --speak tests with it run only then. */
const espeak = spawnSync('espeak-ng', ['--version'], { encoding: 'utf8' });
const hasEspeak = !espeak.error && espeak.status === 0;

describe('local chat: --speak and --wav', () => {
  it('without espeak-ng, --speak and --wav say so, and how to install it, and the chat goes on', () => {
    const out = runChat('open massage coach\n', ['--speak', '--wav', join(tempDir(), 'wav')], tempDir(), { ...process.env, PATH: tempDir() });
    expect(out.split('\n')[0]).toBe('(--speak, --wav: espeak-ng is not installed, so nothing can be played or written as WAV files. Install it: apt-get install espeak-ng (macOS: brew install espeak-ng))');
    expect(out).toContain(text('common:launch.firstWelcome'));
  });

  it.runIf(hasEspeak)('--wav DIR writes each answer as a WAV file, and says where', () => {
    const wav = join(tempDir(), 'answers');
    const out = runChat('open massage coach\nstart lower back massage\n', ['--wav', wav]);
    expect(readdirSync(wav)).toEqual(['001.wav', '002.wav']);
    for (const file of readdirSync(wav)) {
      const bytes = readFileSync(join(wav, file));
      expect(bytes.toString('latin1', 0, 4), file).toBe('RIFF');
      expect(bytes.toString('latin1', 8, 12), file).toBe('WAVE');
      expect(bytes.length, file).toBeGreaterThan(10_000);
      expect(out).toContain(`[wav: ${join(wav, file)}]`);
    }
  });

  it.runIf(hasEspeak && !existsSync('/dev/snd'))('--speak without a sound device says why nothing plays, once, and points to --wav', () => {
    const out = runChat('open massage coach\nstart lower back massage\n', ['--speak']);
    const said = out.split('\n').filter((line) => line.startsWith('(--speak:'));
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(/^\(--speak: espeak-ng found no sound device to play on; it said: .+\. Write the answers as WAV files instead: --wav DIR\)$/);
  });
});
