import { env } from 'cloudflare:workers';

/**
 * Check-ins `from`…`to` at an event by people who came and have since left the branch: history
 * grows, the roster does not. For the tests that show a figure's cost does not grow with history.
 */
export async function addPastCheckins(eventId: string, prefix: string, from: number, to: number): Promise<void> {
  await env.DB.prepare(
    `WITH RECURSIVE n(i) AS (SELECT ?2 UNION ALL SELECT i + 1 FROM n WHERE i < ?3)
     INSERT INTO users (id, openid, name, created_at, updated_at) SELECT ?1 || i, ?1 || i, '离开的工友', 0, 0 FROM n`,
  )
    .bind(prefix, from, to)
    .run();
  await env.DB.prepare(
    `WITH RECURSIVE n(i) AS (SELECT ?2 UNION ALL SELECT i + 1 FROM n WHERE i < ?3)
     INSERT INTO checkins (event_id, user_id, method, checked_in_at, late, offline, status, created_at) SELECT ?4, ?1 || i, 'qr', 0, 0, 0, 'confirmed', 0 FROM n`,
  )
    .bind(prefix, from, to, eventId)
    .run();
}

/**
 * Feedback items `from`…`to` of a branch, answered and closed, one every ten days back from
 * `before`: years of months behind the period, which "open now" and "overdue now" must not read.
 */
export async function addPastFeedback(branchId: string, prefix: string, from: number, to: number, before: number): Promise<void> {
  await env.DB.prepare(
    `WITH RECURSIVE n(i) AS (SELECT ?2 UNION ALL SELECT i + 1 FROM n WHERE i < ?3)
     INSERT INTO feedback (id, branch_id, category, text, anonymous, status, accept_due_at, resolve_due_at, overdue, closed_at, rating, created_at, updated_at)
     SELECT ?1 || i, ?4, CASE i % 3 WHEN 0 THEN 'hazard' WHEN 1 THEN 'request' ELSE 'suggestion' END, '过去的意见', 1, 'resolved',
            at + 172800000, at + 1296000000, 0, at + 432000000, 5, at, at
     FROM (SELECT i, ?5 - i * 864000000 AS at FROM n)`,
  )
    .bind(prefix, from, to, branchId, before)
    .run();
}
