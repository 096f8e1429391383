/** Contests: creating one from banks and draw rules, listing the ones a person may take or manage. */
import { endpoints, QUESTION_TYPE_LABELS, type QuestionType } from '@sitebranch/shared';
import { Hono } from 'hono';
import { buildPool } from '../../contest/draw';
import { CONTEST_SELECT, loadContest, privatePoolIds, toContest, type ContestRow } from '../../db/contests';
import { newId } from '../../db/ids';
import { all, first, sql } from '../../db/sql';
import type { AppEnv } from '../../env';
import { ApiError } from '../../http/errors';
import { implement } from '../../http/implement';
import { requireOwnerManager } from './banks';

export const contestRoutes = new Hono<AppEnv>();

implement(contestRoutes, endpoints.listContests, async ({ c, caller }) => {
  const rows = await all<ContestRow>(
    sql(
      c.env.DB,
      `${CONTEST_SELECT}
     WHERE c.branch_id IN (SELECT branch_id FROM memberships WHERE user_id = :userId)
       OR (c.branch_id IS NULL
         AND c.region_id IN (SELECT b.region_id FROM memberships m JOIN branches b ON b.id = m.branch_id WHERE m.user_id = :userId))
       OR c.region_id IN (SELECT region_id FROM region_admins WHERE user_id = :userId)
     ORDER BY c.closes_at < :now, c.opens_at DESC LIMIT 100`,
      { userId: caller.userId, now: Date.now() },
    ),
  );
  return { contests: rows.map((row) => toContest(row)) };
});

implement(contestRoutes, endpoints.createContest, async ({ c, caller, body }) => {
  const owner = await requireOwnerManager(c.get('db'), caller.userId, body);
  const d1 = c.env.DB;
  // A branch contest may use the branch's banks and its region's; a region contest only the region's.
  // From a region bank, a branch contest draws none of the questions an open region contest keeps private.
  const candidates = await all<{ id: string; type: QuestionType; tags: string }>(
    sql(
      d1,
      `SELECT q.id, q.type, q.tags FROM questions q JOIN question_banks qb ON qb.id = q.bank_id
     WHERE qb.id IN (SELECT value FROM json_each(:bankIds)) AND qb.region_id = :regionId
       AND (qb.branch_id IS NULL OR qb.branch_id = :branchId) AND q.status = 'active'
       AND (qb.branch_id IS NOT NULL OR :branchId IS NULL OR q.id NOT IN (${privatePoolIds(':regionId', ':now')}))`,
      { bankIds: JSON.stringify(body.bankIds), regionId: owner.regionId, branchId: owner.branchId, now: Date.now() },
    ),
  );
  const usable = await first<{ n: number }>(
    sql(
      d1,
      `SELECT count(*) AS n FROM question_banks
     WHERE id IN (SELECT value FROM json_each(:bankIds)) AND region_id = :regionId AND (branch_id IS NULL OR branch_id = :branchId)`,
      { bankIds: JSON.stringify([...new Set(body.bankIds)]), regionId: owner.regionId, branchId: owner.branchId },
    ),
  );
  if (usable?.n !== new Set(body.bankIds).size)
    throw new ApiError('validation_failed', '所选题库不存在或不能用于本竞赛', { bankIds: '所选题库不存在或不能用于本竞赛' });

  const built = buildPool(
    body.draw,
    candidates.map((q) => ({ id: q.id, type: q.type, tags: JSON.parse(q.tags) as string[] })),
  );
  if ('short' in built) {
    const { type, tag, count, available } = built.short;
    throw new ApiError(
      'not_enough_questions',
      `题库中${tag ? `标签为“${tag}”的` : ''}${QUESTION_TYPE_LABELS[type]}只有 ${available} 道，少于要抽的 ${count} 道`,
    );
  }
  const questionCount = body.draw.reduce((sum, rule) => sum + rule.count, 0);
  const maxScore = body.draw.reduce((sum, rule) => sum + rule.count * body.points[rule.type], 0);
  const now = Date.now();
  const id = newId();
  await sql(
    d1,
    `INSERT INTO contests (id, region_id, branch_id, title, description, opens_at, closes_at, bank_ids, pool, points, question_count,
       max_score, time_limit_ms, attempts_allowed, counts, shuffle_options, show_answers, keep_pool_private,
       created_by, created_at, updated_at)
     VALUES (:id, :regionId, :branchId, :title, :description, :opensAt, :closesAt, :bankIds, :pool, :points, :questionCount, :maxScore,
       :timeLimitMs, :attemptsAllowed, :counts, :shuffleOptions, :showAnswers, :keepPoolPrivate, :createdBy, :now, :now)`,
    {
      id,
      regionId: owner.regionId,
      branchId: owner.branchId,
      title: body.title,
      description: body.description,
      opensAt: body.opensAt,
      closesAt: body.closesAt,
      bankIds: JSON.stringify(body.bankIds),
      pool: JSON.stringify(built.pool),
      points: JSON.stringify(body.points),
      questionCount,
      maxScore,
      timeLimitMs: body.timeLimitMinutes * 60_000,
      attemptsAllowed: body.attemptsAllowed,
      counts: body.counts,
      shuffleOptions: body.shuffleOptions,
      showAnswers: body.showAnswers,
      keepPoolPrivate: body.keepPoolPrivate,
      createdBy: caller.userId,
      now,
    },
  ).run();
  return toContest((await loadContest(d1, id, caller.userId))!);
});

implement(contestRoutes, endpoints.getContest, async ({ c, caller, params }) =>
  toContest((await loadContest(c.env.DB, params.id, caller.userId))!),
);

implement(contestRoutes, endpoints.updateContest, async ({ c, caller, params, body }) => {
  const d1 = c.env.DB;
  const current = (await loadContest(d1, params.id, caller.userId))!;
  const opensAt = body.opensAt ?? current.opensAt;
  const closesAt = body.closesAt ?? current.closesAt;
  // Once closed, its answers may be out (公布答案：竞赛结束后) and its ranking final: it is not reopened.
  const timesChange = opensAt !== current.opensAt || closesAt !== current.closesAt;
  if (timesChange && current.closesAt <= Date.now())
    throw new ApiError('conflict', '竞赛已结束，不能再修改时间（答案可能已经公布）；需要再比一次请新建竞赛');
  if (closesAt <= opensAt) throw new ApiError('validation_failed', '结束时间要晚于开始时间', { closesAt: '结束时间要晚于开始时间' });
  await sql(
    d1,
    `UPDATE contests SET title = :title, description = :description, opens_at = :opensAt, closes_at = :closesAt,
       keep_pool_private = :keepPoolPrivate, updated_at = :now WHERE id = :id`,
    {
      id: params.id,
      title: body.title ?? current.title,
      description: body.description ?? current.description,
      opensAt,
      closesAt,
      keepPoolPrivate: body.keepPoolPrivate ?? current.keepPoolPrivate === 1,
      now: Date.now(),
    },
  ).run();
  return toContest((await loadContest(d1, params.id, caller.userId))!);
});
