// Builds with esbuild. `lambda`: the minified CommonJS bundle for AWS Lambda (dist/index.js, its parts dist/part-*.js; the texts in
// dist/locales, i18next and ask-sdk-model beside it, loaded when needed). `chat`: the local chat (.build/chat.js). `serve`: the HTTP server (.build/serve.js). `fixtures`: test/fixtures/*.json. `models`: the interaction models from models/*.ts.
// `package FILE`: zips dist/ into FILE for `ask deploy` (hooks/build.sh and build.ps1). `local-debug`: links ask-sdk-local-debug into
// dist/ for `ask run`. `icons [--check]`: the skill icons from assets/icon.svg. `policy-links [--check]`: skill.json's
// privacy and terms links from package.json's homepage.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import * as zlib from 'node:zlib';
import { build } from 'esbuild';

const target = process.argv[2] ?? 'lambda';
const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning', legalComments: 'none' };

/**
 * The texts go beside the bundle (dist/locales/LOCALE/NS.json), read when a request first speaks from a
 * namespace (lambda/i18n.ts): a cold start compiles none of them. Inside the bundle, English cost 0.5 ms
 * to compile and 0.2 ms to read at every cold start (npm run bench). The path is joined by hand:
 * node:path's join costs 0.06 ms the first time it is called.
 * Written flat ("launch.firstWelcome": text), which i18n.ts and i18next both read: JSON.parse makes no
 * nested objects, and English common.json reads in 0.13 ms instead of 0.25 ms (the first request reads it).
 */
const languagesBeside = {
  name: 'languages-beside-the-bundle',
  setup(b) {
    b.onLoad({ filter: /[\\/]locales[\\/][a-z]{2}(-[A-Z]{2})?[\\/]\w+\.json$/ }, (args) => {
      const [language, file] = args.path.split(/[\\/]/).slice(-2);
      const out = join('dist', 'locales', language, file);
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, JSON.stringify(flat(JSON.parse(readFileSync(args.path, 'utf8')))));
      return { contents: `module.exports = JSON.parse(require('fs').readFileSync(__dirname + ${JSON.stringify(`/locales/${language}/${file}`)}, 'utf8'));`, loader: 'js' };
    });
  },
};

/** A text file's nested groups as one level of dotted keys: `{ a: { b: 'x' } }` is `{ 'a.b': 'x' }`. */
function flat(texts, prefix = '', into = {}) {
  for (const [key, value] of Object.entries(texts)) {
    if (typeof value === 'object' && value !== null) flat(value, `${prefix}${key}.`, into);
    else into[`${prefix}${key}`] = value;
  }
  return into;
}

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

/**
 * Parts of the skill that few requests run are files beside the bundle (dist/part-NAME.js), loaded when
 * a request first uses one: V8 compiles every byte of a file it loads (about 25 µs a KB on this
 * machine), and a launch or a routine step runs none of this code. The source is not changed for it:
 * in the bundle, each module listed here is a stand-in whose functions load its part when first called
 * (its constants, strings and numbers, are copied into the stand-in: reading one loads nothing). A
 * part's imports of the bundle's own modules are the bundle's, handed to it when it loads, never second
 * copies: module state (caches, classes, symbols) stays one. Loading the bundle loads no part: the
 * build checks it. It pays: 0.8 ms of every cold start (5.4 to 4.5 ms, median of 31 in turns, npm run bench's probe).
 */
const PARTS = {
  // Cold and heat therapy, a cold-therapy day, reminders, and the Alexa API calls they make.
  alexa: [
    'lambda/flow/therapy.ts',
    'lambda/flow/coldPlan.ts',
    'lambda/flow/reminders.ts',
    'lambda/handlers/runEffect.ts',
    'lambda/services/alexaApis.ts',
    'lambda/services/timers.ts',
    'lambda/services/reminders.ts',
  ],
  // The DynamoDB store (DYNAMODB_TABLE), and merging a session's changes with another device's.
  store: ['lambda/persistence/DynamoDbStore.ts', 'lambda/persistence/mergeState.ts'],
};
/** The name under which a part gets the bundle's modules (see `partPlugin`). */
const BUNDLE_MODULES = '__massageCoachBundle';
const projectPath = (path) => relative(process.cwd(), path).split(sep).join('/');

