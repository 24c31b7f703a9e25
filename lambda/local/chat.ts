import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createInterface } from 'node:readline';
import { join, relative, resolve } from 'node:path';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import deDE from '../../skill-package/interactionModels/custom/de-DE.json';
import enAU from '../../skill-package/interactionModels/custom/en-AU.json';
import enCA from '../../skill-package/interactionModels/custom/en-CA.json';
import enGB from '../../skill-package/interactionModels/custom/en-GB.json';
import enIN from '../../skill-package/interactionModels/custom/en-IN.json';
import enUS from '../../skill-package/interactionModels/custom/en-US.json';
import esES from '../../skill-package/interactionModels/custom/es-ES.json';
import frFR from '../../skill-package/interactionModels/custom/fr-FR.json';
import { optionsFromEnv } from '../config';
import { FileStore } from '../persistence/FileStore';
import { buildSkill, invokeSafely } from '../skill';
import { toReadableText } from '../speech/ssml';
import { REMINDERS_SCOPE } from '../services/reminders';
import { TIMERS_SCOPE } from '../services/timers';
import { AlexaApiStandIn, type StoredReminder, type StoredTimer } from './AlexaApiStandIn';
import { buildEnvelope, DEFAULT_DEVICE, newSession, type Device, type RequestInput, type SessionInfo } from './envelope';
import { Invocation } from './invocation';
import { normalize, Understander, type InteractionModel, type Understood } from './nlu';

const MODELS: Readonly<Record<string, InteractionModel>> = {
  'en-US': enUS, 'en-GB': enGB, 'en-CA': enCA, 'en-AU': enAU, 'en-IN': enIN, 'de-DE': deDE, 'es-ES': esES, 'fr-FR': frFR,
};

/**
 * Talk to the skill in a terminal: typed or piped utterances become real request envelopes,
 * run through the same skill code Lambda runs, with state saved in an embedded file store.
 */

interface Options {
  readonly speak: boolean;
  /** Write each answer as a WAV file in this folder (espeak-ng -w). */
  readonly wavDir?: string;
  /** Start with no saved state: a temporary data folder for this run, removed at the end. */
  readonly fresh: boolean;
  readonly verbose: boolean;
  readonly dataDir: string;
  readonly locale: string;
  readonly userId: string;
  readonly timeZone: string;
  readonly timeScale: number;
  readonly timerPermission: boolean;
  readonly reminderPermission: boolean;
}

const USAGE = `Usage: npm start -- [--speak] [--wav DIR] [--fresh] [--verbose] [--data DIR] [--locale en-US] [--user ID]
                 [--time-zone ZONE] [--time-scale N] [--no-timer-permission] [--no-reminder-permission]
--verbose prints the intent and slots each line resolved to and, on a miss, the closest samples.
--speak plays each answer with espeak-ng; --wav DIR writes each answer to DIR as a WAV file instead.
--fresh starts with no saved state (a temporary folder; .data/ is left as it is).
Timers and reminders run against a local stand-in of the Alexa Timers and Reminders APIs; --time-scale 60
makes a 20-minute timer (or a reminder in 20 minutes) ring after 20 seconds. At the end of piped input the
chat waits for running timers and one-off reminders (weekly ones stay set until the chat ends).
Type what you would say to Alexa, one utterance a line. For example:
  open massage coach | start lower back massage | tennis ball | next | repeat | stop`;

