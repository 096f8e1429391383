import { defineConfig } from 'vitest/config';

// Load and crash (`npm run soak`, and a suite of the test command): the real `wrangler dev` on its
// own port and state, killed and restarted by the tests themselves (see soak/nothing-lost.test.ts).
export default defineConfig({
  test: {
    include: ['soak/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
