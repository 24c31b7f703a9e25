import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildEnvelope, newSession } from '../../lambda/local/envelope';
import { toReadableText } from '../../lambda/speech/ssml';
import { validateSmapi } from '../content/smapiTypes';
import { expectValidResponse, text } from '../support/conversation';

/**
 * `ask deploy` on a fresh clone, as far as it goes without an Amazon account: the ASK CLI's own code
 * (ask-cli, a dev dependency; its modules required directly) runs the code step of a deploy on a copy
 * of the files a clone has, and the artifact it would upload is opened and answers as Lambda would run it.
 */
const require = createRequire(import.meta.url);
const askCli = dirname(require.resolve('ask-cli/package.json'));
const cli = (module: string) => require(join(askCli, 'dist', 'lib', module));
const ResourcesConfig = cli('model/resources-config') as { new (path: string): unknown; dispose(): void };
const Manifest = cli('model/manifest') as {
  new (path: string): unknown;
  getInstance(): { getApis(): Record<string, unknown>; setApisEndpointByDomainRegion(domain: string, region: string, endpoint: { uri: string }): void; write(): void };
  dispose(): void;
};
const deployHelper = cli('commands/deploy/helper') as {
  buildSkillCode(profile: string, debug: boolean, callback: (error: unknown, codeList?: CodeBuild[]) => void): void;
};
/** The zip library the ASK CLI itself uses (its build flows write and read zips with it). */
const AdmZip = createRequire(join(askCli, 'package.json'))('adm-zip') as new (file: string) => {
  getEntries(): { entryName: string; isDirectory: boolean; getData(): Buffer }[];
  extractAllTo(dir: string, overwrite: boolean): void;
};

interface CodeBuild {
  readonly src: string;
  readonly build: { readonly folder: string; readonly file: string };
  readonly buildFlow: string;
  readonly regionsList: readonly string[];
}

const root = resolve('.');
let clone: string;

/** A copy of what a clone of this work tree holds: tracked files and new files that are not ignored. */
function freshClone(): string {
  const dir = mkdtempSync(join(tmpdir(), 'massage-coach-clone-'));
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { encoding: 'utf8' }).split('\0').filter((f) => f && existsSync(f));
  for (const file of files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    copyFileSync(file, join(dir, file));
    chmodSync(join(dir, file), statSync(file).mode & 0o777);
  }
  // `npm ci` would install the same packages: the clone uses this checkout's instead of a second install.
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'junction');
  return dir;
}

/** The ASK CLI's code step of `ask deploy`, run from the project root as the CLI runs it. */
async function buildSkillCode(projectRoot: string): Promise<CodeBuild[]> {
  process.chdir(projectRoot);
  try {
    new ResourcesConfig(join(projectRoot, 'ask-resources.json'));
    return await new Promise<CodeBuild[]>((done, fail) => deployHelper.buildSkillCode('default', false, (error, list) => (error ? fail(error) : done(list ?? []))));
  } finally {
    ResourcesConfig.dispose();
    process.chdir(root);
  }
}

afterAll(() => {
  if (clone) rmSync(clone, { recursive: true, force: true });
});

describe('ask deploy from a fresh clone (the ASK CLI\'s code step)', () => {
  let built: CodeBuild[];

  beforeAll(async () => {
    clone = freshClone();
    expect(existsSync(join(clone, 'dist', 'index.js')), 'a fresh clone has no build').toBe(false);
    built = await buildSkillCode(clone);
  }, 120_000);

  it('finds the code folder and runs hooks/build.sh, which writes the zip the CLI uploads', () => {
    expect(built).toHaveLength(1);
    const [code] = built;
    expect(code).toMatchObject({ src: './dist', buildFlow: 'CustomBuildFlow', regionsList: ['default'] });
    expect(code!.build.file).toBe(join(clone, '.ask', 'dist', 'build.zip'));
    expect(statSync(code!.build.file).size).toBeGreaterThan(10_000);
  });

  it('the zip holds the Lambda package: the bundle and what it loads, and nothing else', () => {
    const names = new AdmZip(built[0]!.build.file).getEntries().map((entry) => entry.entryName);
    expect(names).toContain('index.js');
    expect(names).toContain('i18next.js');
    expect(names).toContain('ask-sdk-model.js');
    for (const language of ['de', 'es', 'fr']) expect(names).toContain(`locales/${language}/common.json`);
    expect(names.filter((name) => name === 'README.md' || name.startsWith('node_modules/') || name.endsWith('.ts'))).toEqual([]);
  });

  it('unzipped, it answers as Lambda runs it, and logs the request with Lambda\'s request id', async () => {
    const unzipped = join(clone, 'unzipped');
    new AdmZip(built[0]!.build.file).extractAllTo(unzipped, true); // adm-zip checks every entry's CRC
    const { handler } = require(join(unzipped, 'index.js')) as { handler: (event: RequestEnvelope, context: unknown) => Promise<ResponseEnvelope> };
    expect(handler.length, 'nodejs24.x refuses a handler with a callback parameter').toBe(2);
    const lines: string[] = [];
    const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => lines.push(String(chunk)) > 0);
    let response: ResponseEnvelope;
    try {
      response = await handler(buildEnvelope({ type: 'LaunchRequest' }, newSession()), { awsRequestId: 'deploy-test-request-1' });
    } finally {
      write.mockRestore();
    }
    await expectValidResponse(response);
    const speech = response.response.outputSpeech;
    expect(toReadableText(speech?.type === 'SSML' ? speech.ssml : '')).toContain(text('common:launch.firstWelcome'));
    const request = lines.map((line) => JSON.parse(line) as Record<string, unknown>).find((line) => line.message === 'request');
    expect(request).toMatchObject({ level: 'INFO', requestId: 'deploy-test-request-1', type: 'LaunchRequest', outcome: 'ok' });
  });

  it('the same check refuses a code folder a clone does not have (HEAD\'s "./dist" before dist/README.md was kept)', async () => {
    renameSync(join(clone, 'dist'), join(clone, 'dist-moved'));
    try {
      await expect(buildSkillCode(clone)).rejects.toMatch(/File doesn't exist for code src: \.\/dist/);
    } finally {
      renameSync(join(clone, 'dist-moved'), join(clone, 'dist'));
    }
  });

  it('the deployer fills in the endpoint: skill.json has none, and with the one it writes it passes Amazon\'s schema', () => {
    const file = join(clone, 'skill-package', 'skill.json');
    const before = JSON.parse(readFileSync(file, 'utf8'));
    expect(before.manifest.apis.custom.endpoint).toBeUndefined();
    new Manifest(file);
    try {
      // What SkillInfrastructureController.updateSkillManifestWithDeployResult does with the stack's output.
      const domains = Object.keys(Manifest.getInstance().getApis());
      expect(domains).toEqual(['custom']);
      for (const domain of domains) Manifest.getInstance().setApisEndpointByDomainRegion(domain, 'default', { uri: 'arn:aws:lambda:us-east-1:123456789012:function:ask-MassageCoach-default-Skill-1' });
      Manifest.getInstance().write();
    } finally {
      Manifest.dispose();
    }
    const after = JSON.parse(readFileSync(file, 'utf8'));
    expect(after.manifest.apis.custom.endpoint).toEqual({ uri: 'arn:aws:lambda:us-east-1:123456789012:function:ask-MassageCoach-default-Skill-1' });
    expect(validateSmapi(after, 'v1.skill.Manifest.SkillManifestEnvelope')).toEqual([]);
  });
});

