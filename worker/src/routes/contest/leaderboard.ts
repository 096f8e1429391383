/**
 * Leaderboards, read from `contest_entries` only (one row per person: the score that counts):
 * persons by score then time; branches by average score, with participation (participants ÷
 * members); work teams within a branch likewise. Top 100 and the caller's own row.
 */
import { endpoints } from '@sitebranch/shared';
import { Hono } from 'hono';
import { scoreExpired } from '../../contest/scoring';
import { all, first, sql } from '../../db/sql';
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
    .map((r, i) => ({
      rank: i + 1,
      id: r.id,
      name: r.name,
      score: Math.round(r.score * 10) / 10,
      timeUsedMs: null,
      branchName: null,
      participants: r.participants,
      members: r.members,
      participationRate: r.participationRate,
    }));
  const mine = ranked.find((r) => r.id === mineId);
  return { rows: ranked.slice(0, TOP), mine: mine ? { rank: mine.rank, score: mine.score, timeUsedMs: null } : null };
}

/**
 * A region contest's team ranking shows one branch's work teams and their people counts: only for a
 * branch of the contest's region, to its own members or the region's admins.
 */
async function assertMaySeeTeams(d1: D1Database, userId: string, regionId: string, branchId: string | null) {
  if (branchId === null) throw new ApiError('validation_failed', '请选择要看哪个支部的班组', { branchId: '请选择要看哪个支部的班组' });
  const row = await first<{ allowed: number }>(
    sql(
      d1,
      `SELECT EXISTS (SELECT 1 FROM memberships WHERE branch_id = b.id AND user_id = :userId)
       OR EXISTS (SELECT 1 FROM region_admins WHERE region_id = b.region_id AND user_id = :userId) AS allowed
     FROM branches b WHERE b.id = :branchId AND b.region_id = :regionId`,
      { branchId, regionId, userId },
    ),
  );
  if (!row) throw new ApiError('not_found', '本竞赛没有这个支部');
  if (row.allowed !== 1) throw new ApiError('forbidden', '只能查看本人所在支部的班组排名');
}

implement(leaderboardRoutes, endpoints.leaderboard, async ({ c, caller, params, query }) => {
  const d1 = c.env.DB;
  await scoreExpired(d1, params.id);
  const contestId = params.id;
  const contest = (await first<{ regionId: string; branchId: string | null }>(
    sql(d1, 'SELECT region_id, branch_id FROM contests WHERE id = :contestId', { contestId }),
  ))!;
  const participants = (await first<{ n: number }>(
    sql(d1, 'SELECT count(*) AS n FROM contest_entries WHERE contest_id = :contestId', { contestId }),
  ))!.n;
  const mineEntry = await first<{ branchId: string; workTeam: string | null; score: number; timeUsedMs: number }>(
    sql(d1, 'SELECT branch_id, work_team, score, time_used_ms FROM contest_entries WHERE contest_id = :contestId AND user_id = :userId', {
      contestId,
      userId: caller.userId,
    }),
  );

  if (query.by === 'person') {
    const results = await all<{ id: string; name: string; score: number; timeUsedMs: number; branchName: string }>(
      sql(
        d1,
        `SELECT e.user_id AS id, coalesce(u.name, '未填写姓名') AS name, e.score, e.time_used_ms, b.name AS branch_name
       FROM contest_entries e JOIN users u ON u.id = e.user_id JOIN branches b ON b.id = e.branch_id
       WHERE e.contest_id = :contestId AND (:branchId IS NULL OR e.branch_id = :branchId)
       ORDER BY e.score DESC, e.time_used_ms ASC LIMIT ${TOP}`,
        { contestId, branchId: query.branchId ?? null },
      ),
    );
    let mine = null;
    if (mineEntry && (!query.branchId || mineEntry.branchId === query.branchId)) {
      const ahead = await first<{ n: number }>(
        sql(
          d1,
          `SELECT count(*) AS n FROM contest_entries
         WHERE contest_id = :contestId AND (:branchId IS NULL OR branch_id = :branchId)
           AND (score > :score OR (score = :score AND time_used_ms < :timeUsedMs))`,
          { contestId, branchId: query.branchId ?? null, score: mineEntry.score, timeUsedMs: mineEntry.timeUsedMs },
        ),
      );
      mine = { rank: ahead!.n + 1, score: mineEntry.score, timeUsedMs: mineEntry.timeUsedMs };
    }
    const rows = results.map((r, i) => ({ rank: i + 1, ...r, participants: null, members: null, participationRate: null }));
    return { by: 'person' as const, participants, rows, mine };
  }

  if (query.by === 'branch') {
    const results = await all<GroupRow>(
      sql(
        d1,
        `SELECT b.id, b.name, b.member_count AS members, count(e.user_id) AS participants, coalesce(avg(e.score), 0) AS score
       FROM branches b LEFT JOIN contest_entries e ON e.branch_id = b.id AND e.contest_id = :contestId
       WHERE b.region_id = :regionId AND (:branchId IS NULL OR b.id = :branchId) GROUP BY b.id`,
        { contestId, regionId: contest.regionId, branchId: contest.branchId },
      ),
    );
    return { by: 'branch' as const, participants, ...rankGroups(results, mineEntry?.branchId ?? null) };
  }

  const branchId = contest.branchId ?? query.branchId ?? mineEntry?.branchId ?? null;
  if (branchId !== contest.branchId) await assertMaySeeTeams(d1, caller.userId, contest.regionId, branchId);
  const results = await all<GroupRow>(
    sql(
      d1,
      `SELECT coalesce(m.work_team, '未分班组') AS id, coalesce(m.work_team, '未分班组') AS name, count(*) AS members,
       count(e.user_id) AS participants, coalesce(avg(e.score), 0) AS score
     FROM memberships m LEFT JOIN contest_entries e ON e.contest_id = :contestId AND e.user_id = m.user_id AND e.branch_id = m.branch_id
     WHERE m.branch_id = :branchId GROUP BY coalesce(m.work_team, '未分班组')`,
      { contestId, branchId },
    ),
  );
  return {
    by: 'team' as const,
    participants,
    ...rankGroups(results, mineEntry && mineEntry.branchId === branchId ? (mineEntry.workTeam ?? '未分班组') : null),
  };
});
