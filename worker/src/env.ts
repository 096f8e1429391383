import type { Database } from './db/client';

/** Bindings from wrangler.jsonc, `.dev.vars` and `wrangler secret`. */
export interface Env {
  DB: D1Database;
  PHOTOS: R2Bucket;
  /** `on` enables `POST /api/auth/dev`. Only local runs and tests set it. */
  DEV_LOGIN?: string;
  /** Signs session tokens. Each secret has one use: see `auth/secrets.ts`. */
  SESSION_SECRET?: string;
  /** Derives the per-event and per-person check-in code keys. */
  CHECKIN_SECRET?: string;
  /** Keys the feedback daily limit and the retry keys of a submission. */
  FEEDBACK_RATE_SECRET?: string;
  /** Keys the stored hash of anonymous feedback receipts. */
  RECEIPT_SECRET?: string;
  SESSION_TTL_HOURS?: string;
  /** `on` reports each request's D1 round trips and rows in a header (db/meter.ts). Only `npm run bench` sets it. */
  D1_METER?: string;
  WECHAT_APPID?: string;
  WECHAT_SECRET?: string;
  /** Subscribe-message template ids, one per kind of consent (shared TEMPLATE_VARS; README: Reminders). Empty: that kind goes to 消息 only. */
  WECHAT_TEMPLATE_EVENT?: string;
  WECHAT_TEMPLATE_FEEDBACK?: string;
  WECHAT_TEMPLATE_LEAVE?: string;
  WECHAT_TEMPLATE_ORGANIZER?: string;
  WECHAT_TEMPLATE_CONTEST?: string;
}

export interface AppEnv {
  Bindings: Env;
  Variables: {
    db: Database;
    requestId: string;
  };
}
