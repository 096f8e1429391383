/**
 * A region's discipline contacts (纪检联系人): the region admin appoints people of the region —
 * a member of one of its branches, or one of its admins — to handle the 廉政监督 reports sent past
 * the branches. The last contact cannot be removed while such a report is still open: it would
 * leave nobody to handle it.
 */
import { endpoints } from '@sitebranch/shared';
import { Hono } from 'hono';
import { all, camelRows, sql } from '../../db/sql';
import type { AppEnv } from '../../env';
import { ApiError } from '../../http/errors';
import { implement } from '../../http/implement';

export const disciplineContactRoutes = new Hono<AppEnv>();

/** A contact as listed, from `region_discipline_contacts dc` joined to `users u`. */
const CONTACT_COLUMNS = `dc.user_id, u.name, u.phone, u.unit_name, dc.created_at AS appointed_at,
  (SELECT b.name FROM memberships m JOIN branches b ON b.id = m.branch_id
   WHERE m.user_id = dc.user_id AND b.region_id = dc.region_id ORDER BY m.joined_at LIMIT 1) AS branch_name`;

type ContactRow = {
  userId: string;
  name: string | null;
  phone: string | null;
  unitName: string | null;
  appointedAt: number;
  branchName: string | null;
};

implement(disciplineContactRoutes, endpoints.listDisciplineContacts, async ({ c, params }) => {
  const contacts = await all<ContactRow>(
    sql(
      c.env.DB,
      `SELECT ${CONTACT_COLUMNS} FROM region_discipline_contacts dc JOIN users u ON u.id = dc.user_id
     WHERE dc.region_id = :regionId ORDER BY dc.created_at`,
      { regionId: params.id },
    ),
  );
  return { contacts };
});

implement(disciplineContactRoutes, endpoints.appointDisciplineContact, async ({ c, caller, params, body }) => {
  const d1 = c.env.DB;
  // Only people of the region; appointing someone twice keeps the first appointment.
  const regionId = params.id;
  const { userId } = body;
  const [, contact] = await d1.batch<Record<string, unknown>>([
    sql(
      d1,
      `INSERT INTO region_discipline_contacts (region_id, user_id, appointed_by, created_at)
       SELECT :regionId, :userId, :appointedBy, :now
       WHERE (EXISTS (SELECT 1 FROM memberships m JOIN branches b ON b.id = m.branch_id WHERE m.user_id = :userId AND b.region_id = :regionId)
         OR EXISTS (SELECT 1 FROM region_admins WHERE region_id = :regionId AND user_id = :userId))
         AND NOT EXISTS (SELECT 1 FROM users WHERE id = :userId AND roster_only = 1)
       ON CONFLICT (region_id, user_id) DO NOTHING`,
      { regionId, userId, appointedBy: caller.userId, now: Date.now() },
    ),
    sql(
      d1,
      `SELECT ${CONTACT_COLUMNS} FROM region_discipline_contacts dc JOIN users u ON u.id = dc.user_id
       WHERE dc.region_id = :regionId AND dc.user_id = :userId`,
      { regionId, userId },
    ),
  ]);
  const row = camelRows<ContactRow>(contact!.results)[0];
  if (!row && (await sql(d1, 'SELECT 1 FROM users WHERE id = :userId AND roster_only = 1', { userId }).first())) {
    throw new ApiError('roster_cannot_organize', '花名册上未登录的人员不能担任纪检联系人：请先让本人用认领码登录', {
      userId: '花名册上未登录的人员',
    });
  }
  if (!row)
    throw new ApiError('not_found', '找不到此人：纪检联系人只能从本区域支部的成员或区域管理员中指定', { userId: '不是本区域支部的成员' });
  return row;
});

implement(disciplineContactRoutes, endpoints.removeDisciplineContact, async ({ c, params }) => {
  const d1 = c.env.DB;
  const contact = { regionId: params.id, userId: params.userId };
  const [removed, still] = await d1.batch([
    sql(
      d1,
      `DELETE FROM region_discipline_contacts WHERE region_id = :regionId AND user_id = :userId
         AND (EXISTS (SELECT 1 FROM region_discipline_contacts WHERE region_id = :regionId AND user_id <> :userId)
              OR NOT EXISTS (SELECT 1 FROM feedback f JOIN branches b ON b.id = f.branch_id
                             WHERE b.region_id = :regionId AND f.routed_to = 'region' AND f.status NOT IN ('resolved', 'declined')))`,
      contact,
    ),
    sql(d1, 'SELECT 1 AS kept FROM region_discipline_contacts WHERE region_id = :regionId AND user_id = :userId', contact),
  ]);
  if (removed!.meta.changes > 0) return;
  if (still!.results.length > 0) throw new ApiError('conflict', '还有未办结的区域廉政监督，请先指定另一位纪检联系人，再取消这一位');
  throw new ApiError('not_found', '此人不是本区域的纪检联系人');
});
