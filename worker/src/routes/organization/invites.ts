import { BRANCH_ROLE_LABELS, endpoints, hasRoleAtLeast, maxInviteRole, type BranchRole } from '@sitebranch/shared';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { Hono } from 'hono';
import type { Database } from '../../db/client';
import { newInviteCode } from '../../db/ids';
import { camelRows, sql } from '../../db/sql';
import { branches, invites } from '../../db/schema';
import type { AppEnv } from '../../env';
import { ApiError } from '../../http/errors';
import { implement } from '../../http/implement';

export const inviteRoutes = new Hono<AppEnv>();

const inviteColumns = {
  code: invites.code,
  branchId: invites.branchId,
  role: invites.role,
  expiresAt: invites.expiresAt,
  maxUses: invites.maxUses,
  uses: invites.uses,
  revokedAt: invites.revokedAt,
  createdAt: invites.createdAt,
};

type InviteRow = { revokedAt: number | null; expiresAt: number; uses: number; maxUses: number };
type JoinedRow = { branchId: string; branchName: string; role: BranchRole; inviteCode: string | null; joinedAt: number };

function withRevoked<T extends InviteRow>(row: T) {
  return { ...row, revoked: row.revokedAt !== null };
}

/** Why an invite cannot be used now, or null if it can. */
function unusableReason(invite: InviteRow, now: number) {
  if (invite.revokedAt !== null) return 'invite_revoked' as const;
  if (invite.expiresAt <= now) return 'invite_expired' as const;
  if (invite.uses >= invite.maxUses) return 'invite_used_up' as const;
  return null;
}

async function findInviteWithBranch(db: Database, code: string) {
  const row = await db
    .select({ ...inviteColumns, branchName: branches.name, branchKind: branches.kind })
    .from(invites)
    .innerJoin(branches, eq(branches.id, invites.branchId))
    .where(eq(invites.code, code))
    .get();
  if (!row) throw new ApiError('not_found', '邀请码不存在，请核对后重新输入');
  return row;
}

implement(inviteRoutes, endpoints.createInvite, async ({ c, caller, body }) => {
  const highest = maxInviteRole({ userId: caller.userId, ...caller.branch });
  if (!highest || !hasRoleAtLeast(highest, body.role)) {
    throw new ApiError('forbidden', `您最高只能邀请${highest ? BRANCH_ROLE_LABELS[highest] : '—'}加入`);
  }
  const now = Date.now();
  const invite = await c
    .get('db')
    .insert(invites)
    .values({
      code: newInviteCode(),
      branchId: caller.branch.branchId,
      role: body.role,
      expiresAt: now + body.expiresInHours * 3_600_000,
      maxUses: body.maxUses,
      createdBy: caller.userId,
      createdAt: now,
    })
    .returning(inviteColumns)
    .get();
  return withRevoked(invite);
});

implement(inviteRoutes, endpoints.listInvites, async ({ c, caller }) => {
  const list = await c
    .get('db')
    .select(inviteColumns)
    .from(invites)
    .where(eq(invites.branchId, caller.branch.branchId))
    .orderBy(desc(invites.createdAt))
    .limit(100);
  return { invites: list.map(withRevoked) };
});

implement(inviteRoutes, endpoints.revokeInvite, async ({ c, params }) => {
  await c
    .get('db')
    .update(invites)
    .set({ revokedAt: Date.now() })
    .where(and(eq(invites.code, params.code), isNull(invites.revokedAt)));
});

implement(inviteRoutes, endpoints.previewInvite, async ({ c, params }) => {
  const invite = await findInviteWithBranch(c.get('db'), params.code);
  return { ...invite, usable: unusableReason(invite, Date.now()) === null };
});

implement(inviteRoutes, endpoints.joinByInvite, async ({ c, caller, params }) => {
  const db = c.get('db');
  const d1 = c.env.DB;
  const now = Date.now();
  const { code } = params;
  const { userId } = caller;
  // One batch, one transaction: the membership is made only from a usable invite, and the use is
  // counted (and the member count refreshed) only when this request made it. A repeat changes nothing.
  const [, , , joined] = await d1.batch<Record<string, unknown>>([
    sql(
      d1,
      `INSERT INTO memberships (branch_id, user_id, role, invite_code, joined_at)
       SELECT i.branch_id, :userId, i.role, i.code, :now
       FROM invites i WHERE i.code = :code AND i.revoked_at IS NULL AND i.expires_at > :now AND i.uses < i.max_uses
       ON CONFLICT DO NOTHING`,
      { userId, now, code },
    ),
    sql(
      d1,
      // changes(): the rows the INSERT above made, in this transaction. Not "a membership joined at
      // this time": the same person's two requests at once see the same Date.now() in workerd.
      `UPDATE invites SET uses = uses + 1 WHERE code = :code AND changes() = 1`,
      { code },
    ),
    sql(
      d1,
      `UPDATE branches SET member_count = (SELECT count(*) FROM memberships WHERE branch_id = branches.id)
       WHERE id = (SELECT branch_id FROM invites WHERE code = :code)`,
      { code },
    ),
    sql(
      d1,
      `SELECT b.id AS branch_id, b.name AS branch_name, m.role, m.invite_code, m.joined_at
       FROM memberships m JOIN branches b ON b.id = m.branch_id
       WHERE m.user_id = :userId AND m.branch_id = (SELECT branch_id FROM invites WHERE code = :code)`,
      { userId, code },
    ),
  ]);

  const membership = camelRows<JoinedRow>(joined!.results)[0];
  if (membership) {
    const madeNow = membership.joinedAt === now && membership.inviteCode === code;
    return { ...membership, alreadyMember: !madeNow };
  }
  // Refused: a diagnostic read says why.
  const invite = await findInviteWithBranch(db, code);
  throw new ApiError(unusableReason(invite, now) ?? 'conflict');
});
