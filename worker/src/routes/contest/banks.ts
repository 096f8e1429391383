/** Question banks (题库) and their questions, for organizers. */
import { endpoints, stemKey, type Question } from '@sitebranch/shared';
import { and, eq, ne } from 'drizzle-orm';
import { Hono } from 'hono';
import { ownerStanding } from '../../authz/owned';
import type { QuestionInput } from '../../contest/question-rows';
import { importTemplateXlsx } from '../../contest/template';
import type { Database } from '../../db/client';
import { privatePoolIds } from '../../db/contests';
import { newId } from '../../db/ids';
import { questionColumns } from '../../db/questions';
import { branches, questionBanks, questions, regions } from '../../db/schema';
import { all, camelRows, first, sql } from '../../db/sql';
import type { AppEnv } from '../../env';
import { ApiError } from '../../http/errors';
import { implement } from '../../http/implement';

export const bankRoutes = new Hono<AppEnv>();

const PAGE_SIZE = 50;

type BankRow = {
  id: string;
  name: string;
  regionId: string;
  branchId: string | null;
  ownerName: string;
  activeCount: number;
  canEdit: number;
  createdAt: number;
};

const toBank = (row: BankRow) => ({
  id: row.id,
  name: row.name,
  owner: {
    kind: row.branchId ? ('branch' as const) : ('region' as const),
    regionId: row.regionId,
    branchId: row.branchId,
    name: row.ownerName,
  },
  activeCount: row.activeCount,
  canEdit: row.canEdit === 1,
  createdAt: row.createdAt,
});

/** Banks the caller organizes or administers, and the region banks their branches may draw from. */
const BANKS_FOR = `WITH mine AS (
    SELECT m.branch_id, b.region_id FROM memberships m JOIN branches b ON b.id = m.branch_id
    WHERE m.user_id = :userId AND m.role IN ('committee', 'secretary')),
  admin AS (SELECT region_id FROM region_admins WHERE user_id = :userId)
  SELECT qb.id, qb.name, qb.region_id, qb.branch_id, qb.created_at,
    coalesce(br.name, r.name) AS owner_name,
    (SELECT count(*) FROM questions q WHERE q.bank_id = qb.id AND q.status = 'active') AS active_count,
    CASE WHEN qb.branch_id IS NULL THEN qb.region_id IN (SELECT region_id FROM admin)
      ELSE qb.branch_id IN (SELECT branch_id FROM mine) END AS can_edit
  FROM question_banks qb JOIN regions r ON r.id = qb.region_id LEFT JOIN branches br ON br.id = qb.branch_id`;

implement(bankRoutes, endpoints.listBanks, async ({ c, caller }) => {
  const banks = await all<BankRow>(
    sql(
      c.env.DB,
      `${BANKS_FOR}
     WHERE qb.branch_id IN (SELECT branch_id FROM mine) OR qb.region_id IN (SELECT region_id FROM admin)
       OR (qb.branch_id IS NULL AND qb.region_id IN (SELECT region_id FROM mine))
     ORDER BY qb.branch_id IS NOT NULL, qb.created_at`,
      { userId: caller.userId },
    ),
  );
  return { banks: banks.map(toBank) };
});

/** The region of the owner named in a body, and that the caller may manage it. */
export async function requireOwnerManager(
  db: Database,
  userId: string,
  owner: { branchId?: string | undefined; regionId?: string | undefined },
) {
  const regionId = owner.branchId
    ? (await db.select({ regionId: branches.regionId }).from(branches).where(eq(branches.id, owner.branchId)).get())?.regionId
    : (await db.select({ id: regions.id }).from(regions).where(eq(regions.id, owner.regionId!)).get())?.id;
  if (!regionId) throw new ApiError('not_found', owner.branchId ? '支部不存在' : '区域不存在');
  const standing = await ownerStanding(db, userId, { regionId, branchId: owner.branchId ?? null });
  if (!standing.canManage)
    throw new ApiError('forbidden', owner.branchId ? '只有本支部的支委和书记可以操作' : '只有该区域的管理员可以操作');
  return standing;
}

implement(bankRoutes, endpoints.createBank, async ({ c, caller, body }) => {
  const owner = await requireOwnerManager(c.get('db'), caller.userId, body);
  const id = newId();
  await c
    .get('db')
    .insert(questionBanks)
    .values({ id, regionId: owner.regionId, branchId: owner.branchId, name: body.name, createdBy: caller.userId, createdAt: Date.now() });
  const row = await first<BankRow>(sql(c.env.DB, `${BANKS_FOR} WHERE qb.id = :bankId`, { userId: caller.userId, bankId: id }));
  return toBank(row!);
});