describe('ask run (local debugging) on the built clone', () => {
  it('the CLI finds ask-sdk-local-debug and the entry file in the code folder, and the debugger\'s own invocation gets an answer', async () => {
    expect(existsSync(join(clone, 'dist', 'index.js')), 'built by the deploy test above').toBe(true);
    execFileSync(process.execPath, ['scripts/build.mjs', 'local-debug'], { cwd: clone, stdio: 'ignore' });
    process.chdir(clone);
    let execConfig: { script: string; args: string[] };
    try {
      new ResourcesConfig(join(clone, 'ask-resources.json'));
      // What RunCommand._getSkillRunFlow does for a skill deployed with the CloudFormation deployer (no AWS, no token needed).
      const run = cli('commands/run/helper') as Record<string, (...args: unknown[]) => unknown>;
      const folder = run.getSkillCodeFolderName!('default', 'NA');
      const runtime = run.getNormalisedRuntime!('nodejs22.x');
      const flow = run.getSkillFlowInstance!(runtime, run.getNonHostedSkillInvocationInfo!(runtime, 'index.handler', folder), false, '5000', 'token', 'amzn1.ask.skill.local', 'NA', false) as { getExecConfig(): { script: string; args: string[] } };
      execConfig = flow.getExecConfig();
    } finally {
      ResourcesConfig.dispose();
      process.chdir(root);
    }
    expect(existsSync(execConfig.script)).toBe(true);
    const entry = execConfig.args[execConfig.args.indexOf('--skillEntryFile') + 1]!;
    expect(entry).toBe(join(clone, 'dist', 'index.js'));
    expect(execConfig.args[execConfig.args.indexOf('--handlerName') + 1]).toBe('handler');

    // ask-sdk-local-debug's own code: load the handler as it does, and answer one request from Alexa as it would.
    const localDebug = dirname(execConfig.script);
    const { getHandlerFunction } = require(join(localDebug, 'util', 'ArgsParserUtils.js')) as { getHandlerFunction(file: string, name: string): unknown };
    const { getSkillResponse } = require(join(localDebug, 'util', 'RequestResponseUtils.js')) as {
      getSkillResponse(request: { requestId: string; version: string; requestPayload: string }, config: { handler: unknown }, callback: (response: string) => void): void;
    };
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    let answer: { type: string; originalRequestId: string; responsePayload: string };
    try {
      const envelope = buildEnvelope({ type: 'LaunchRequest' }, newSession());
      answer = JSON.parse(await new Promise<string>((done) => getSkillResponse({ requestId: 'debug-1', version: '1.0', requestPayload: JSON.stringify(envelope) }, { handler: getHandlerFunction(entry, 'handler') }, done)));
    } finally {
      log.mockRestore();
      write.mockRestore();
    }
    expect(answer).toMatchObject({ type: 'SkillResponseSuccessMessage', originalRequestId: 'debug-1' });
    const response = JSON.parse(answer.responsePayload) as ResponseEnvelope;
    await expectValidResponse(response);
  });
});

describe('the Windows build hook', () => {
  it('hooks/build.ps1 takes the same two steps as hooks/build.sh, with the file the CLI passes', () => {
    const steps = (file: string) => readFileSync(file, 'utf8').split('\n').map((line) => line.trim()).filter((line) => line.startsWith('node '));
    expect(steps('hooks/build.sh')).toEqual(['node scripts/build.mjs lambda', 'node scripts/build.mjs package "$BUILD_FILE"']);
    expect(steps('hooks/build.ps1')).toEqual(['node scripts/build.mjs lambda', 'node scripts/build.mjs package $BuildFile']);
    expect(readFileSync('hooks/build.ps1', 'utf8')).toMatch(/param\(\s*\[Parameter\(Mandatory = \$true\)\]\[string\]\$BuildFile,\s*\[bool\]\$DoDebug/);
  });
});
