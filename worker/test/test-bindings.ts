import { readD1Migrations } from '@cloudflare/vitest-pool-workers';
import { fileURLToPath } from 'node:url';

/** The bindings every workerd test run adds to the deploy config: what `wrangler dev` gets from `.dev.vars`. */
export async function testBindings() {
  return {
    DEV_LOGIN: 'on',
    SESSION_SECRET: 'test-session-secret-0123456789abcdefghijklmnop',
    CHECKIN_SECRET: 'test-checkin-secret-0123456789abcdefghijklmnopq',
    FEEDBACK_RATE_SECRET: 'test-feedback-rate-secret-0123456789abcdefghij',
    RECEIPT_SECRET: 'test-receipt-secret-0123456789abcdefghijklmnop',
    WECHAT_APPID: 'wx-test-appid',
    WECHAT_SECRET: 'wx-test-secret',
    TEST_MIGRATIONS: await readD1Migrations(fileURLToPath(new URL('../migrations', import.meta.url))),
  };
}
