/**
 * The region admin appoints a branch's secretary from its members, or replaces the one there. One
 * batch, so that the branch is never left with no secretary nor with the old one half demoted:
 * the chosen member becomes 书记, and the former secretaries become 支委 or 党员 (or stay, beside).
 * Someone not yet in the branch is appointed by a secretary invite code instead (`createInvite`).
 */
import { endpoints } from '@sitebranch/shared';
import { Hono } from 'hono';
import { camelRows, sql } from '../../db/sql';
import type { AppEnv } from '../../env';
import { ApiError } from '../../http/errors';
import { implement } from '../../http/implement';

export const secretaryAppointmentRoutes = new Hono<AppEnv>();

implement(secretaryAppointmentRoutes, endpoints.appointSecretary, async ({ c, params, body }) => {
  const d1 = c.env.DB;
  // Each statement acts only on a branch of this region, and only when the chosen person is a member
  // of it who has logged in (a 花名册 person cannot be an organizer).
  const target = `EXISTS (SELECT 1 FROM branches WHERE id = :branchId AND region_id = :regionId)
    AND EXISTS (SELECT 1 FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.branch_id = :branchId AND m.user_id = :userId AND u.roster_only = 0)`;
  const chosen = { branchId: params.branchId, regionId: params.id, userId: body.userId };
  const statements = [
    // Former secretaries first, while the chosen one is not yet among them. Only a 支委 may be 纪检委员.
    ...(body.formerSecretaries === 'keep'
      ? []
      : [
          sql(
            d1,
            `UPDATE memberships SET role = :formerRole, is_discipline = CASE WHEN :formerRole = 'committee' THEN is_discipline ELSE 0 END
             WHERE branch_id = :branchId AND role = 'secretary' AND user_id <> :userId AND ${target}`,
            { ...chosen, formerRole: body.formerSecretaries },
          ),
        ]),
    sql(
      d1,
      `UPDATE memberships SET role = 'secretary', is_discipline = 0 WHERE branch_id = :branchId AND user_id = :userId AND ${target}`,
      chosen,
    ),
    sql(
      d1,
      `SELECT u.id AS user_id, u.name, u.phone FROM memberships m JOIN users u ON u.id = m.user_id
       WHERE m.branch_id = :branchId AND m.role = 'secretary' ORDER BY m.joined_at`,
      { branchId: params.branchId },
    ),
  ];
  const results = await d1.batch<Record<string, unknown>>(statements);
  const appointed = results.at(-2)!;
  if (appointed.meta.changes === 0) {
    const branch = await sql(d1, 'SELECT 1 FROM branches WHERE id = :branchId AND region_id = :regionId', {
      branchId: params.branchId,
      regionId: params.id,
    }).first();
    if (!branch) throw new ApiError('not_found', '本区域没有这个支部');
    const onRoster = await sql(
      d1,
      'SELECT 1 FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.branch_id = :branchId AND m.user_id = :userId AND u.roster_only = 1',
      { branchId: params.branchId, userId: body.userId },
    ).first();
    if (onRoster) throw new ApiError('roster_cannot_organize', undefined, { userId: '花名册上未登录的人员' });
    throw new ApiError('not_found', '此人不是该支部的成员：请先让他用书记邀请码加入支部', { userId: '不是该支部的成员' });
  }
  return { secretaries: camelRows<{ userId: string; name: string | null; phone: string | null }>(results.at(-1)!.results) };
});
