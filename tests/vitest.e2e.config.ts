import { defineConfig } from 'vitest/config';

// End-to-end: the H5 build in Debian's Chromium, against `wrangler dev` (see e2e/local-worker.ts).
export default defineConfig({
  test: {
    include: ['e2e/**/*.test.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
