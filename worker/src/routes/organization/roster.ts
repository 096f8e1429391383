/**
 * The 花名册: people a secretary adds who have not logged in (workers without a smartphone), one by
 * one or from a roster file, so that roster check-in, attendance and the ledger count them; and the
 * one-time claim code (认领码) that later makes such a person's own login that same member.
 */
import { DAY_MS, describeIssue, endpoints, sha256Hex } from '@sitebranch/shared';
import { CLAIM_CODE_DAYS, readRosterRows, rosterKeys, type NewRosterPerson } from '@sitebranch/shared/readers';
import { Hono } from 'hono';
import { newId, newInviteCode } from '../../db/ids';
import { all, first, sql } from '../../db/sql';
import type { AppEnv } from '../../env';
import { ApiError } from '../../http/errors';
import { implement } from '../../http/implement';
import { rosterTemplateXlsx } from '../../roster/template';
import { readUploadedTable } from '../../spreadsheet/upload';
import { memberRows } from './members';

export const rosterRoutes = new Hono<AppEnv>();

/** The report lists at most this many problems (the message gives the total). */
const MAX_ISSUES_SHOWN = 200;

/**
 * One batch: a user that no login can become (`openid` `roster:<id>`) and a membership for each
 * person, then the branch's member count. The people arrive as one bound JSON text.
 */
function addPeople(d1: D1Database, branchId: string, people: (NewRosterPerson & { id: string })[], now: number) {
  const records = JSON.stringify(people);
  return d1.batch([
    sql(
      d1,
      `INSERT INTO users (id, openid, name, phone, unit_name, roster_only, created_at, updated_at)
       SELECT j.value ->> 'id', 'roster:' || (j.value ->> 'id'), j.value ->> 'name', j.value ->> 'phone', j.value ->> 'unitName', 1, :now, :now
       FROM json_each(:records) j`,
      { records, now },
    ),
    sql(
      d1,
      `INSERT INTO memberships (branch_id, user_id, role, work_team, joined_at)
       SELECT :branchId, j.value ->> 'id', j.value ->> 'role', j.value ->> 'workTeam', :now FROM json_each(:records) j`,
      { records, branchId, now },
    ),
    sql(d1, `UPDATE branches SET member_count = (SELECT count(*) FROM memberships WHERE branch_id = :branchId) WHERE id = :branchId`, {
      branchId,
    }),
  ]);
}

/** Name, work team and phone of everyone in the branch: a second copy of one of them is refused. */
async function branchPeople(d1: D1Database, branchId: string) {
  return all<{ name: string | null; workTeam: string | null; phone: string | null }>(
    sql(d1, `SELECT u.name, m.work_team, u.phone FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.branch_id = :branchId`, {
      branchId,
    }),
  );
}

implement(rosterRoutes, endpoints.addRosterPerson, async ({ c, caller, body }) => {
  const d1 = c.env.DB;
  const branchId = caller.branch.branchId;
  const person = {
    id: newId(),
    name: body.name,
    workTeam: body.workTeam ?? null,
    unitName: body.unitName ?? null,
    phone: body.phone ?? null,
    role: body.role,
  };
  const taken = new Set((await branchPeople(d1, branchId)).flatMap(rosterKeys));
  const clash = rosterKeys(person).find((key) => taken.has(key));
  if (clash?.startsWith('phone:'))
    throw new ApiError('conflict', `手机号 ${person.phone} 已是本支部成员的号码`, { phone: '本支部已有此手机号' });
  if (clash)
    throw new ApiError(
      'conflict',
      `本支部已有${person.workTeam ? `${person.workTeam}的` : ''}${person.name}；同名的两个人请写明不同的班组或手机号`,
      { name: '本支部已有同名同班组的人' },
    );
  await addPeople(d1, branchId, [person], Date.now());
  c.status(201);
  return (await memberRows(c.get('db'), branchId, [person.id]))[0]!;
});

implement(rosterRoutes, endpoints.rosterTemplate, async () => ({ bytes: rosterTemplateXlsx(), fileName: '花名册导入模板.xlsx' }));

implement(rosterRoutes, endpoints.importRoster, async ({ c, caller, body }) => {
  const d1 = c.env.DB;
  const branchId = caller.branch.branchId;
  const { people, issues } = readRosterRows(readUploadedTable(body), await branchPeople(d1, branchId));
  if (issues.length) {
    throw new ApiError(
      'import_failed',
      `花名册中有 ${issues.length} 处问题，整份未导入。${describeIssue(issues[0]!)}`,
      undefined,
      issues.slice(0, MAX_ISSUES_SHOWN),
    );
  }
  await addPeople(
    d1,
    branchId,
    people.map((person) => ({ id: newId(), ...person })),
    Date.now(),
  );
  return { imported: people.length };
});

/**
 * A new claim code for a 花名册 person, shown once; only its hash is kept. One live code per person:
 * a new one ends the ones before it.
 */
implement(rosterRoutes, endpoints.createClaimCode, async ({ c, caller, params }) => {
  const d1 = c.env.DB;
  const branchId = caller.branch.branchId;
  const target = await first<{ rosterOnly: number }>(
    sql(
      d1,
      `SELECT u.roster_only FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.branch_id = :branchId AND m.user_id = :userId`,
      {
        branchId,
        userId: params.userId,
      },
    ),
  );
  if (!target) throw new ApiError('not_found', '该成员不在本支部');
  if (!target.rosterOnly) throw new ApiError('conflict', '这名成员已经自己登录过，不需要认领码');
  const code = newInviteCode();
  const now = Date.now();
  const expiresAt = now + CLAIM_CODE_DAYS * DAY_MS;
  await d1.batch([
    sql(d1, `UPDATE roster_claims SET expires_at = :now WHERE user_id = :userId AND used_at IS NULL AND expires_at > :now`, {
      userId: params.userId,
      now,
    }),
    sql(
      d1,
      `INSERT INTO roster_claims (code_hash, branch_id, user_id, created_by, created_at, expires_at)
       VALUES (:codeHash, :branchId, :userId, :createdBy, :now, :expiresAt)`,
      { codeHash: sha256Hex(code), branchId, userId: params.userId, createdBy: caller.userId, now, expiresAt },
    ),
  ]);
  c.status(201);
  return { code, expiresAt };
});