function parseArgs(argv: readonly string[]): Options {
  const options = {
    speak: false,
    wavDir: undefined as string | undefined,
    fresh: false,
    verbose: false,
    dataDir: process.env.MASSAGE_COACH_DATA_DIR ?? '.data',
    locale: 'en-US',
    userId: DEFAULT_DEVICE.userId,
    timeZone: process.env.TIME_ZONE ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
    timeScale: 1,
    timerPermission: true,
    reminderPermission: true,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      return next;
    };
    if (arg === '--speak') options.speak = true;
    else if (arg === '--wav') options.wavDir = resolve(value());
    else if (arg === '--fresh') options.fresh = true;
    else if (arg === '--verbose') options.verbose = true;
    else if (arg === '--data') options.dataDir = value();
    else if (arg === '--locale') options.locale = value();
    else if (arg === '--user') options.userId = value();
    else if (arg === '--time-zone') options.timeZone = value();
    else if (arg === '--time-scale') {
      options.timeScale = Number(value());
      if (!(options.timeScale > 0)) throw new Error('--time-scale needs a number above 0');
    } else if (arg === '--no-timer-permission') options.timerPermission = false;
    else if (arg === '--no-reminder-permission') options.reminderPermission = false;
    else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`Unknown option ${arg}\n${USAGE}`);
  }
  return { ...options, dataDir: resolve(options.dataDir) };
}

class Chat {
  private session: SessionInfo | undefined;
  private silences = 0;
  private lastReprompt: string | undefined;
  private readonly understander: Understander;
  private readonly invocation: Invocation;
  private readonly skill;
  private device: Device;
  /** espeak-ng's version line, or undefined when it is not installed (asked once, when --speak or --wav needs it). */
  private readonly espeak: string | undefined;
  private warnedSpeak = false;
  private wavCount = 0;
  /** The permission Alexa is asking the user for (after the skill's AskFor), if any. */
  private awaitingConsent: string | undefined;
  readonly api: AlexaApiStandIn;

  constructor(private readonly options: Options) {
    // DYNAMODB_TABLE (and DYNAMODB_ENDPOINT) point the chat at DynamoDB; the embedded file store otherwise
    // (always with --fresh, whose temporary folder starts empty).
    const env = options.fresh ? { ...process.env, DYNAMODB_TABLE: undefined } : process.env;
    this.skill = buildSkill({ ...optionsFromEnv(env, () => new FileStore(options.dataDir)), timeZone: options.timeZone });
    const version = options.speak || options.wavDir ? spawnSync('espeak-ng', ['--version'], { encoding: 'utf8' }) : undefined;
    this.espeak = version && !version.error && version.status === 0 ? version.stdout.trim() : undefined;
    this.device = { ...DEFAULT_DEVICE, locale: options.locale, userId: options.userId };
    const model = MODELS[options.locale];
    if (!model) throw new Error(`--locale: one of ${Object.keys(MODELS).join(', ')}`);
    const language = options.locale.slice(0, 2);
    this.understander = new Understander(model, language);
    this.invocation = new Invocation(model, language);
    this.api = new AlexaApiStandIn({
      timeScale: options.timeScale,
      timeZone: options.timeZone,
      onAnnounce: (timer) => this.announce(timer),
      onReminder: (reminder) => this.remind(reminder),
    });
    this.api.permission = options.timerPermission;
    this.api.reminderPermission = options.reminderPermission;
  }

  async start(): Promise<void> {
    const apiEndpoint = await this.api.start();
    this.device = { ...this.device, apiEndpoint, scopes: this.grantedScopes() };
    if ((this.options.speak || this.options.wavDir) && this.espeak === undefined) {
      const asked = [this.options.speak && ['--speak', 'played'], this.options.wavDir && ['--wav', 'written as WAV files']].filter((x): x is string[] => Array.isArray(x));
      this.print(`(${asked.map(([o]) => o).join(', ')}: espeak-ng is not installed, so nothing can be ${asked.map(([, what]) => what).join(' or ')}. Install it: apt-get install espeak-ng (macOS: brew install espeak-ng))`);
    }
    if (this.options.wavDir && this.espeak !== undefined) mkdirSync(this.options.wavDir, { recursive: true });
    await this.hintSavedState();
  }

  /** One line when this user's saved state from an earlier run is used, and how to start without it. */
  private async hintSavedState(): Promise<void> {
    if (this.options.fresh) {
      this.print('(--fresh: starting with no saved state; saved state from earlier runs is neither read nor changed)');
      return;
    }
    if (process.env.DYNAMODB_TABLE) return;
    const saved = await new FileStore(this.options.dataDir).getAttributes(buildEnvelope({ type: 'LaunchRequest' }, newSession(), this.device));
    if (Object.keys(saved).length === 0) return;
    this.print(`(Using saved state from ${shown(this.options.dataDir)}/: your place and settings from an earlier run. To start from nothing: npm start -- --fresh)`);
  }

