import { cloudflareTest } from '@cloudflare/vitest-pool-workers';
import { defineConfig } from 'vitest/config';

// The domain logic runs inside workerd, the runtime the worker runs it in (the phone runs the same
// source through its own build; the miniapp's component tests cover that side).
export default defineConfig({
  plugins: [
    cloudflareTest({
      miniflare: { compatibilityDate: '2026-04-20', compatibilityFlags: ['nodejs_compat'] },
    }),
  ],
  test: { include: ['src/**/*.test.ts'] },
});
