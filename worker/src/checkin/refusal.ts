/**
 * Why a check-in did not go in, read only when it did not (the happy path is one statement). The
 * order matters: who may not check in at all, or has used up their wrong guesses, learns nothing
 * about the code they sent.
 */
import { fenceDistanceMeters, offlineGraceLabel, WRONG_DIGITS_LIMIT, type CheckinMethod, type CheckinStatus } from '@sitebranch/shared';
import { ApiError } from '../http/errors';
import { liveSessionUser } from '../db/sessions';
import { camelRows, first, sql } from '../db/sql';
import { toCheckin } from './checkin-row';
import type { CheckinBody } from './code';

/** The caller's standing at the event and the wrong guesses counted since `:since` (a minute), as one row. */
const FACTS = `SELECT e.status, e.audience, e.checkin_opens_at AS opens_at, e.checkin_closes_at AS closes_at,
    e.offline_grace_minutes AS grace_minutes, e.geo_lat, e.geo_lng, e.geo_radius_m AS radius_m,
    :userId IS (${liveSessionUser(':sessionId')}) AS session_live,
    (SELECT role FROM memberships WHERE branch_id = e.branch_id AND user_id = :userId) AS role,
    (SELECT coalesce(sum(count), 0) FROM checkin_failures
      WHERE user_id = :userId AND event_id = :eventId AND minute > :since) AS person_guesses,
    (SELECT coalesce(sum(count), 0) FROM checkin_event_failures WHERE event_id = :eventId AND minute > :since) AS event_guesses,
    c.method, c.checked_in_at, c.late, c.offline, c.status AS checkin_status
  FROM events e LEFT JOIN checkins c ON c.event_id = e.id AND c.user_id = :userId
  WHERE e.id = :eventId`;

type Facts = {
  status: string;
  audience: string;
  opensAt: number;
  closesAt: number;
  graceMinutes: number;
  geoLat: number | null;
  geoLng: number | null;
  radiusM: number | null;
  sessionLive: number;
  role: string | null;
  personGuesses: number;
  eventGuesses: number;
  method: CheckinMethod | null;
  checkedInAt: number | null;
  late: number;
  offline: number;
  checkinStatus: CheckinStatus | null;
};

export interface Caller {
  userId: string;
  sessionId: string;
}

const facts = (d1: D1Database, caller: Caller, eventId: string, since: number) =>
  sql(d1, FACTS, { userId: caller.userId, eventId, since, sessionId: caller.sessionId });

/** Refusals that come before the code is looked at: no such event, logged out, not a member, guesses used up. */
function refuseBeforeCode(f: Facts | null, digits: boolean): asserts f is Facts {
  if (!f) throw new ApiError('not_found', '活动不存在或已删除');
  if (f.sessionLive !== 1) throw new ApiError('unauthenticated', '您已退出登录，请重新登录');
  if (!f.role) throw new ApiError('forbidden', '您不是该支部的成员');
  if (digits && (f.personGuesses >= WRONG_DIGITS_LIMIT.perPerson || f.eventGuesses >= WRONG_DIGITS_LIMIT.perEvent))
    throw new ApiError('too_many_attempts');
}

/**
 * A wrong code. Wrong digits are counted, per person and per event, only for a member of the
 * event's branch with a live session (nothing is written for an event they cannot check in to);
 * past the limit the answer is the same whether the digits were right or wrong.
 */
export async function refuseWrongCode(
  d1: D1Database,
  caller: Caller,
  eventId: string,
  method: 'qr' | 'digits',
  minute: number,
): Promise<never> {
  const sinceMinute = minute - WRONG_DIGITS_LIMIT.windowMinutes;
  if (method === 'qr') {
    refuseBeforeCode(await first<Facts>(facts(d1, caller, eventId, sinceMinute)), false);
    throw new ApiError('code_invalid');
  }
  const mayGuess = `EXISTS (SELECT 1 FROM events e JOIN memberships m ON m.branch_id = e.branch_id AND m.user_id = :userId
      WHERE e.id = :eventId)
    AND :userId = (${liveSessionUser(':sessionId')})`;
  const guess = { userId: caller.userId, eventId, minute, sessionId: caller.sessionId };
  const [before] = await d1.batch<Record<string, unknown>>([
    facts(d1, caller, eventId, sinceMinute),
    sql(
      d1,
      `INSERT INTO checkin_failures (user_id, event_id, minute, count) SELECT :userId, :eventId, :minute, 1 WHERE ${mayGuess}
       ON CONFLICT (user_id, event_id, minute) DO UPDATE SET count = count + 1`,
      guess,
    ),
    sql(
      d1,
      `INSERT INTO checkin_event_failures (event_id, minute, count) SELECT :eventId, :minute, 1 WHERE ${mayGuess}
       ON CONFLICT (event_id, minute) DO UPDATE SET count = count + 1`,
      guess,
    ),
  ]);
  refuseBeforeCode(camelRows<Facts>(before!.results)[0] ?? null, true);
  throw new ApiError('code_invalid');
}

/** The insert did nothing: return the existing check-in, or say exactly why it was refused. */
export async function explainRefusal(
  d1: D1Database,
  caller: Caller,
  eventId: string,
  code: { method: 'qr' | 'digits'; checkedInAt: number },
  body: CheckinBody,
  now: number,
) {
  const f = await first<Facts>(facts(d1, caller, eventId, Math.floor(now / 60_000) - WRONG_DIGITS_LIMIT.windowMinutes));
  refuseBeforeCode(f, code.method === 'digits');
  if (f.method !== null && f.checkedInAt !== null && f.checkinStatus !== null) {
    const existing = {
      eventId,
      userId: caller.userId,
      method: f.method,
      checkedInAt: f.checkedInAt,
      late: f.late,
      offline: f.offline,
      status: f.checkinStatus,
    };
    return { checkin: toCheckin(existing), alreadyCheckedIn: true };
  }
  if (f.status !== 'published') throw new ApiError('event_not_open');
  if (code.checkedInAt < f.opensAt) throw new ApiError('checkin_not_started');
  if (code.checkedInAt > f.closesAt) throw new ApiError('checkin_closed');
  if (body.offline && now > f.closesAt + f.graceMinutes * 60_000) {
    throw new ApiError('checkin_closed', `离线签到须在${offlineGraceLabel(f.graceMinutes)}，已超过，请联系组织者补签`);
  }
  if (f.audience === 'members' && f.role === 'masses') throw new ApiError('members_only');
  if (f.geoLat !== null && f.geoLng !== null) {
    if (!body.location) throw new ApiError('location_required');
    // Rounded up: a refusal never reads as inside the fence ("约 300 米，需在 300 米内").
    const metres = Math.ceil(fenceDistanceMeters(body.location, { lat: f.geoLat, lng: f.geoLng }));
    throw new ApiError('out_of_range', `不在活动地点范围内（约 ${metres} 米，需在 ${f.radiusM} 米内）`);
  }
  throw new ApiError('conflict', '暂时无法签到，请稍后重试');
}
