/**
 * The region admin appoints a branch's secretary from its members, or replaces the one there. One
 * batch, so that the branch is never left with no secretary nor with the old one half demoted:
 * the chosen member becomes 书记, and the former secretaries become 支委 or 党员 (or stay, beside).
 * Someone not yet in the branch is appointed by a secretary invite code instead (`createInvite`).
 */
import { endpoints } from '@sitebranch/shared';
import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { ApiError } from '../../http/errors';
import { implement } from '../../http/implement';

export const secretaryAppointmentRoutes = new Hono<AppEnv>();

implement(secretaryAppointmentRoutes, endpoints.appointSecretary, async ({ c, params, body }) => {
  const d1 = c.env.DB;
  // Each statement acts only on a branch of this region, and only when the chosen person is a member
  // of it who has logged in (a 花名册 person cannot be an organizer).
  const target = `EXISTS (SELECT 1 FROM branches WHERE id = ?1 AND region_id = ?2)
    AND EXISTS (SELECT 1 FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.branch_id = ?1 AND m.user_id = ?3 AND u.roster_only = 0)`;
  const statements = [
    // Former secretaries first, while the chosen one is not yet among them. Only a 支委 may be 纪检委员.
    ...(body.formerSecretaries === 'keep'
      ? []
      : [
          d1
            .prepare(
              `UPDATE memberships SET role = ?4, is_discipline = CASE WHEN ?4 = 'committee' THEN is_discipline ELSE 0 END
               WHERE branch_id = ?1 AND role = 'secretary' AND user_id <> ?3 AND ${target}`,
            )
            .bind(params.branchId, params.id, body.userId, body.formerSecretaries),
        ]),
    d1.prepare(`UPDATE memberships SET role = 'secretary', is_discipline = 0 WHERE branch_id = ?1 AND user_id = ?3 AND ${target}`).bind(params.branchId, params.id, body.userId),
    d1
      .prepare(
        `SELECT u.id AS userId, u.name, u.phone FROM memberships m JOIN users u ON u.id = m.user_id
         WHERE m.branch_id = ?1 AND m.role = 'secretary' ORDER BY m.joined_at`,
      )
      .bind(params.branchId),
  ];
  const results = await d1.batch(statements);
  const appointed = results.at(-2)!;
  if (appointed.meta.changes === 0) {
    const branch = await d1.prepare('SELECT 1 FROM branches WHERE id = ?1 AND region_id = ?2').bind(params.branchId, params.id).first();
    if (!branch) throw new ApiError('not_found', '本区域没有这个支部');
    const onRoster = await d1.prepare('SELECT 1 FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.branch_id = ?1 AND m.user_id = ?2 AND u.roster_only = 1').bind(params.branchId, body.userId).first();
    if (onRoster) throw new ApiError('roster_cannot_organize', undefined, { userId: '花名册上未登录的人员' });
    throw new ApiError('not_found', '此人不是该支部的成员：请先让他用书记邀请码加入支部', { userId: '不是该支部的成员' });
  }
  return { secretaries: results.at(-1)!.results as { userId: string; name: string | null; phone: string | null }[] };
});