  /** The permissions granted as the chat starts (and as the user grants them when Alexa asks). */
  private grantedScopes(): Record<string, 'GRANTED'> {
    return {
      ...(this.api.permission && { [TIMERS_SCOPE]: 'GRANTED' as const }),
      ...(this.api.reminderPermission && { [REMINDERS_SCOPE]: 'GRANTED' as const }),
    };
  }

  /** Reminders that ring once and have not yet (weekly ones ring on and are not waited for). */
  private oneOffReminders(): StoredReminder[] {
    return this.api.activeReminders().filter((r) => r.next !== undefined && r.request.trigger?.recurrence === undefined);
  }

  /** Waits for the timers still running and the one-off reminders (they announce as they ring), then stops the stand-in. */
  async finish(): Promise<void> {
    const running = this.api.active();
    const reminders = this.oneOffReminders();
    if (running.length > 0 || reminders.length > 0) {
      const last = Math.max(...running.map((t) => t.createdAt + t.durationMs), ...reminders.map((r) => r.next ?? 0)) - Date.now();
      const what = [
        running.length > 0 && `${running.length} timer${running.length > 1 ? 's' : ''}`,
        reminders.length > 0 && `${reminders.length} reminder${reminders.length > 1 ? 's' : ''}`,
      ].filter(Boolean).join(' and ');
      const wait = Math.ceil(last / this.options.timeScale / 1000);
      this.print(
        this.options.timeScale === 1
          ? `(waiting for ${what}: the last rings in about ${duration(wait)}, in real time. To wait less, run with --time-scale 60 (a minute passes in a second), or press Ctrl+C to stop)`
          : `(waiting for ${what}: about ${duration(wait)} at time scale ${this.options.timeScale})`,
      );
      while (this.api.active().length > 0 || this.oneOffReminders().length > 0) await new Promise((r) => setTimeout(r, 50));
    }
    const weekly = this.api.activeReminders().length;
    if (weekly > 0) this.print(`(${weekly} repeating reminder${weekly > 1 ? 's' : ''} still set: they are not waited for, and end with the chat)`);
    await this.api.stop();
  }

  private announce(timer: StoredTimer): void {
    const operation = timer.request.triggeringBehavior.operation as { textToAnnounce?: { text?: string }[] };
    const text = operation.textToAnnounce?.[0]?.text ?? '';
    this.print(`\n⏰ Timer "${timer.request.timerLabel ?? ''}" rings. Alexa: ${text}`);
    this.voice(`<speak>${text.replace(/[&<>]/g, ' ')}</speak>`);
  }

  private remind(reminder: StoredReminder): void {
    const text = reminder.request.alertInfo?.spokenInfo?.content?.[0]?.text ?? '';
    this.print(`\n🔔 Reminder rings. Alexa: ${text}`);
    this.voice(`<speak>${text.replace(/[&<>]/g, ' ')}</speak>`);
  }

  async say(line: string): Promise<void> {
    if (this.awaitingConsent !== undefined) return this.consent(line, this.awaitingConsent);
    if (line.trim() === '') return this.silence();
    this.silences = 0;
    const turn = this.invocation.interpret(line);
    if (turn.kind === 'launch') {
      this.session = newSession();
      return this.send({ type: 'LaunchRequest' });
    }
    const understood = this.understander.understand(turn.text);
    if (this.options.verbose) this.explain(turn.text, understood);
    const request: RequestInput = understood
      ? { type: 'IntentRequest', intent: understood.intent, slots: understood.slots }
      : { type: 'IntentRequest', intent: 'AMAZON.FallbackIntent' };
    if (turn.oneShot || this.session === undefined) this.session = newSession();
    return this.send(request);
  }

