/**
 * Check-in: the hot write of the morning meeting. The code is checked in memory (HMAC, no reads);
 * the session, membership, audience, check-in window, offline grace, geofence and the wrong-guess
 * limits are all conditions of ONE insert statement, so the happy path is a single D1 round trip
 * and a repeat is a no-op (one row per person per event). Only a refused or repeated check-in pays
 * for a second, diagnostic read.
 */
import { deriveEventKey, endpoints, longitudeScale, METRES_PER_DEGREE, WRONG_DIGITS_LIMIT } from '@sitebranch/shared';
import { Hono } from 'hono';
import { secret } from '../../auth/secrets';
import { liveSessionUser } from '../../db/sessions';
import type { AppEnv } from '../../env';
import { implement } from '../../http/implement';
import { readCode } from '../../checkin/code';
import { toCheckin, type CheckinRow } from '../../checkin/checkin-row';
import { explainRefusal, refuseWrongCode } from '../../checkin/refusal';

export const checkinRoutes = new Hono<AppEnv>();


implement(checkinRoutes, endpoints.checkIn, async ({ c, caller, params, body }) => {
  const now = Date.now();
  const eventId = params.id;
  const code = readCode(deriveEventKey(secret(c.env, 'CHECKIN_SECRET'), eventId), eventId, body, now);
  const minute = Math.floor(now / 60_000);
  const d1 = c.env.DB;
  if (code.window === null) return refuseWrongCode(d1, caller, eventId, code.method, minute);

  const loc = body.location;
  const since = minute - WRONG_DIGITS_LIMIT.windowMinutes;
  // An offline scan is a claim: it waits for an organizer unless the event accepts them automatically.
  const inserted = await d1
    .prepare(
      `INSERT INTO checkins (event_id, user_id, method, checked_in_at, late, offline, status, created_at)
       SELECT e.id, m.user_id, ?2, ?3, CASE WHEN ?3 > e.starts_at + e.late_after_minutes * 60000 THEN 1 ELSE 0 END, ?4,
         CASE WHEN ?4 = 1 AND e.offline_auto_accept = 0 THEN 'pending' ELSE 'confirmed' END, ?5
       FROM events e JOIN memberships m ON m.branch_id = e.branch_id AND m.user_id = ?1
       WHERE e.id = ?6 AND e.status = 'published' AND m.user_id = (${liveSessionUser('?11')})
         AND ?3 >= e.checkin_opens_at AND ?3 <= e.checkin_closes_at
         AND (?4 = 0 OR ?5 <= e.checkin_closes_at + e.offline_grace_minutes * 60000)
         AND (e.audience = 'everyone' OR m.role <> 'masses')
         AND (e.geo_lat IS NULL OR (?7 IS NOT NULL
           AND ((?7 - e.geo_lat) * ${METRES_PER_DEGREE}) * ((?7 - e.geo_lat) * ${METRES_PER_DEGREE})
             + ((?8 - e.geo_lng) * ${METRES_PER_DEGREE} * ?9) * ((?8 - e.geo_lng) * ${METRES_PER_DEGREE} * ?9)
             <= e.geo_radius_m * e.geo_radius_m))
         AND (?2 <> 'digits' OR (
           (SELECT coalesce(sum(count), 0) FROM checkin_failures WHERE user_id = ?1 AND event_id = ?6 AND minute > ?10) < ${WRONG_DIGITS_LIMIT.perPerson}
           AND (SELECT coalesce(sum(count), 0) FROM checkin_event_failures WHERE event_id = ?6 AND minute > ?10) < ${WRONG_DIGITS_LIMIT.perEvent}))
       ON CONFLICT (event_id, user_id) DO NOTHING
       RETURNING event_id AS eventId, user_id AS userId, method, checked_in_at AS checkedInAt, late, offline, status`,
    )
    .bind(
      caller.userId,
      code.method,
      code.checkedInAt,
      body.offline ? 1 : 0,
      now,
      eventId,
      loc?.lat ?? null,
      loc?.lng ?? null,
      loc ? longitudeScale(loc.lat) : null,
      since,
      caller.sessionId,
    )
    .first<CheckinRow>();
  if (inserted) return { checkin: toCheckin(inserted), alreadyCheckedIn: false };
  return explainRefusal(d1, caller, eventId, code, body, now);
});
