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
import { first, sql } from '../../db/sql';
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
  const inserted = await first<CheckinRow>(
    sql(
      d1,
      `INSERT INTO checkins (event_id, user_id, method, checked_in_at, late, offline, status, created_at)
     SELECT e.id, m.user_id, :method, :checkedInAt, CASE WHEN :checkedInAt > e.starts_at + e.late_after_minutes * 60000 THEN 1 ELSE 0 END,
       :offline, CASE WHEN :offline = 1 AND e.offline_auto_accept = 0 THEN 'pending' ELSE 'confirmed' END, :now
     FROM events e JOIN memberships m ON m.branch_id = e.branch_id AND m.user_id = :userId
     WHERE e.id = :eventId AND e.status = 'published' AND m.user_id = (${liveSessionUser(':sessionId')})
       AND :checkedInAt >= e.checkin_opens_at AND :checkedInAt <= e.checkin_closes_at
       AND (:offline = 0 OR :now <= e.checkin_closes_at + e.offline_grace_minutes * 60000)
       AND (e.audience = 'everyone' OR m.role <> 'masses')
       AND (e.geo_lat IS NULL OR (:lat IS NOT NULL
         AND ((:lat - e.geo_lat) * ${METRES_PER_DEGREE}) * ((:lat - e.geo_lat) * ${METRES_PER_DEGREE})
           + ((:lng - e.geo_lng) * ${METRES_PER_DEGREE} * :lngScale) * ((:lng - e.geo_lng) * ${METRES_PER_DEGREE} * :lngScale)
           <= e.geo_radius_m * e.geo_radius_m))
       AND (:method <> 'digits' OR (
         (SELECT coalesce(sum(count), 0) FROM checkin_failures WHERE user_id = :userId AND event_id = :eventId AND minute > :since) < ${WRONG_DIGITS_LIMIT.perPerson}
         AND (SELECT coalesce(sum(count), 0) FROM checkin_event_failures WHERE event_id = :eventId AND minute > :since) < ${WRONG_DIGITS_LIMIT.perEvent}))
     ON CONFLICT (event_id, user_id) DO NOTHING
     RETURNING event_id, user_id, method, checked_in_at, late, offline, status`,
      {
        userId: caller.userId,
        method: code.method,
        checkedInAt: code.checkedInAt,
        offline: Boolean(body.offline),
        now,
        eventId,
        lat: loc?.lat ?? null,
        lng: loc?.lng ?? null,
        lngScale: loc ? longitudeScale(loc.lat) : null,
        since,
        sessionId: caller.sessionId,
      },
    ),
  );
  if (inserted) return { checkin: toCheckin(inserted), alreadyCheckedIn: false };
  return explainRefusal(d1, caller, eventId, code, body, now);
});
