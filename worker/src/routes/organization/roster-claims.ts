/**
 * Claiming a place on the 花名册 (认领): a worker who was on the roster without a login logs in and
 * enters the one-time code the secretary handed them. They become that same member — never a
 * second one: the membership (role, work team, when they joined), their check-ins and leaves move
 * onto their own account, in one batch that does nothing unless this request spent the code.
 */
import { endpoints, sha256Hex, type BranchRole } from '@sitebranch/shared';
import { Hono } from 'hono';
import { camelRows, first, sql } from '../../db/sql';
import type { AppEnv } from '../../env';
import { ApiError } from '../../http/errors';
import { implement } from '../../http/implement';

export const rosterClaimRoutes = new Hono<AppEnv>();

const NOT_FOUND = '认领码不正确，请核对后重新输入';

/** The code's claim (by the code's hash), and whether its 花名册 person is still on the branch's roster. */
const CLAIM = `SELECT rc.branch_id, b.name AS branch_name, u.name, m.work_team,
    (m.user_id IS NOT NULL AND u.roster_only = 1) AS on_roster, rc.used_at, rc.used_by, rc.expires_at
  FROM roster_claims rc JOIN branches b ON b.id = rc.branch_id JOIN users u ON u.id = rc.user_id
  LEFT JOIN memberships m ON m.branch_id = rc.branch_id AND m.user_id = rc.user_id
  WHERE rc.code_hash = :codeHash`;

interface ClaimRow {
  branchId: string;
  branchName: string;
  name: string;
  workTeam: string | null;
  onRoster: number;
  usedAt: number | null;
  usedBy: string | null;
  expiresAt: number;
}

async function findClaim(d1: D1Database, codeHash: string) {
  const claim = await first<ClaimRow>(sql(d1, CLAIM, { codeHash }));
  if (!claim) throw new ApiError('not_found', NOT_FOUND);
  return claim;
}

implement(rosterClaimRoutes, endpoints.previewClaim, async ({ c, params }) => {
  const claim = await findClaim(c.env.DB, sha256Hex(params.code));
  if (claim.usedAt !== null || claim.expiresAt <= Date.now() || !claim.onRoster) throw new ApiError('claim_unusable');
  return { branchId: claim.branchId, branchName: claim.branchName, name: claim.name, workTeam: claim.workTeam };
});

/**
 * Each statement takes :codeHash, :userId (the person claiming) and :now. The first statement spends the code only when it is
 * live, its person is still a 花名册 member of its branch, and the claimer is not in that branch yet;
 * every later one acts only if that happened (`SPENT`). Check-ins and leaves are copied and then
 * deleted rather than updated, so the counters' triggers move them from one person to the other.
 */
const SPENT = `EXISTS (SELECT 1 FROM roster_claims WHERE code_hash = :codeHash AND used_by = :userId AND used_at = :now)`;
const ROSTER_PERSON = `(SELECT user_id FROM roster_claims WHERE code_hash = :codeHash)`;
const BRANCH = `(SELECT branch_id FROM roster_claims WHERE code_hash = :codeHash)`;
const CLAIM_STATEMENTS = [
  `UPDATE roster_claims SET used_by = :userId, used_at = :now
   WHERE code_hash = :codeHash AND used_at IS NULL AND expires_at > :now
     AND EXISTS (SELECT 1 FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.branch_id = roster_claims.branch_id AND m.user_id = roster_claims.user_id AND u.roster_only = 1)
     AND NOT EXISTS (SELECT 1 FROM memberships WHERE branch_id = roster_claims.branch_id AND user_id = :userId)
     AND NOT EXISTS (SELECT 1 FROM users WHERE id = :userId AND roster_only = 1)`,
  `UPDATE memberships SET user_id = :userId WHERE branch_id = ${BRANCH} AND user_id = ${ROSTER_PERSON} AND ${SPENT}`,
  `INSERT INTO checkins (event_id, user_id, method, checked_in_at, late, offline, status, reviewed_by, reviewed_at, review_note, recorded_by, note, created_at)
   SELECT event_id, :userId, method, checked_in_at, late, offline, status, reviewed_by, reviewed_at, review_note, recorded_by, note, created_at
   FROM checkins WHERE user_id = ${ROSTER_PERSON} AND ${SPENT}
   ON CONFLICT (event_id, user_id) DO NOTHING`,
  `DELETE FROM checkins WHERE user_id = ${ROSTER_PERSON} AND ${SPENT}`,
  `INSERT INTO leaves (event_id, user_id, reason, status, requested_at, decided_by, decided_at, note)
   SELECT event_id, :userId, reason, status, requested_at, decided_by, decided_at, note FROM leaves WHERE user_id = ${ROSTER_PERSON} AND ${SPENT}
   ON CONFLICT (event_id, user_id) DO NOTHING`,
  `DELETE FROM leaves WHERE user_id = ${ROSTER_PERSON} AND ${SPENT}`,
  `UPDATE checkin_undos SET user_id = :userId WHERE user_id = ${ROSTER_PERSON} AND ${SPENT}`,
  // What the secretary wrote fills in what the person's own profile leaves empty.
  `UPDATE users SET name = coalesce(users.name, r.name), phone = coalesce(users.phone, r.phone), unit_name = coalesce(users.unit_name, r.unit_name), updated_at = :now
   FROM (SELECT name, phone, unit_name FROM users WHERE id = ${ROSTER_PERSON}) r
   WHERE users.id = :userId AND ${SPENT}`,
  // Any other code for the same person is spent too.
  `UPDATE roster_claims SET expires_at = :now WHERE user_id = ${ROSTER_PERSON} AND used_at IS NULL AND expires_at > :now AND ${SPENT}`,
  `SELECT b.id AS branch_id, b.name AS branch_name, m.role, rc.used_at = :now AS made_now
   FROM roster_claims rc JOIN branches b ON b.id = rc.branch_id JOIN memberships m ON m.branch_id = rc.branch_id AND m.user_id = :userId
   WHERE rc.code_hash = :codeHash AND rc.used_by = :userId`,
];

implement(rosterClaimRoutes, endpoints.claimRosterPerson, async ({ c, caller, params }) => {
  const d1 = c.env.DB;
  const codeHash = sha256Hex(params.code);
  const now = Date.now();
  const results = await d1.batch<Record<string, unknown>>(
    CLAIM_STATEMENTS.map((statement) => sql(d1, statement, { codeHash, userId: caller.userId, now })),
  );
  const claimed = camelRows<{ branchId: string; branchName: string; role: BranchRole; madeNow: number }>(results.at(-1)!.results)[0];
  // A retry of one's own claim finds it done.
  if (claimed) return { branchId: claimed.branchId, branchName: claimed.branchName, role: claimed.role, alreadyMember: !claimed.madeNow };

  const claim = await findClaim(d1, codeHash);
  if (claim.usedAt !== null || claim.expiresAt <= now || !claim.onRoster) throw new ApiError('claim_unusable');
  const member = await sql(d1, 'SELECT 1 FROM memberships WHERE branch_id = :branchId AND user_id = :userId', {
    branchId: claim.branchId,
    userId: caller.userId,
  }).first();
  throw new ApiError(member ? 'claim_already_member' : 'claim_unusable');
});