/** Which modules the bundle keeps ('core') and which go to each part, from the whole bundle's module graph. */
async function splitIntoParts(options) {
  const { metafile } = await build({ ...options, write: false, metafile: true });
  const imports = new Map(Object.entries(metafile.inputs).map(([path, input]) => [path, input.imports.filter((i) => !i.external).map((i) => i.path)]));
  const partOfEntry = new Map(Object.entries(PARTS).flatMap(([part, entries]) => entries.map((entry) => [entry, part])));
  const reach = (from, stop) => {
    const seen = new Set();
    for (const todo = [...from]; todo.length > 0; ) {
      const path = todo.pop();
      if (seen.has(path)) continue;
      seen.add(path);
      for (const next of imports.get(path) ?? []) if (!stop(next)) todo.push(next);
    }
    return seen;
  };
  const owner = new Map([...reach([options.entryPoints[0]], (path) => partOfEntry.has(path))].map((path) => [path, 'core']));
  for (const [part, entries] of Object.entries(PARTS)) {
    for (const entry of entries) if (!imports.has(entry)) throw new Error(`${entry} (part ${part}) is not in the bundle`);
    for (const path of reach(entries, (next) => owner.get(next) === 'core' || (partOfEntry.has(next) && partOfEntry.get(next) !== part))) {
      if (owner.has(path) && owner.get(path) !== part) throw new Error(`${path} is needed by parts ${owner.get(path)} and ${part}: give it to one, or to the bundle`);
      owner.set(path, part);
    }
  }
  const formats = new Map(Object.entries(metafile.inputs).map(([path, input]) => [path, input.format]));
  return { owner, partOfEntry, formats };
}

/**
 * A part's entry module's exports, as its stand-in has them: functions (and classes) call the part's,
 * loading it on the first call; constants (strings, numbers) are copied. Any other export is left out of
 * the stand-in: the bundle importing one fails to build, and then the module does not belong in a part.
 */
async function exportsOf(entry) {
  const out = `.build/parts/${entry.replaceAll('/', '_')}.cjs`;
  await build({ ...common, entryPoints: [entry], outfile: out, packages: 'external' });
  const exported = createRequire(import.meta.url)(resolve(out));
  return {
    constants: Object.fromEntries(Object.entries(exported).filter(([, value]) => ['string', 'number', 'boolean'].includes(typeof value))),
    functions: Object.keys(exported).filter((name) => typeof exported[name] === 'function'),
  };
}

/**
 * In the bundle ('core'): each part's entry modules become stand-ins, and a loader per part hands it
 * the bundle's modules it imports. In a part: the bundle's modules are the ones handed over, and
 * another part's entry module is the bundle's stand-in for it.
 */