implement(bankRoutes, endpoints.importTemplate, async () => ({ bytes: importTemplateXlsx(), fileName: '题目导入模板.xlsx' }));

type QuestionRow = Omit<Question, 'options' | 'tags'> & { options: string; tags: string };

/**
 * Answers and explanations are for the people who manage the bank; an organizer who may only draw
 * from it sees neither, nor the questions an open contest keeps private.
 */
implement(bankRoutes, endpoints.listQuestions, async ({ c, caller, params, query }) => {
  const d1 = c.env.DB;
  const manages = caller.owned.canManage;
  const filter = `q.bank_id = :bankId AND (:status IS NULL OR q.status = :status) AND (:search IS NULL OR q.stem LIKE :search ESCAPE '\\')`;
  const hidden = `q.id IN (${privatePoolIds(':regionId', ':now')})`;
  const visible = `${filter} AND (:manages = 1 OR NOT ${hidden})`;
  const search = query.search ? `%${query.search.replace(/[%_\\]/g, (ch) => `\\${ch}`)}%` : null;
  const values = { bankId: params.id, status: query.status ?? null, search, manages, regionId: caller.owned.regionId, now: Date.now() };
  const [rows, counts] = await d1.batch<Record<string, unknown>>([
    sql(
      d1,
      `SELECT q.id, q.bank_id, q.type, q.stem, q.options, CASE WHEN :manages = 1 THEN q.answer END AS answer,
         CASE WHEN :manages = 1 THEN q.explanation END AS explanation, q.tags, q.difficulty, q.status, q.updated_at
       FROM questions q WHERE ${visible} ORDER BY q.created_at, q.id LIMIT ${PAGE_SIZE} OFFSET :offset`,
      { ...values, offset: query.offset ?? 0 },
    ),
    sql(d1, `SELECT count(*) AS total, coalesce(sum(:manages = 0 AND ${hidden}), 0) AS withheld FROM questions q WHERE ${filter}`, values),
  ]);
  const { total, withheld } = counts!.results[0] as { total: number; withheld: number };
  return {
    questions: camelRows<QuestionRow>(rows!.results).map((q) => ({
      ...q,
      options: JSON.parse(q.options) as string[],
      tags: JSON.parse(q.tags) as string[],
    })),
    total: total - withheld,
    answersShown: manages,
    withheld,
  };
});

/** The stored fields of a question, named one by one (never a request body spread into a row). */
export function questionFields(q: QuestionInput) {
  return {
    type: q.type,
    stem: q.stem,
    options: q.options,
    answer: q.answer,
    explanation: q.explanation,
    tags: q.tags,
    difficulty: q.difficulty,
  };
}

/** Refuses a stem that another active question of the bank already has. */
async function assertNoDuplicate(db: Database, bankId: string, key: string, except?: string) {
  const duplicate = await db
    .select({ id: questions.id })
    .from(questions)
    .where(
      and(
        eq(questions.bankId, bankId),
        eq(questions.stemKey, key),
        eq(questions.status, 'active'),
        except ? ne(questions.id, except) : undefined,
      ),
    )
    .get();
  if (duplicate) throw new ApiError('conflict', '题库中已有相同的题目', { stem: '题库中已有相同的题目' });
}

implement(bankRoutes, endpoints.addQuestion, async ({ c, params, body }) => {
  const db = c.get('db');
  const key = stemKey(body.stem);
  await assertNoDuplicate(db, params.id, key);
  const now = Date.now();
  return db
    .insert(questions)
    .values({ id: newId(), bankId: params.id, ...questionFields(body), stemKey: key, status: 'active', createdAt: now, updatedAt: now })
    .returning(questionColumns)
    .get();
});

implement(bankRoutes, endpoints.updateQuestion, async ({ c, params, body }) => {
  const db = c.get('db');
  const key = stemKey(body.stem);
  if (body.status === 'active') await assertNoDuplicate(db, params.id, key, params.questionId);
  const row = await db
    .update(questions)
    .set({ ...questionFields(body), stemKey: key, status: body.status, updatedAt: Date.now() })
    .where(and(eq(questions.id, params.questionId), eq(questions.bankId, params.id)))
    .returning(questionColumns)
    .get();
  if (!row) throw new ApiError('not_found', '题目不存在');
  return row;
});
