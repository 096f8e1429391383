import { cloudflareTest } from '@cloudflare/vitest-pool-workers';
import { defineConfig } from 'vitest/config';
import { testBindings } from './test/test-bindings.ts';

// Tests run inside workerd with the deploy config's bindings (D1, R2), plus what local runs add.
export default defineConfig({
  plugins: [
    cloudflareTest(async () => ({
      wrangler: { configPath: './wrangler.jsonc' },
      miniflare: { bindings: await testBindings() },
    })),
  ],
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    setupFiles: ['./test/apply-migrations.ts'],
    // A file's first test also pays for its workerd isolate and migrations; on a loaded CI
    // machine that alone has taken more than vitest's default 5 s.
    testTimeout: 30_000,
  },
});
