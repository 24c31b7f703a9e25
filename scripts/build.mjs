// Builds with esbuild. `lambda`: the one minified CommonJS bundle for AWS Lambda (dist/index.js,
// locales inlined). `chat`: the local chat (.build/chat.js). `serve`: the HTTP server (.build/serve.js). `fixtures`: test/fixtures/*.json.
import { build } from 'esbuild';

const target = process.argv[2] ?? 'lambda';
const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning', legalComments: 'none' };

if (target === 'lambda') {
  // The AWS SDK v3 comes with the Lambda nodejs22.x runtime, and is only loaded when a table is set.
  await build({ ...common, entryPoints: ['lambda/index.ts'], outfile: 'dist/index.js', minify: true, sourcemap: false, external: ['@aws-sdk/*'] });
} else if (target === 'chat') {
  await build({ ...common, entryPoints: ['lambda/local/chat.ts'], outfile: '.build/chat.js', sourcemap: 'inline', external: ['@aws-sdk/*'] });
} else if (target === 'serve') {
  await build({ ...common, entryPoints: ['lambda/local/serve.ts'], outfile: '.build/serve.js', sourcemap: 'inline', external: ['@aws-sdk/*'] });
} else if (target === 'fixtures') {
  await build({ ...common, entryPoints: ['scripts/fixtures.ts'], outfile: '.build/fixtures.js' });
  await import(new URL('../.build/fixtures.js', import.meta.url).href);
} else {
  console.error(`Unknown build target "${target}": lambda, chat, serve or fixtures`);
  process.exit(1);
}
