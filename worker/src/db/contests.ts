/** Reading contests as the API shows them: with their owner's name, participants and the caller's own standing. */
import type { Contest } from '@sitebranch/shared';
import type { ContestPool } from './contest-schema';
import { first, sql } from './sql';

/** Selects everything `toContest` needs; :userId is the caller, :now the time now. Join as `c`. */
export const CONTEST_SELECT = `SELECT c.id, c.region_id, c.branch_id, coalesce(br.name, r.name) AS owner_name,
    c.title, c.description, c.opens_at, c.closes_at, c.bank_ids, c.pool, c.points,
    c.question_count, c.max_score, c.time_limit_ms, c.attempts_allowed,
    c.counts, c.shuffle_options, c.show_answers, c.keep_pool_private,
    (SELECT count(*) FROM contest_entries e WHERE e.contest_id = c.id) AS participants,
    (SELECT count(*) FROM attempts a WHERE a.contest_id = c.id AND a.user_id = :userId) AS attempts_used,
    (SELECT a.id FROM attempts a
      WHERE a.contest_id = c.id AND a.user_id = :userId AND a.submitted_at IS NULL AND a.deadline >= :now) AS open_attempt_id,
    (SELECT e.score FROM contest_entries e WHERE e.contest_id = c.id AND e.user_id = :userId) AS my_score,
    (CASE WHEN c.branch_id IS NULL THEN EXISTS (SELECT 1 FROM region_admins ra WHERE ra.region_id = c.region_id AND ra.user_id = :userId)
      ELSE EXISTS (SELECT 1 FROM memberships m
        WHERE m.branch_id = c.branch_id AND m.user_id = :userId AND m.role IN ('committee', 'secretary')) END) AS can_manage
  FROM contests c JOIN regions r ON r.id = c.region_id LEFT JOIN branches br ON br.id = c.branch_id`;

export interface ContestRow {
  id: string;
  regionId: string;
  branchId: string | null;
  ownerName: string;
  title: string;
  description: string;
  opensAt: number;
  closesAt: number;
  bankIds: string;
  pool: string;
  points: string;
  questionCount: number;
  maxScore: number;
  timeLimitMs: number;
  attemptsAllowed: number;
  counts: 'best' | 'last';
  shuffleOptions: number;
  showAnswers: Contest['showAnswers'];
  keepPoolPrivate: number;
  participants: number;
  attemptsUsed: number;
  openAttemptId: string | null;
  myScore: number | null;
  canManage: number;
}

export function contestPool(row: Pick<ContestRow, 'pool'>): ContestPool {
  return JSON.parse(row.pool) as ContestPool;
}

export function toContest(row: ContestRow, now = Date.now()): Contest {
  return {
    id: row.id,
    scope: { kind: row.branchId ? 'branch' : 'region', regionId: row.regionId, branchId: row.branchId, name: row.ownerName },
    title: row.title,
    description: row.description,
    opensAt: row.opensAt,
    closesAt: row.closesAt,
    bankIds: JSON.parse(row.bankIds) as string[],
    draw: contestPool(row).map(({ type, count, tag }) => ({ type, count, ...(tag !== undefined && { tag }) })),
    points: JSON.parse(row.points) as Contest['points'],
    questionCount: row.questionCount,
    maxScore: row.maxScore,
    timeLimitMinutes: Math.round(row.timeLimitMs / 60_000),
    attemptsAllowed: row.attemptsAllowed,
    counts: row.counts,
    shuffleOptions: row.shuffleOptions === 1,
    showAnswers: row.showAnswers,
    keepPoolPrivate: row.keepPoolPrivate === 1,
    status: now < row.opensAt ? 'upcoming' : now < row.closesAt ? 'open' : 'closed',
    participants: row.participants,
    mine: { attemptsUsed: row.attemptsUsed, openAttemptId: row.openAttemptId, score: row.myScore },
    canManage: row.canManage === 1,
  };
}

/** One contest as `userId` sees it. */
export async function loadContest(d1: D1Database, contestId: string, userId: string, now = Date.now()): Promise<ContestRow | null> {
  return first<ContestRow>(sql(d1, `${CONTEST_SELECT} WHERE c.id = :contestId`, { userId, now, contestId }));
}

/**
 * The ids of questions that a contest of the regions `regions` (a named parameter or a subquery) keeps
 * private until it closes (`nowParam`, a named parameter such as `:now`): they are in no 每日一练 and in
 * no draw of a contest by someone who does not manage their bank, so that taking a contest, or
 * practising, cannot collect the answers to an open one.
 */
export const privatePoolIds = (regions: string, nowParam: `:${string}`) => `SELECT je.value
  FROM contests pc, json_each(pc.pool) rule, json_each(rule.value -> 'ids') je
  WHERE pc.region_id IN (${regions}) AND pc.keep_pool_private = 1 AND pc.closes_at > ${nowParam}`;
