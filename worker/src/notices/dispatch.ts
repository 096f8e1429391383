/**
 * The cron's WeChat round: claims the notices due to go (one statement, so two overlapping runs
 * never claim the same one), sends each to the person's openid with its template, and records what
 * WeChat said. A message is sent at most once: a claimed one that never came back (the worker died
 * mid-send) is marked unknown, never sent again.
 */
import { SUBSCRIBE_TEMPLATES, TEMPLATE_OF_KIND, TEMPLATE_VARS, type NoticeKind, type SubscribeTemplate } from '@sitebranch/shared';
import { all, first, sql } from '../db/sql';
import type { Env } from '../env';
import { accessToken, outcomeOf, sendSubscribeMessage, WechatRefusal, type WechatApp } from './wechat-send';

/** Messages claimed per run: WeChat's per-minute limits are far above what one run sends. */
export const SEND_BATCH = 50;
/** Tries before a message that WeChat keeps refusing for now is given up. */
export const MAX_SEND_ATTEMPTS = 5;
/** Waits after the 1st, 2nd… retryable refusal. */
const RETRY_AFTER_MS = [60_000, 5 * 60_000, 15 * 60_000, 60 * 60_000];
/** A claim older than this without an answer recorded: the run died while sending. */
const CLAIM_LOST_MS = 10 * 60_000;

export type TemplateIds = Partial<Record<SubscribeTemplate, string>>;

export function templateIds(env: Env): TemplateIds {
  return Object.fromEntries(SUBSCRIBE_TEMPLATES.flatMap((t) => (env[TEMPLATE_VARS[t]] ? [[t, env[TEMPLATE_VARS[t]]!]] : [])));
}

export function wechatApp(env: Env): WechatApp | null {
  return env.WECHAT_APPID && env.WECHAT_SECRET ? { appId: env.WECHAT_APPID, secret: env.WECHAT_SECRET } : null;
}

type Claimed = { id: string; userId: string; kind: NoticeKind; link: string; wechatData: string; sendAttempts: number };

export interface SendTally {
  sent: number;
  refused: number;
  failed: number;
  retried: number;
  noConsent: number;
}

export async function sendDueNotices(env: Env, now: number): Promise<SendTally> {
  const tally: SendTally = { sent: 0, refused: 0, failed: 0, retried: 0, noConsent: 0 };
  const d1 = env.DB;
  await sql(d1, `UPDATE notices SET send_state = 'unknown' WHERE send_state = 'sending' AND send_due_at < :lost`, {
    lost: now - CLAIM_LOST_MS,
  }).run();
  const app = wechatApp(env);
  if (!app) return tally;
  const claimed = await all<Claimed>(
    sql(
      d1,
      `UPDATE notices SET send_state = 'sending', send_due_at = :now, send_attempts = send_attempts + 1
       WHERE id IN (SELECT id FROM notices WHERE send_state = 'pending' AND send_due_at <= :now ORDER BY send_due_at LIMIT :limit)
       RETURNING id, user_id, kind, link, wechat_data, send_attempts`,
      { now, limit: SEND_BATCH },
    ),
  );
  if (claimed.length === 0) return tally;
  const templates = templateIds(env);
  let token: string;
  try {
    token = await accessToken(d1, app, now);
  } catch (error) {
    // No token, no sending: everything claimed waits for the next run, as any retryable refusal does.
    const code = error instanceof WechatRefusal ? error.code : 'network';
    for (const notice of claimed) await retryOrGiveUp(d1, notice, code, now, tally);
    return tally;
  }
  for (const notice of claimed) {
    const template = TEMPLATE_OF_KIND[notice.kind];
    const to = await first<{ openid: string | null }>(
      sql(
        d1,
        `SELECT u.openid FROM users u JOIN subscriptions s ON s.user_id = u.id AND s.template = :template AND s.credits > 0
         WHERE u.id = :userId AND u.openid NOT LIKE 'dev:%'`,
        { userId: notice.userId, template },
      ),
    );
    const templateId = templates[template];
    if (!to?.openid || !templateId) {
      await record(d1, notice.id, 'no_consent', null, now);
      tally.noConsent++;
      continue;
    }
    const message = {
      touser: to.openid,
      template_id: templateId,
      page: notice.link.replace(/^\//, ''),
      data: JSON.parse(notice.wechatData),
    };
    let code = await sendSubscribeMessage(token, message);
    if (outcomeOf(code) === 'renew_token') {
      token = await accessToken(d1, app, now, true);
      code = await sendSubscribeMessage(token, message);
    }
    const outcome = outcomeOf(code);
    if (outcome === 'sent') {
      await d1.batch([
        sql(d1, `UPDATE notices SET send_state = 'sent', sent_at = :now, send_error = NULL WHERE id = :id`, { id: notice.id, now }),
        sql(d1, 'UPDATE subscriptions SET credits = credits - 1, updated_at = :now WHERE user_id = :userId AND template = :template', {
          userId: notice.userId,
          template,
          now,
        }),
      ]);
      tally.sent++;
    } else if (outcome === 'refused') {
      // WeChat says the person has no consent left (or never was this openid): the app asks again next time.
      await d1.batch([
        sql(d1, `UPDATE notices SET send_state = 'refused', send_error = :code WHERE id = :id`, { id: notice.id, code }),
        sql(
          d1,
          'UPDATE subscriptions SET credits = 0, refused_at = :now, updated_at = :now WHERE user_id = :userId AND template = :template',
          {
            userId: notice.userId,
            template,
            now,
          },
        ),
      ]);
      tally.refused++;
    } else if (outcome === 'retry') {
      await retryOrGiveUp(d1, notice, code, now, tally);
    } else {
      await record(d1, notice.id, 'failed', code, now);
      tally.failed++;
    }
  }
  return tally;
}

async function retryOrGiveUp(d1: D1Database, notice: Claimed, code: string, now: number, tally: SendTally) {
  if (notice.sendAttempts < MAX_SEND_ATTEMPTS) {
    const wait = RETRY_AFTER_MS[Math.min(notice.sendAttempts, RETRY_AFTER_MS.length) - 1]!;
    await record(d1, notice.id, 'pending', code, now + wait);
    tally.retried++;
  } else {
    await record(d1, notice.id, 'failed', code, now);
    tally.failed++;
  }
}

function record(d1: D1Database, id: string, state: string, code: string | null, dueAt: number) {
  return sql(d1, 'UPDATE notices SET send_state = :state, send_error = :code, send_due_at = :dueAt WHERE id = :id', {
    id,
    state,
    code,
    dueAt,
  }).run();
}