function partPlugin(split, role, { stubs = new Map(), needs = new Map(), names = new Map() } = {}) {
  const { owner, partOfEntry, formats } = split;
  return {
    name: `parts-${role}`,
    setup(b) {
      b.onResolve({ filter: /^part-(stub|loader|file):/ }, (args) => {
        const [kind, path] = args.path.split(/:(.*)/s);
        return kind === 'part-file' ? { path: `./part-${path}.js`, external: true } : { path, namespace: kind };
      });
      b.onResolve({ filter: /.*/ }, async (args) => {
        if (args.pluginData?.parts || args.namespace !== 'file' || args.kind === 'entry-point') return undefined;
        const found = await b.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: { parts: true } });
        if (found.errors.length > 0 || found.external || found.namespace !== 'file') return undefined;
        const path = projectPath(found.path);
        if (role === 'core') return partOfEntry.has(path) ? { path, namespace: 'part-stub' } : undefined;
        const home = owner.get(path);
        if (home === role) return undefined;
        const handed = home === 'core' ? path : partOfEntry.has(path) ? `part-stub:${path}` : undefined;
        if (handed === undefined) return { errors: [{ text: `${path} (part ${home}) is imported by part ${role}` }] };
        needs.set(handed, formats.get(path));
        return { path: handed, namespace: 'bundle-module' };
      });
      b.onLoad({ filter: /.*/, namespace: 'bundle-module' }, (args) => ({ contents: `module.exports = ${BUNDLE_MODULES}[${JSON.stringify(args.path)}];`, loader: 'js' }));
      b.onLoad({ filter: /.*/, namespace: 'part-stub' }, (args) => {
        const { functions, constants } = stubs.get(args.path);
        const real = (name) => `load()[${JSON.stringify(args.path)}].${name}`;
        return {
          contents: [
            `import { load } from ${JSON.stringify(`part-loader:${partOfEntry.get(args.path)}`)};`,
            ...functions.map((name) => `export function ${name}(...args) { return new.target ? new (${real(name)})(...args) : ${real(name)}(...args); }`),
            ...Object.entries(constants).map(([name, value]) => `export const ${name} = ${JSON.stringify(value)};`),
          ].join('\n'),
          loader: 'js',
          resolveDir: process.cwd(),
        };
      });
      // The bundle's modules a part imports are handed to it by name, not as namespace objects: esbuild
      // would make one for each at load (0.3 ms of a cold start for thirteen of them).
      b.onLoad({ filter: /.*/, namespace: 'part-loader' }, (args) => {
        const handed = [...(needs.get(args.path) ?? new Map())];
        const imports = [];
        const modules = handed.map(([path, format], i) => {
          if (format !== 'esm' && !path.startsWith('part-stub:')) return `${JSON.stringify(path)}: require(${JSON.stringify(resolve(path))})`;
          const exported = names.get(path) ?? [];
          imports.push(`import { ${exported.map((name, j) => `${name} as m${i}_${j}`).join(', ')} } from ${JSON.stringify(path.startsWith('part-stub:') ? path : resolve(path))};`);
          return `${JSON.stringify(path)}: { ${exported.map((name, j) => `${name}: m${i}_${j}`).join(', ')} }`;
        });
        return {
          contents: [...imports, 'let part;', `export function load() { return (part ??= require(${JSON.stringify(`part-file:${args.path}`)})({ ${modules.join(', ')} })); }`].join('\n'),
          loader: 'js',
          resolveDir: process.cwd(),
        };
      });
    },
  };
}

/** Builds the bundle (`options`: the whole skill's build) and its parts beside it, and checks that loading it loads none. */
async function buildWithParts(options) {
  const split = await splitIntoParts(options);
  const stubs = new Map();
  for (const entry of split.partOfEntry.keys()) stubs.set(entry, await exportsOf(entry));
  const needs = new Map();
  for (const [part, entries] of Object.entries(PARTS)) {
    const handed = new Map();
    needs.set(part, handed);
    await build({
      ...options,
      entryPoints: undefined,
      stdin: { contents: `module.exports = { ${entries.map((entry) => `${JSON.stringify(entry)}: require(${JSON.stringify(`./${entry}`)})`).join(', ')} };`, resolveDir: process.cwd(), loader: 'js' },
      outfile: join(dirname(options.outfile), `part-${part}.js`),
      banner: { js: `module.exports = (${BUNDLE_MODULES}) => {\nconst module = { exports: {} };\nconst exports = module.exports;` },
      footer: { js: 'return module.exports;\n};' },
      plugins: [partPlugin(split, part, { needs: handed }), ...options.plugins],
    });
  }
  // The names the bundle's modules export, for handing them to the parts.
  const handedModules = [...new Set([...needs.values()].flatMap((handed) => [...handed].filter(([, format]) => format === 'esm').map(([path]) => path)))];
  const { metafile } = await build({ entryPoints: handedModules.filter((path) => !path.startsWith('part-stub:')), format: 'esm', write: false, metafile: true, outdir: '.build/parts/names', logLevel: 'silent' });
  const names = new Map(Object.values(metafile.outputs).map((output) => [output.entryPoint, output.exports]));
  for (const [entry, { functions, constants }] of stubs) names.set(`part-stub:${entry}`, [...functions, ...Object.keys(constants)]);
  await build({ ...options, plugins: [partPlugin(split, 'core', { stubs, needs, names }), ...options.plugins] });
  const loaded = execFileSync(process.execPath, ['-e', `require(${JSON.stringify(resolve(options.outfile))}); console.log(Object.keys(require.cache).filter((f) => /[\\\\/]part-[^\\\\/]*$/.test(f)).join(' '))`], {
    encoding: 'utf8',
    env: { ...process.env, DYNAMODB_TABLE: '' },
  }).trim();
  if (loaded !== '') throw new Error(`Loading ${options.outfile} loads ${loaded}: a part must load only when a request needs it`);
}

