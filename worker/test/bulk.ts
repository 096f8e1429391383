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
