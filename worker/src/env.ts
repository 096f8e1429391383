import type { Database } from './db/client';

/** Bindings from wrangler.jsonc, `.dev.vars` and `wrangler secret`. */
export interface Env {
  DB: D1Database;
  PHOTOS: R2Bucket;
  /** `on` enables `POST /api/auth/dev`. Only local runs and tests set it. */
  DEV_LOGIN?: string;
  SESSION_SECRET?: string;
  SESSION_TTL_HOURS?: string;
  WECHAT_APPID?: string;
  WECHAT_SECRET?: string;
}

export interface AppEnv {
  Bindings: Env;
  Variables: {
    db: Database;
    requestId: string;
  };
}
