import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/support/mochaForAskSdkTest.ts'],
    // ask-sdk-test mocks the AWS SDK v2 for the whole process: keep each file in its own.
    isolate: true,
    testTimeout: 20_000,
    env: { AWS_EC2_METADATA_DISABLED: 'true' },
  },
});
