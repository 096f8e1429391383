import { cloudflareTest } from '@cloudflare/vitest-pool-workers';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { testBindings } from '../worker/test/test-bindings.ts';

const worker = (path: string) => fileURLToPath(new URL(`../worker/${path}`, import.meta.url));

// The worker itself, in workerd, with the same bindings as its own tests.
export default defineConfig({
  plugins: [
    cloudflareTest(async () => ({
      wrangler: { configPath: worker('wrangler.jsonc') },
      miniflare: { bindings: await testBindings() },
    })),
  ],
  test: {
    include: ['authz/**/*.test.ts', 'fuzz/**/*.test.ts', 'faults/**/*.test.ts'],
    setupFiles: [worker('test/apply-migrations.ts')],
    testTimeout: 120_000,
  },
});
