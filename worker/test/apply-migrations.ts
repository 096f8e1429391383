import { applyD1Migrations } from 'cloudflare:test';
import { env } from 'cloudflare:workers';

// The same migrations wrangler applies; applyD1Migrations skips the ones already applied.
await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