  /** `--verbose`: what the line resolved to, or the closest samples when nothing fits. */
  private explain(text: string, understood: Understood | undefined): void {
    if (understood) {
      const slots = Object.entries(understood.slots).map(([name, slot]) => `${name}=${slot.id ?? slot.value}${slot.id || slot.builtIn ? '' : ' (no match)'}`);
      this.print(`       (${understood.intent}${slots.length > 0 ? ` ${slots.join(' ')}` : ''})`);
      const guess = understood.guessedFrom;
      if (guess) this.print(`       (guessed: no sample fits whole; closest "${guess.sample}", ${guess.similarity.toFixed(2)}. Alexa's NLU may differ: a sample would make it sure)`);
      return;
    }
    this.print('       (no sample fits: AMAZON.FallbackIntent. Closest samples:');
    for (const { intent, sample } of this.understander.closest(text)) this.print(`          ${intent}: "${sample}"`);
    this.print('       )');
  }

  /** Alexa's own question for a permission (timers or reminders); the answer goes back to the skill. */
  private async consent(line: string, scope: string): Promise<void> {
    this.awaitingConsent = undefined;
    const words = normalize(line);
    const status = words === '' ? 'NOT_ANSWERED' : /^(yes|yeah|yep|sure|ok|okay|i approve|allow|yes please|ja|sí|si|oui)$/.test(words) ? 'ACCEPTED' : 'DENIED';
    if (status === 'ACCEPTED') {
      if (scope === REMINDERS_SCOPE) this.api.reminderPermission = true;
      else this.api.permission = true;
      this.device = { ...this.device, scopes: this.grantedScopes() };
    }
    return this.send({ type: 'Connections.Response', status, scope });
  }

  /** Silence after a question: Alexa speaks the reprompt once, then closes the session. */
  private async silence(): Promise<void> {
    if (this.session === undefined) {
      this.print('(nothing happens: the skill is not open. Try: open massage coach)');
      return;
    }
    this.silences++;
    if (this.silences === 1 && this.lastReprompt !== undefined) {
      this.print(`Alexa: ${toReadableText(this.lastReprompt)}`);
      this.voice(this.lastReprompt);
      return;
    }
    await this.send({ type: 'SessionEndedRequest', reason: 'EXCEEDED_MAX_REPROMPTS' });
  }

  private async send(input: RequestInput): Promise<void> {
    const session = this.session ?? newSession();
    const envelope: RequestEnvelope = buildEnvelope(input, session, this.device);
    const response: ResponseEnvelope = await invokeSafely(this.skill, envelope);
    const speech = response.response.outputSpeech;
    const reprompt = response.response.reprompt?.outputSpeech;
    const ssml = speech?.type === 'SSML' ? speech.ssml : speech?.text;
    const repromptSsml = reprompt?.type === 'SSML' ? reprompt.ssml : reprompt?.text;
    if (ssml) {
      this.print(`Alexa: ${toReadableText(ssml)}`);
      this.voice(ssml);
    }
    const askFor = (response.response.directives ?? []).find((d) => d.type === 'Connections.SendRequest') as { payload?: { permissionScope?: string } } | undefined;
    if (askFor) {
      const scope = askFor.payload?.permissionScope ?? TIMERS_SCOPE;
      const what = scope === REMINDERS_SCOPE ? 'reminders' : 'timers';
      this.print(`Alexa: Do you give Massage Coach permission to set ${what}? Say yes or no.`);
      this.print(`       [Alexa asks for the ${what} permission]`);
      this.awaitingConsent = scope;
      this.session = { sessionId: session.sessionId, isNew: false, attributes: response.sessionAttributes ?? {} };
      return;
    }
    const card = response.response.card;
    if (card?.type === 'AskForPermissionsConsent') this.print(`       [card in the Alexa app: allow ${card.permissions.includes(REMINDERS_SCOPE) ? 'reminders' : 'timers'}]`);
    if (input.type === 'SessionEndedRequest' || response.response.shouldEndSession !== false) {
      this.print('       [session ended]');
      this.session = undefined;
      this.lastReprompt = undefined;
      return;
    }
    if (repromptSsml) this.print(`       (reprompt: ${toReadableText(repromptSsml)})`);
    this.print('       [listening]');
    this.lastReprompt = repromptSsml;
    this.session = { sessionId: session.sessionId, isNew: false, attributes: response.sessionAttributes ?? {} };
  }

