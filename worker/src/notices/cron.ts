/**
 * The notices' part of every cron run, in one batch that is safe when two runs overlap: event
 * reminders and changes, contests opening and on their last day, the organizers' morning digest and
 * the 三会一课 still missing near a period's end turned into notices, and notices past their 90 days forgotten; then what is due sent to WeChat.
 */
import { DAY_MS, NOTICE_KEEP_DAYS } from '@sitebranch/shared';
import { sql } from '../db/sql';
import type { Env } from '../env';
import { sendDueNotices, templateIds, type SendTally } from './dispatch';
import { contestNoticeStatements } from './contest-notices';
import { eventNoticeStatements } from './event-notices';
import { meetingsMissingStatements } from './meetings-missing';
import { digestStatements } from './organizer-digest';

export async function runNoticeCron(env: Env, now: number): Promise<SendTally> {
  const templates = templateIds(env);
  await env.DB.batch([
    ...eventNoticeStatements(env.DB, templates, now),
    ...contestNoticeStatements(env.DB, templates, now),
    ...digestStatements(env.DB, templates, now),
    ...meetingsMissingStatements(env.DB, templates, now),
    sql(env.DB, 'DELETE FROM notices WHERE created_at < :before', { before: now - NOTICE_KEEP_DAYS * DAY_MS }),
  ]);
  return sendDueNotices(env, now);
}
