/**
 * Leaderboards, read from `contest_entries` only (one row per person: the score that counts):
 * persons by score then time; branches by average score, with participation (participants ÷
 * members); work teams within a branch likewise. Top 100 and the caller's own row.
 */
import { endpoints } from '@sitebranch/shared';
import { Hono } from 'hono';
import { scoreExpired } from '../../contest/scoring';
import type { AppEnv } from '../../env';
import { ApiError } from '../../http/errors';
import { implement } from '../../http/implement';

export const leaderboardRoutes = new Hono<AppEnv>();

const TOP = 100;

type GroupRow = { id: string; name: string; score: number; participants: number; members: number };

/** Ranks groups (branches or teams) by average score, then participation. */
function rankGroups(rows: GroupRow[], mineId: string | null) {
  const ranked = rows
    .map((r) => ({ ...r, participationRate: r.members ? r.participants / r.members : 0 }))
    .sort((a, b) => b.score - a.score || b.participationRate - a.participationRate)
    .map((r, i) => ({ rank: i + 1, id: r.id, name: r.name, score: Math.round(r.score * 10) / 10, timeUsedMs: null, branchName: null, participants: r.participants, members: r.members, participationRate: r.participationRate }));
  const mine = ranked.find((r) => r.id === mineId);
  return { rows: ranked.slice(0, TOP), mine: mine ? { rank: mine.rank, score: mine.score, timeUsedMs: null } : null };
}

/**
 * A region contest's team ranking shows one branch's work teams and their people counts: only for a
 * branch of the contest's region, to its own members or the region's admins.
 */
async function assertMaySeeTeams(d1: D1Database, userId: string, regionId: string, branchId: string | null) {
  if (branchId === null) throw new ApiError('validation_failed', '请选择要看哪个支部的班组', { branchId: '请选择要看哪个支部的班组' });
  const row = await d1
    .prepare(
      `SELECT EXISTS (SELECT 1 FROM memberships WHERE branch_id = b.id AND user_id = ?3)
         OR EXISTS (SELECT 1 FROM region_admins WHERE region_id = b.region_id AND user_id = ?3) AS allowed
       FROM branches b WHERE b.id = ?1 AND b.region_id = ?2`,
    )
    .bind(branchId, regionId, userId)
    .first<{ allowed: number }>();
  if (!row) throw new ApiError('not_found', '本竞赛没有这个支部');
  if (row.allowed !== 1) throw new ApiError('forbidden', '只能查看本人所在支部的班组排名');
}

implement(leaderboardRoutes, endpoints.leaderboard, async ({ c, caller, params, query }) => {
  const d1 = c.env.DB;
  await scoreExpired(d1, params.id);
  const contest = (await d1.prepare('SELECT region_id AS regionId, branch_id AS branchId FROM contests WHERE id = ?1').bind(params.id).first<{ regionId: string; branchId: string | null }>())!;
  const participants = (await d1.prepare('SELECT count(*) AS n FROM contest_entries WHERE contest_id = ?1').bind(params.id).first<{ n: number }>())!.n;
  const mineEntry = await d1
    .prepare('SELECT branch_id AS branchId, work_team AS workTeam, score, time_used_ms AS timeUsedMs FROM contest_entries WHERE contest_id = ?1 AND user_id = ?2')
    .bind(params.id, caller.userId)
    .first<{ branchId: string; workTeam: string | null; score: number; timeUsedMs: number }>();

  if (query.by === 'person') {
    const { results } = await d1
      .prepare(
        `SELECT e.user_id AS id, coalesce(u.name, '未填写姓名') AS name, e.score, e.time_used_ms AS timeUsedMs, b.name AS branchName
         FROM contest_entries e JOIN users u ON u.id = e.user_id JOIN branches b ON b.id = e.branch_id
         WHERE e.contest_id = ?1 AND (?2 IS NULL OR e.branch_id = ?2)
         ORDER BY e.score DESC, e.time_used_ms ASC LIMIT ${TOP}`,
      )
      .bind(params.id, query.branchId ?? null)
      .all<{ id: string; name: string; score: number; timeUsedMs: number; branchName: string }>();
    let mine = null;
    if (mineEntry && (!query.branchId || mineEntry.branchId === query.branchId)) {
      const ahead = await d1
        .prepare(`SELECT count(*) AS n FROM contest_entries WHERE contest_id = ?1 AND (?2 IS NULL OR branch_id = ?2) AND (score > ?3 OR (score = ?3 AND time_used_ms < ?4))`)
        .bind(params.id, query.branchId ?? null, mineEntry.score, mineEntry.timeUsedMs)
        .first<{ n: number }>();
      mine = { rank: ahead!.n + 1, score: mineEntry.score, timeUsedMs: mineEntry.timeUsedMs };
    }
    const rows = results.map((r, i) => ({ rank: i + 1, ...r, participants: null, members: null, participationRate: null }));
    return { by: 'person' as const, participants, rows, mine };
  }

  if (query.by === 'branch') {
    const { results } = await d1
      .prepare(
        `SELECT b.id, b.name, b.member_count AS members, count(e.user_id) AS participants, coalesce(avg(e.score), 0) AS score
         FROM branches b LEFT JOIN contest_entries e ON e.branch_id = b.id AND e.contest_id = ?1
         WHERE b.region_id = ?2 AND (?3 IS NULL OR b.id = ?3) GROUP BY b.id`,
      )
      .bind(params.id, contest.regionId, contest.branchId)
      .all<GroupRow>();
    return { by: 'branch' as const, participants, ...rankGroups(results, mineEntry?.branchId ?? null) };
  }

  const branchId = contest.branchId ?? query.branchId ?? mineEntry?.branchId ?? null;
  if (branchId !== contest.branchId) await assertMaySeeTeams(d1, caller.userId, contest.regionId, branchId);
  const { results } = await d1
    .prepare(
      `SELECT coalesce(m.work_team, '未分班组') AS id, coalesce(m.work_team, '未分班组') AS name, count(*) AS members,
         count(e.user_id) AS participants, coalesce(avg(e.score), 0) AS score
       FROM memberships m LEFT JOIN contest_entries e ON e.contest_id = ?1 AND e.user_id = m.user_id AND e.branch_id = m.branch_id
       WHERE m.branch_id = ?2 GROUP BY coalesce(m.work_team, '未分班组')`,
    )
    .bind(params.id, branchId)
    .all<GroupRow>();
  return { by: 'team' as const, participants, ...rankGroups(results, mineEntry && mineEntry.branchId === branchId ? (mineEntry.workTeam ?? '未分班组') : null) };
});