  private print(text: string): void {
    process.stdout.write(`${text}\n`);
  }

  /** --speak plays the answer, --wav writes it to a file; each says once, plainly, why it cannot. */
  private voice(ssml: string): void {
    if (this.espeak === undefined) return;
    const voice = ['-m', '-v', this.options.locale.slice(0, 2)];
    if (this.options.wavDir) {
      const file = join(this.options.wavDir, `${String(++this.wavCount).padStart(3, '0')}.wav`);
      const written = spawnSync('espeak-ng', [...voice, '-w', file, ssml], { encoding: 'utf8' });
      this.print(written.status === 0 ? `       [wav: ${shown(file)}]` : `       (--wav: espeak-ng could not write ${file}: ${firstLine(written.stderr)})`);
    }
    if (!this.options.speak) return;
    const played = spawnSync('espeak-ng', voice.concat(ssml), { encoding: 'utf8' });
    // espeak-ng exits 0 even when it has no sound device: what it says on stderr tells.
    const problem = played.status !== 0 || /ALSA|PCM|audio|pulse|sound card|cannot find card|error/i.test(played.stderr ?? '');
    if (problem && !this.warnedSpeak) {
      this.warnedSpeak = true;
      this.print(`(--speak: espeak-ng found no sound device to play on; it said: ${firstLine(played.stderr)}. Write the answers as WAV files instead: --wav DIR)`);
    }
  }
}

/** A path as the user would type it: relative to the current folder when inside it. */
function shown(path: string): string {
  const inside = relative(process.cwd(), path);
  return inside === '' ? '.' : inside.startsWith('..') ? path : inside;
}

/** The most telling line of a tool's complaint, shortened. */
function firstLine(text: string | undefined): string {
  const lines = (text ?? '').split('\n').map((line) => line.trim()).filter(Boolean);
  const telling = lines.find((line) => /Unknown PCM|cannot find card|No such device|Connection refused|cannot open/i.test(line)) ?? lines[0] ?? 'nothing';
  return telling.length > 120 ? `${telling.slice(0, 117)}...` : telling;
}

/** Seconds as a person says them: "40 s", "20 min", "1 h 40 min". */
function duration(seconds: number): string {
  if (seconds < 90) return `${seconds} s`;
  const minutes = Math.ceil(seconds / 60);
  return minutes < 90 ? `${minutes} min` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

async function main(): Promise<void> {
  // `npm start | head`: the reader has gone, so the chat ends quietly.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  const parsed = parseArgs(process.argv.slice(2));
  // --fresh: an empty temporary data folder, removed when the chat ends (also on Ctrl+C).
  const options = parsed.fresh ? { ...parsed, dataDir: mkdtempSync(join(tmpdir(), 'massage-coach-fresh-')) } : parsed;
  if (options.fresh) {
    const cleanUp = () => rmSync(options.dataDir, { recursive: true, force: true });
    process.once('exit', cleanUp);
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));
  }
  const chat = new Chat(options);
  await chat.start();
  const interactive = process.stdin.isTTY === true;
  if (interactive) console.log(`Massage Coach, local chat. State is kept in ${options.dataDir}.\n${USAGE}\nCtrl+D to quit.\n`);
  const lines = createInterface({ input: process.stdin, terminal: interactive, prompt: 'You:   ' });
  if (interactive) lines.prompt();
  for await (const line of lines) {
    if (!interactive) process.stdout.write(`You:   ${line}\n`);
    await chat.say(line);
    if (interactive) lines.prompt();
  }
  await chat.finish();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