/** CRC-32 as zip and PNG use it: node:zlib's (Node 20.15 and later), or the table-driven one it replaces. */
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = zlib.crc32 ?? ((data) => {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
});

/**
 * dist/README.md is committed: `ask deploy` checks that the code folder of ask-resources.json exists
 * before it runs the build hook, so a fresh clone needs the folder. The build keeps it; the package leaves it out.
 */
const DIST_KEEP = 'README.md';

/** Every file under `dir`, as paths relative to it with forward slashes, sorted. */
function filesUnder(dir, prefix = '') {
  return readdirSync(join(dir, prefix), { withFileTypes: true })
    .flatMap((entry) => {
      const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
      return entry.isDirectory() ? filesUnder(dir, rel) : [rel];
    })
    .sort();
}

/**
 * A zip of `files` (relative to `dir`) written with node:zlib: deflated, fixed dates and modes (0644),
 * so the same build gives the same bytes (and the ASK CLI's hash of it only changes with the code).
 */
function zip(dir, files, out) {
  const DOS_DATE = (1 << 5) | 1; // 1980-01-01, 00:00
  const parts = [];
  const central = [];
  let offset = 0;
  for (const rel of files) {
    const data = readFileSync(join(dir, rel));
    const packed = zlib.deflateRawSync(data, { level: 9 });
    const name = Buffer.from(rel, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    local.writeUInt16LE(0x0800, 6); // names are UTF-8
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE((3 << 8) | 20, 4); // made by: Unix, 2.0 (so the modes below are read)
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(0x0800, 8);
    header.writeUInt16LE(8, 10);
    header.writeUInt16LE(0, 12);
    header.writeUInt16LE(DOS_DATE, 14);
    header.writeUInt32LE(crc, 16);
    header.writeUInt32LE(packed.length, 20);
    header.writeUInt32LE(data.length, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt32LE((0o100644 << 16) >>> 0, 38); // a regular file, rw-r--r--
    header.writeUInt32LE(offset, 42);
    parts.push(local, name, packed);
    central.push(header, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, Buffer.concat([...parts, directory, end]));
}

/** A PNG's chunks after the signature, with a tEXt chunk put right after IHDR. */
function withPngComment(png, text) {
  const signature = 8;
  const ihdrEnd = signature + 8 + png.readUInt32BE(signature) + 4;
  const body = Buffer.from(`Comment\0${text}`, 'latin1');
  const chunk = Buffer.alloc(12 + body.length);
  chunk.writeUInt32BE(body.length, 0);
  chunk.write('tEXt', 4, 'latin1');
  body.copy(chunk, 8);
  chunk.writeUInt32BE(crc32(chunk.subarray(4, 8 + body.length)), 8 + body.length);
  return Buffer.concat([png.subarray(0, ihdrEnd), chunk, png.subarray(ihdrEnd)]);
}

const ICON_SOURCE = 'assets/icon.svg';
const ICONS = { 108: 'skill-package/assets/images/icon-108.png', 512: 'skill-package/assets/images/icon-512.png' };
const POLICY_LANGUAGES = { en: '', de: 'de/', es: 'es/', fr: 'fr/' };

/** Writes (or with --check, compares) generated files; --check exits 1 naming the stale ones. */
function writeOrCheck(outputs) {
  const check = process.argv.includes('--check');
  const stale = Object.entries(outputs).filter(([file, bytes]) => !existsSync(file) || !readFileSync(file).equals(Buffer.from(bytes)));
  if (check) {
    if (stale.length > 0) {
      console.error(`Stale: ${stale.map(([file]) => file).join(', ')} (run: node scripts/build.mjs ${target})`);
      process.exit(1);
    }
    return;
  }
  for (const [file, bytes] of stale) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, bytes);
  }
}

if (target === 'lambda') {
  mkdirSync('dist', { recursive: true });
  for (const entry of readdirSync('dist')) if (entry !== DIST_KEEP) rmSync(join('dist', entry), { recursive: true, force: true });
  // @aws-sdk/* stays outside the bundle: the store has its own DynamoDB client, and loads only the credential
  // provider chain (@aws-sdk/credential-provider-node) when the environment has no keys, never on Lambda.
  await buildWithParts({ ...common, entryPoints: ['lambda/index.ts'], outfile: 'dist/index.js', minify: true, sourcemap: false, external: ['@aws-sdk/*'], plugins: [languagesBeside, i18nextBeside, modelBeside] });
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
} else if (target === 'package') {
  // The Lambda package: everything the build wrote to dist/, without the placeholder or a local-debug link.
  const out = process.argv[3];
  if (!out) {
    console.error('Usage: node scripts/build.mjs package OUT.zip');
    process.exit(1);
  }
  if (!existsSync('dist/index.js')) {
    console.error('dist/index.js is missing: run node scripts/build.mjs lambda first');
    process.exit(1);
  }
  const files = filesUnder('dist').filter((file) => file !== DIST_KEEP && !file.startsWith('node_modules/'));
  zip('dist', files, resolve(out));
  console.log(`${relative(process.cwd(), resolve(out)).split(sep).join('/')}: ${files.length} files`);
} else if (target === 'local-debug') {
  // `ask run` starts <code src>/node_modules/ask-sdk-local-debug/dist/LocalDebuggerInvoker.js with <code src>/index.js:
  // the project's own copy is linked there (a junction on Windows, which needs no extra rights).
  const link = join('dist', 'node_modules', 'ask-sdk-local-debug');
  const installed = dirname(createRequire(import.meta.url).resolve('ask-sdk-local-debug/package.json'));
  rmSync(link, { recursive: true, force: true });
  mkdirSync(dirname(link), { recursive: true });
  symlinkSync(installed, link, 'junction');
  console.log(`${link.split(sep).join('/')} -> ${relative(process.cwd(), installed).split(sep).join('/')}`);
} else if (target === 'icons') {
  // The skill icons (108 and 512 px) drawn from the SVG with resvg (WebAssembly: the same pixels on every machine).
  const { initWasm, Resvg } = await import('@resvg/resvg-wasm');
  await initWasm(readFileSync(createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm')));
  const svg = readFileSync(ICON_SOURCE, 'utf8');
  const comment = `Generated from ${ICON_SOURCE} by: node scripts/build.mjs icons`;
  writeOrCheck(Object.fromEntries(Object.entries(ICONS).map(([size, file]) => [file, withPngComment(Buffer.from(new Resvg(svg, { fitTo: { mode: 'width', value: Number(size) } }).render().asPng()), comment)])));
} else if (target === 'policy-links') {
  // Every locale of skill.json links to the privacy and terms pages in its language, under package.json's homepage
  // (docs/ published as it is: GitHub Pages, or any static host; `npm run serve` serves the same pages).
  const { homepage } = JSON.parse(readFileSync('package.json', 'utf8'));
  if (!/^https:\/\/[^/]+\/.*\/$/.test(homepage ?? '')) {
    console.error('package.json needs "homepage": the https address where docs/ is published, ending in /');
    process.exit(1);
  }
  const manifest = JSON.parse(readFileSync('skill-package/skill.json', 'utf8'));
  const locales = manifest.manifest.privacyAndCompliance.locales;
  for (const locale of Object.keys(manifest.manifest.publishingInformation.locales)) {
    const folder = POLICY_LANGUAGES[locale.slice(0, 2)];
    if (folder === undefined) throw new Error(`No policy pages for ${locale}`);
    locales[locale] = { privacyPolicyUrl: `${homepage}${folder}privacy`, termsOfUseUrl: `${homepage}${folder}terms` };
  }
  writeOrCheck({ 'skill-package/skill.json': `${JSON.stringify(manifest, null, 2)}\n` });
} else {
  console.error(`Unknown build target "${target}": lambda, chat, serve, models, profile-nlu, fixtures, package, local-debug, icons or policy-links`);
  process.exit(1);
}
