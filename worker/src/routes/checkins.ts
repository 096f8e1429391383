/**
 * Check-in: the hot write of the morning meeting. The code is checked in memory (HMAC, no reads);
 * membership, audience, sign-in window, geofence and the wrong-guess limit are all conditions of
 * ONE insert statement, so the happy path is a single D1 round trip and a repeat is a no-op
 * (one row per person per event). Only a refused or repeated check-in pays for a second, diagnostic read.
 */
import {
  CLOCK_SKEW_MS,
  DIGITS_ACCEPT_MS,
  OFFLINE_REPLAY_MS,
  QR_ACCEPT_MS,
  codeTiming,
  codeWindowStart,
  deriveEventKey,
  distanceMeters,
  endpoints,
  matchDigitsCode,
  verifyQrToken,
  type CheckinMethod,
  type ValidBodyOf,
} from '@sitebranch/shared';
import { Hono } from 'hono';
import { requireSecret } from '../auth/session';
import type { AppEnv } from '../env';
import { ApiError } from '../http/errors';
import { implement } from '../http/implement';

export const checkinRoutes = new Hono<AppEnv>();

/** Wrong 6-digit codes allowed per person and event in ten minutes. */
const MAX_WRONG_DIGITS = 5;
const WRONG_DIGITS_WINDOW_MIN = 10;
const METRES_PER_DEGREE = 111_320;

type CheckinBody = ValidBodyOf<typeof endpoints.checkIn>;
type CheckinRow = { eventId: string; userId: string; method: CheckinMethod; checkedInAt: number; late: number; offline: number };

/** Which code window the request names, and the check-in time it earns; throws when the code is wrong or stale. */
function readCode(keyHex: string, eventId: string, body: CheckinBody, now: number) {
  const method = body.token !== undefined ? ('qr' as const) : ('digits' as const);
  const acceptMs = method === 'qr' ? QR_ACCEPT_MS : DIGITS_ACCEPT_MS;
  const scannedAt = body.offline ? Math.min(body.scannedAt ?? now, now) : now;
  const window = method === 'qr' ? verifyQrToken(keyHex, eventId, body.token!) : matchDigitsCode(keyHex, eventId, body.digits!, scannedAt);
  if (window === null) return { method, window: null, checkedInAt: now };

  if (body.offline) {
    // A scan queued with no signal: valid if the code was valid when scanned, replayed within 24 h.
    const shownAt = codeWindowStart(window);
    if (shownAt > now + CLOCK_SKEW_MS) return { method, window: null, checkedInAt: now };
    if (now - shownAt > OFFLINE_REPLAY_MS + acceptMs) throw new ApiError('code_expired', '离线签到已超过 24 小时，请联系组织者补签');
    return { method, window, checkedInAt: shownAt };
  }
  const timing = codeTiming(window, now, acceptMs);
  if (timing === 'expired') throw new ApiError('code_expired');
  if (timing === 'early') return { method, window: null, checkedInAt: now };
  return { method, window, checkedInAt: now };
}

