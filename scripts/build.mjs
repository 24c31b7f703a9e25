// Builds with esbuild. `lambda`: the minified CommonJS bundle for AWS Lambda (dist/index.js, English
// inline; other languages in dist/locales, i18next and ask-sdk-model beside it, loaded when needed). `chat`: the local chat (.build/chat.js). `serve`: the HTTP server (.build/serve.js). `fixtures`: test/fixtures/*.json. `models`: the interaction models from models/*.ts.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';

const target = process.argv[2] ?? 'lambda';
const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning', legalComments: 'none' };

/**
 * German, Spanish and French texts go beside the bundle (dist/locales/LANG/NS.json), read when a
 * language is first spoken: a cold start does not parse 100 KB of text it does not speak.
 * (English stays inline; the source `require`s them lazily either way.)
 */
const languagesBeside = {
  name: 'languages-beside-the-bundle',
  setup(b) {
    b.onLoad({ filter: /[\\/]locales[\\/](de|es|fr)[\\/]\w+\.json$/ }, (args) => {
      const [language, file] = args.path.split(/[\\/]/).slice(-2);
      const out = join('dist', 'locales', language, file);
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, JSON.stringify(JSON.parse(readFileSync(args.path, 'utf8'))));
      const at = JSON.stringify(['locales', language, file]);
      return { contents: `module.exports = JSON.parse(require('fs').readFileSync(require('path').join(__dirname, ...${at}), 'utf8'));`, loader: 'js' };
    });
  },
};

/**
 * i18next goes beside the bundle too (dist/i18next.js): the skill only starts it for the few texts
 * that need it (plurals), so a cold start does not compile its 50 KB.
 */
const i18nextBeside = {
  name: 'i18next-beside-the-bundle',
  setup(b) {
    b.onResolve({ filter: /^i18next$/ }, () => ({ path: './i18next.js', external: true }));
  },
};

/**
 * ask-sdk-model goes beside the bundle too (dist/ask-sdk-model.js): its only code is the Alexa API
 * clients (60 KB), which the skill makes when a request first calls an API (lambda/services/alexaApis.ts).
 * ask-sdk-core's CustomSkill requires it when it loads, for a client factory it only makes when the SDK
 * is given an API client (the skill gives none): it gets a factory that loads the real one if ever made.
 */
const modelBeside = {
  name: 'ask-sdk-model-beside-the-bundle',
  setup(b) {
    b.onResolve({ filter: /^ask-sdk-model$/ }, (args) =>
      /[\\/]ask-sdk-core[\\/]dist[\\/]skill[\\/]CustomSkill\.js$/.test(args.importer) ? { path: 'ask-sdk-model', namespace: 'lazy-model' } : { path: './ask-sdk-model.js', external: true },
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-model' }, () => ({
      contents: `class ServiceClientFactory { constructor(config) { return new (require('ask-sdk-model').services.ServiceClientFactory)(config); } }
module.exports = { services: { ServiceClientFactory } };`,
      loader: 'js',
    }));
  },
};

if (target === 'lambda') {
  rmSync('dist', { recursive: true, force: true });
  // The AWS SDK v3 comes with the Lambda nodejs22.x runtime, and is only loaded when a table is set.
  await build({ ...common, entryPoints: ['lambda/index.ts'], outfile: 'dist/index.js', minify: true, sourcemap: false, external: ['@aws-sdk/*'], plugins: [languagesBeside, i18nextBeside, modelBeside] });
  await build({ ...common, entryPoints: [createRequire(import.meta.url).resolve('i18next')], outfile: 'dist/i18next.js', minify: true });
  await build({ ...common, entryPoints: [createRequire(import.meta.url).resolve('ask-sdk-model')], outfile: 'dist/ask-sdk-model.js', minify: true });
} else if (target === 'chat') {
  await build({ ...common, entryPoints: ['lambda/local/chat.ts'], outfile: '.build/chat.js', sourcemap: 'inline', external: ['@aws-sdk/*'] });
} else if (target === 'serve') {
  await build({ ...common, entryPoints: ['lambda/local/serve.ts'], outfile: '.build/serve.js', sourcemap: 'inline', external: ['@aws-sdk/*'] });
} else if (target === 'models') {
  await build({ ...common, entryPoints: ['models/writeModels.ts'], outfile: '.build/models.js' });
  await import(new URL('../.build/models.js', import.meta.url).href);
} else if (target === 'profile-nlu') {
  await build({ ...common, entryPoints: ['scripts/profileNlu.ts'], outfile: '.build/profileNlu.js' });
  await import(new URL('../.build/profileNlu.js', import.meta.url).href);
} else if (target === 'fixtures') {
  await build({ ...common, entryPoints: ['scripts/fixtures.ts'], outfile: '.build/fixtures.js' });
  await import(new URL('../.build/fixtures.js', import.meta.url).href);
} else {
  console.error(`Unknown build target "${target}": lambda, chat, serve, models, profile-nlu or fixtures`);
  process.exit(1);
}
