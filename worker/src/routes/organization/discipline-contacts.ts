/**
 * A region's discipline contacts (纪检联系人): the region admin appoints people of the region —
 * a member of one of its branches, or one of its admins — to handle the 廉政监督 reports sent past
 * the branches. The last contact cannot be removed while such a report is still open: it would
 * leave nobody to handle it.
 */
import { endpoints } from '@sitebranch/shared';
import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { ApiError } from '../../http/errors';
import { implement } from '../../http/implement';

export const disciplineContactRoutes = new Hono<AppEnv>();

/** A contact as listed, from `region_discipline_contacts dc` joined to `users u`. */
const CONTACT_COLUMNS = `dc.user_id AS userId, u.name, u.phone, u.unit_name AS unitName, dc.created_at AS appointedAt,
  (SELECT b.name FROM memberships m JOIN branches b ON b.id = m.branch_id
   WHERE m.user_id = dc.user_id AND b.region_id = dc.region_id ORDER BY m.joined_at LIMIT 1) AS branchName`;

type ContactRow = { userId: string; name: string | null; phone: string | null; unitName: string | null; appointedAt: number; branchName: string | null };

implement(disciplineContactRoutes, endpoints.listDisciplineContacts, async ({ c, params }) => {
  const { results } = await c.env.DB.prepare(
    `SELECT ${CONTACT_COLUMNS} FROM region_discipline_contacts dc JOIN users u ON u.id = dc.user_id WHERE dc.region_id = ?1 ORDER BY dc.created_at`,
  )
    .bind(params.id)
    .all<ContactRow>();
  return { contacts: results };
});

implement(disciplineContactRoutes, endpoints.appointDisciplineContact, async ({ c, caller, params, body }) => {
  const d1 = c.env.DB;
  // Only people of the region; appointing someone twice keeps the first appointment.
  const [, contact] = await d1.batch([
    d1
      .prepare(
        `INSERT INTO region_discipline_contacts (region_id, user_id, appointed_by, created_at)
         SELECT ?1, ?2, ?3, ?4 WHERE (EXISTS (SELECT 1 FROM memberships m JOIN branches b ON b.id = m.branch_id WHERE m.user_id = ?2 AND b.region_id = ?1)
           OR EXISTS (SELECT 1 FROM region_admins WHERE region_id = ?1 AND user_id = ?2))
           AND NOT EXISTS (SELECT 1 FROM users WHERE id = ?2 AND roster_only = 1)
         ON CONFLICT (region_id, user_id) DO NOTHING`,
      )
      .bind(params.id, body.userId, caller.userId, Date.now()),
    d1.prepare(`SELECT ${CONTACT_COLUMNS} FROM region_discipline_contacts dc JOIN users u ON u.id = dc.user_id WHERE dc.region_id = ?1 AND dc.user_id = ?2`).bind(params.id, body.userId),
  ]);
  const row = contact!.results[0] as ContactRow | undefined;
  if (!row && (await d1.prepare('SELECT 1 FROM users WHERE id = ?1 AND roster_only = 1').bind(body.userId).first())) {
    throw new ApiError('roster_cannot_organize', '花名册上未登录的人员不能担任纪检联系人：请先让本人用认领码登录', { userId: '花名册上未登录的人员' });
  }
  if (!row) throw new ApiError('not_found', '找不到此人：纪检联系人只能从本区域支部的成员或区域管理员中指定', { userId: '不是本区域支部的成员' });
  return row;
});

implement(disciplineContactRoutes, endpoints.removeDisciplineContact, async ({ c, params }) => {
  const d1 = c.env.DB;
  const [removed, still] = await d1.batch([
    d1
      .prepare(
        `DELETE FROM region_discipline_contacts WHERE region_id = ?1 AND user_id = ?2
           AND (EXISTS (SELECT 1 FROM region_discipline_contacts WHERE region_id = ?1 AND user_id <> ?2)
                OR NOT EXISTS (SELECT 1 FROM feedback f JOIN branches b ON b.id = f.branch_id
                               WHERE b.region_id = ?1 AND f.routed_to = 'region' AND f.status NOT IN ('resolved', 'declined')))`,
      )
      .bind(params.id, params.userId),
    d1.prepare('SELECT 1 AS kept FROM region_discipline_contacts WHERE region_id = ?1 AND user_id = ?2').bind(params.id, params.userId),
  ]);
  if (removed!.meta.changes > 0) return;
  if (still!.results.length > 0) throw new ApiError('conflict', '还有未办结的区域廉政监督，请先指定另一位纪检联系人，再取消这一位');
  throw new ApiError('not_found', '此人不是本区域的纪检联系人');
});