implement(checkinRoutes, endpoints.checkIn, async ({ c, caller, params, body }) => {
  const now = Date.now();
  const eventId = params.id;
  const keyHex = deriveEventKey(requireSecret(c.env.SESSION_SECRET), eventId);
  const code = readCode(keyHex, eventId, body, now);
  const minute = Math.floor(now / 60_000);
  const d1 = c.env.DB;

  if (code.window === null) {
    if (code.method === 'digits') {
      await d1
        .prepare(
          `INSERT INTO signin_failures (user_id, event_id, minute, count) VALUES (?1, ?2, ?3, 1)
           ON CONFLICT (user_id, event_id, minute) DO UPDATE SET count = count + 1`,
        )
        .bind(caller.userId, eventId, minute)
        .run();
    }
    throw new ApiError('code_invalid');
  }

  const loc = body.location;
  const inserted = await d1
    .prepare(
      `INSERT INTO checkins (event_id, user_id, method, checked_in_at, late, offline, created_at)
       SELECT e.id, ?1, ?2, ?3, CASE WHEN ?3 > e.starts_at + e.late_after_minutes * 60000 THEN 1 ELSE 0 END, ?4, ?5
       FROM events e JOIN memberships m ON m.branch_id = e.branch_id AND m.user_id = ?1
       WHERE e.id = ?6 AND e.status = 'published'
         AND ?3 >= e.signin_opens_at AND ?3 <= e.signin_closes_at
         AND (e.audience = 'everyone' OR m.role <> 'masses')
         AND (e.geo_lat IS NULL OR (?7 IS NOT NULL
           AND ((?7 - e.geo_lat) * ${METRES_PER_DEGREE}) * ((?7 - e.geo_lat) * ${METRES_PER_DEGREE})
             + ((?8 - e.geo_lng) * ${METRES_PER_DEGREE} * ?9) * ((?8 - e.geo_lng) * ${METRES_PER_DEGREE} * ?9)
             <= e.geo_radius_m * e.geo_radius_m))
         AND (?2 <> 'digits' OR (SELECT coalesce(sum(count), 0) FROM signin_failures
           WHERE user_id = ?1 AND event_id = ?6 AND minute > ?10) < ${MAX_WRONG_DIGITS})
       ON CONFLICT (event_id, user_id) DO NOTHING
       RETURNING event_id AS eventId, user_id AS userId, method, checked_in_at AS checkedInAt, late, offline`,
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
      loc ? Math.cos((loc.lat * Math.PI) / 180) : null,
      minute - WRONG_DIGITS_WINDOW_MIN,
    )
    .first<CheckinRow>();
  if (inserted) return { checkin: toCheckin(inserted), alreadyCheckedIn: false };
  return explainRefusal(d1, caller.userId, eventId, code.checkedInAt, body, minute - WRONG_DIGITS_WINDOW_MIN);
});

function toCheckin(row: CheckinRow) {
  return { ...row, late: row.late === 1, offline: row.offline === 1 };
}

/** The insert did nothing: return the existing check-in, or say exactly why it was refused. */
async function explainRefusal(d1: D1Database, userId: string, eventId: string, checkedInAt: number, body: CheckinBody, sinceMinute: number) {
  const facts = await d1
    .prepare(
      `SELECT e.status, e.audience, e.signin_opens_at AS opensAt, e.signin_closes_at AS closesAt,
         e.geo_lat AS geoLat, e.geo_lng AS geoLng, e.geo_radius_m AS radiusM,
         (SELECT role FROM memberships WHERE branch_id = e.branch_id AND user_id = ?1) AS role,
         (SELECT coalesce(sum(count), 0) FROM signin_failures WHERE user_id = ?1 AND event_id = ?2 AND minute > ?3) AS wrongGuesses,
         c.method, c.checked_in_at AS checkedInAt, c.late, c.offline
       FROM events e LEFT JOIN checkins c ON c.event_id = e.id AND c.user_id = ?1
       WHERE e.id = ?2`,
    )
    .bind(userId, eventId, sinceMinute)
    .first<{
      status: string; audience: string; opensAt: number; closesAt: number; geoLat: number | null; geoLng: number | null; radiusM: number | null;
      role: string | null; wrongGuesses: number; method: CheckinRow['method'] | null; checkedInAt: number | null; late: number; offline: number;
    }>();
  if (!facts) throw new ApiError('not_found', '活动不存在或已删除');
  if (!facts.role) throw new ApiError('forbidden', '您不是该支部的成员');
  if (facts.method !== null && facts.checkedInAt !== null) {
    return { checkin: toCheckin({ eventId, userId, method: facts.method, checkedInAt: facts.checkedInAt, late: facts.late, offline: facts.offline }), alreadyCheckedIn: true };
  }
  if (facts.status !== 'published') throw new ApiError('event_not_open');
  if (checkedInAt < facts.opensAt) throw new ApiError('signin_not_started');
  if (checkedInAt > facts.closesAt) throw new ApiError('signin_closed');
  if (facts.audience === 'members' && facts.role === 'masses') throw new ApiError('members_only');
  if (body.digits !== undefined && facts.wrongGuesses >= MAX_WRONG_DIGITS) throw new ApiError('too_many_attempts');
  if (facts.geoLat !== null && facts.geoLng !== null) {
    if (!body.location) throw new ApiError('location_required');
    const metres = Math.round(distanceMeters(body.location, { lat: facts.geoLat, lng: facts.geoLng }));
    throw new ApiError('out_of_range', `不在活动地点范围内（约 ${metres} 米，需在 ${facts.radiusM} 米内）`);
  }
  throw new ApiError('conflict', '暂时无法签到，请稍后重试');
}
