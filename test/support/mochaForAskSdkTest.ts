import { createRequire } from 'node:module';
import { it } from 'vitest';

/**
 * ask-sdk-test calls `require('mocha').it` with mocha-style `done` callbacks. This puts a small
 * stand-in for mocha into Node's require cache whose `it` runs the test under vitest, turning
 * `done(error?)` into a promise. (../shared/PLATFORM.md: "ask-sdk-test under vitest".)
 */
type Done = (error?: unknown) => void;
const require = createRequire(import.meta.url);

const mochaStandIn = {
  it(name: string, body: (done: Done) => void): void {
    it(name, () => new Promise<void>((resolve, reject) => body((error) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve()))));
  },
};

let mochaPath: string | undefined;
try {
  mochaPath = require.resolve('mocha');
} catch {
  mochaPath = undefined;
}
if (mochaPath !== undefined) {
  const cached = { id: mochaPath, filename: mochaPath, loaded: true, exports: mochaStandIn } as unknown as NodeJS.Module;
  require.cache[mochaPath] = cached;
}
