/** Contests: creating one from banks and draw rules, listing the ones a person may take or manage. */
import { endpoints, QUESTION_TYPE_LABELS, type QuestionType } from '@sitebranch/shared';
import { Hono } from 'hono';
import { buildPool } from '../../contest/draw';
import { CONTEST_SELECT, loadContest, privatePoolIds, toContest, type ContestRow } from '../../db/contests';
import { newId } from '../../db/ids';
import type { AppEnv } from '../../env';
import { ApiError } from '../../http/errors';
import { implement } from '../../http/implement';
import { requireOwnerManager } from './banks';

export const contestRoutes = new Hono<AppEnv>();

implement(contestRoutes, endpoints.listContests, async ({ c, caller }) => {
  const { results } = await c.env.DB.prepare(
    `${CONTEST_SELECT}
     WHERE c.branch_id IN (SELECT branch_id FROM memberships WHERE user_id = ?1)
       OR (c.branch_id IS NULL AND c.region_id IN (SELECT b.region_id FROM memberships m JOIN branches b ON b.id = m.branch_id WHERE m.user_id = ?1))
       OR c.region_id IN (SELECT region_id FROM region_admins WHERE user_id = ?1)
     ORDER BY c.closes_at < ?2, c.opens_at DESC LIMIT 100`,
  )
    .bind(caller.userId, Date.now())
    .all<ContestRow>();
  return { contests: results.map((row) => toContest(row)) };
});

implement(contestRoutes, endpoints.createContest, async ({ c, caller, body }) => {
  const owner = await requireOwnerManager(c.get('db'), caller.userId, body);
  const d1 = c.env.DB;
  // A branch contest may use the branch's banks and its region's; a region contest only the region's.
  // From a region bank, a branch contest draws none of the questions an open region contest keeps private.
  const { results: candidates } = await d1
    .prepare(
      `SELECT q.id, q.type, q.tags FROM questions q JOIN question_banks qb ON qb.id = q.bank_id
       WHERE qb.id IN (SELECT value FROM json_each(?1)) AND qb.region_id = ?2 AND (qb.branch_id IS NULL OR qb.branch_id = ?3) AND q.status = 'active'
         AND (qb.branch_id IS NOT NULL OR ?3 IS NULL OR q.id NOT IN (${privatePoolIds('?2', '?4')}))`,
    )
    .bind(JSON.stringify(body.bankIds), owner.regionId, owner.branchId, Date.now())
    .all<{ id: string; type: QuestionType; tags: string }>();
  const usable = await d1
    .prepare(`SELECT count(*) AS n FROM question_banks WHERE id IN (SELECT value FROM json_each(?1)) AND region_id = ?2 AND (branch_id IS NULL OR branch_id = ?3)`)
    .bind(JSON.stringify([...new Set(body.bankIds)]), owner.regionId, owner.branchId)
    .first<{ n: number }>();
  if (usable?.n !== new Set(body.bankIds).size) throw new ApiError('validation_failed', '所选题库不存在或不能用于本竞赛', { bankIds: '所选题库不存在或不能用于本竞赛' });

  const built = buildPool(body.draw, candidates.map((q) => ({ id: q.id, type: q.type, tags: JSON.parse(q.tags) as string[] })));
  if ('short' in built) {
    const { type, tag, count, available } = built.short;
    throw new ApiError('not_enough_questions', `题库中${tag ? `标签为“${tag}”的` : ''}${QUESTION_TYPE_LABELS[type]}只有 ${available} 道，少于要抽的 ${count} 道`);
  }
  const questionCount = body.draw.reduce((sum, rule) => sum + rule.count, 0);
  const maxScore = body.draw.reduce((sum, rule) => sum + rule.count * body.points[rule.type], 0);
  const now = Date.now();
  const id = newId();
  await d1
    .prepare(
      `INSERT INTO contests (id, region_id, branch_id, title, description, opens_at, closes_at, bank_ids, pool, points, question_count, max_score,
         time_limit_ms, attempts_allowed, counts, shuffle_options, show_answers, keep_pool_private, created_by, created_at, updated_at)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?20, ?18, ?19, ?19)`,
    )
    .bind(
      id, owner.regionId, owner.branchId, body.title, body.description, body.opensAt, body.closesAt, JSON.stringify(body.bankIds),
      JSON.stringify(built.pool), JSON.stringify(body.points), questionCount, maxScore, body.timeLimitMinutes * 60_000,
      body.attemptsAllowed, body.counts, body.shuffleOptions ? 1 : 0, body.showAnswers, caller.userId, now, body.keepPoolPrivate ? 1 : 0,
    )
    .run();
  return toContest((await loadContest(d1, id, caller.userId))!);
});

implement(contestRoutes, endpoints.getContest, async ({ c, caller, params }) => toContest((await loadContest(c.env.DB, params.id, caller.userId))!));

implement(contestRoutes, endpoints.updateContest, async ({ c, caller, params, body }) => {
  const d1 = c.env.DB;
  const current = (await loadContest(d1, params.id, caller.userId))!;
  const opensAt = body.opensAt ?? current.opensAt;
  const closesAt = body.closesAt ?? current.closesAt;
  // Once closed, its answers may be out (公布答案：竞赛结束后) and its ranking final: it is not reopened.
  const timesChange = opensAt !== current.opensAt || closesAt !== current.closesAt;
  if (timesChange && current.closesAt <= Date.now()) throw new ApiError('conflict', '竞赛已结束，不能再修改时间（答案可能已经公布）；需要再比一次请新建竞赛');
  if (closesAt <= opensAt) throw new ApiError('validation_failed', '结束时间要晚于开始时间', { closesAt: '结束时间要晚于开始时间' });
  await d1
    .prepare(`UPDATE contests SET title = ?2, description = ?3, opens_at = ?4, closes_at = ?5, keep_pool_private = ?7, updated_at = ?6 WHERE id = ?1`)
    .bind(params.id, body.title ?? current.title, body.description ?? current.description, opensAt, closesAt, Date.now(), (body.keepPoolPrivate ?? current.keepPoolPrivate === 1) ? 1 : 0)
    .run();
  return toContest((await loadContest(d1, params.id, caller.userId))!);
});
