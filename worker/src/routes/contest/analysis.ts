/** Contest analysis for organizers: per question correct rate and the most chosen wrong answer, scores, participation, flags. */
import { CST_OFFSET_MS, endpoints, type QuestionType } from '@sitebranch/shared';
import { Hono } from 'hono';
import { scoreExpired } from '../../contest/scoring';
import { camelRow, camelRows, sql } from '../../db/sql';
import type { AppEnv } from '../../env';
import { implement } from '../../http/implement';

export const analysisRoutes = new Hono<AppEnv>();

/** Background switches or too-fast answers from this many on are shown to organizers. */
const FLAG_FROM = 3;
const BANDS = 10;

type FlaggedRow = { attemptId: string; name: string | null; backgroundCount: number; fastAnswers: number; score: number | null };

/** Scores are whole points: at most ten bands of whole points each, from 0 to the maximum (both ends inclusive). */
export function scoreBands(scores: number[], maxScore: number) {
  const width = Math.max(1, Math.ceil((maxScore + 1) / BANDS));
  const bands = [];
  for (let from = 0; from <= maxScore; from += width) {
    const to = Math.min(from + width - 1, maxScore);
    bands.push({ from, to, count: scores.filter((s) => s >= from && s <= to).length });
  }
  return bands;
}

implement(analysisRoutes, endpoints.contestAnalysis, async ({ c, params }) => {
  const d1 = c.env.DB;
  await scoreExpired(d1, params.id);
  const contestId = params.id;
  const submitted = `FROM attempt_answers aa JOIN attempts a ON a.id = aa.attempt_id
    WHERE a.contest_id = :contestId AND a.submitted_at IS NOT NULL`;
  const [contest, perQuestion, wrong, scores, days, flagged] = await d1.batch<Record<string, unknown>>([
    sql(
      d1,
      `SELECT max_score, (SELECT count(*) FROM contest_entries WHERE contest_id = :contestId) AS participants
       FROM contests WHERE id = :contestId`,
      { contestId },
    ),
    sql(
      d1,
      `SELECT q.id, q.stem, q.type, count(aa.answer) AS answered, coalesce(sum(aa.correct), 0) AS correct
       FROM (SELECT aa.question_id, aa.answer, aa.correct ${submitted}) aa JOIN questions q ON q.id = aa.question_id
       GROUP BY q.id ORDER BY coalesce(sum(aa.correct), 0) * 1.0 / max(count(aa.answer), 1), q.id`,
      { contestId },
    ),
    sql(
      d1,
      `SELECT question_id, answer, n FROM (
         SELECT aa.question_id, aa.answer, count(*) AS n,
           row_number() OVER (PARTITION BY aa.question_id ORDER BY count(*) DESC, aa.answer) AS place
         ${submitted} AND aa.correct = 0 AND aa.answer IS NOT NULL GROUP BY aa.question_id, aa.answer)
       WHERE place = 1`,
      { contestId },
    ),
    sql(d1, `SELECT score FROM attempts WHERE contest_id = :contestId AND submitted_at IS NOT NULL`, { contestId }),
    sql(
      d1,
      `SELECT strftime('%Y-%m-%d', (started_at + :cstOffset) / 1000, 'unixepoch') AS day, count(*) AS attempts
       FROM attempts WHERE contest_id = :contestId GROUP BY day ORDER BY day`,
      { contestId, cstOffset: CST_OFFSET_MS },
    ),
    sql(
      d1,
      `SELECT a.id AS attempt_id, u.name, a.background_count, a.fast_answers, a.score
       FROM attempts a JOIN users u ON u.id = a.user_id
       WHERE a.contest_id = :contestId AND (a.background_count >= :flagFrom OR a.fast_answers >= :flagFrom)
       ORDER BY a.background_count + a.fast_answers DESC LIMIT 50`,
      { contestId, flagFrom: FLAG_FROM },
    ),
  ]);
  const { maxScore, participants } = camelRow<{ maxScore: number; participants: number }>(contest!.results[0]!);
  const wrongRows = camelRows<{ questionId: string; answer: string; n: number }>(wrong!.results);
  const commonWrong = new Map(wrongRows.map((w) => [w.questionId, { answer: w.answer, count: w.n }]));
  const allScores = (scores!.results as { score: number }[]).map((s) => s.score);
  const histogram = scoreBands(allScores, maxScore);
  return {
    contestId,
    participants,
    attempts: allScores.length,
    averageScore: allScores.length ? Math.round((allScores.reduce((a, b) => a + b, 0) / allScores.length) * 10) / 10 : 0,
    maxScore,
    questions: (perQuestion!.results as { id: string; stem: string; type: QuestionType; answered: number; correct: number }[]).map((q) => ({
      id: q.id,
      stem: q.stem,
      type: q.type,
      answered: q.answered,
      correctRate: q.answered ? q.correct / q.answered : 0,
      commonWrong: commonWrong.get(q.id) ?? null,
    })),
    histogram,
    overTime: days!.results as { day: string; attempts: number }[],
    flagged: camelRows<FlaggedRow>(flagged!.results),
  };
});
