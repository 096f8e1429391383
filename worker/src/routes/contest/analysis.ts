/** Contest analysis for organizers: per question correct rate and the most chosen wrong answer, scores, participation, flags. */
import { CST_OFFSET_MS, endpoints, type QuestionType } from '@sitebranch/shared';
import { Hono } from 'hono';
import { scoreExpired } from '../../contest/scoring';
import type { AppEnv } from '../../env';
import { implement } from '../../http/implement';

export const analysisRoutes = new Hono<AppEnv>();

/** Background switches or too-fast answers from this many on are shown to organizers. */
const FLAG_FROM = 3;
const BANDS = 10;

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
  const submitted = `FROM attempt_answers aa JOIN attempts a ON a.id = aa.attempt_id WHERE a.contest_id = ?1 AND a.submitted_at IS NOT NULL`;
  const [contest, perQuestion, wrong, scores, days, flagged] = await d1.batch([
    d1.prepare(`SELECT max_score AS maxScore, (SELECT count(*) FROM contest_entries WHERE contest_id = ?1) AS participants FROM contests WHERE id = ?1`).bind(params.id),
    d1
      .prepare(
        `SELECT q.id, q.stem, q.type, count(aa.answer) AS answered, coalesce(sum(aa.correct), 0) AS correct
         FROM (SELECT aa.question_id, aa.answer, aa.correct ${submitted}) aa JOIN questions q ON q.id = aa.question_id
         GROUP BY q.id ORDER BY coalesce(sum(aa.correct), 0) * 1.0 / max(count(aa.answer), 1), q.id`,
      )
      .bind(params.id),
    d1
      .prepare(
        `SELECT questionId, answer, n FROM (
           SELECT aa.question_id AS questionId, aa.answer, count(*) AS n,
             row_number() OVER (PARTITION BY aa.question_id ORDER BY count(*) DESC, aa.answer) AS place
           ${submitted} AND aa.correct = 0 AND aa.answer IS NOT NULL GROUP BY aa.question_id, aa.answer)
         WHERE place = 1`,
      )
      .bind(params.id),
    d1.prepare(`SELECT score FROM attempts WHERE contest_id = ?1 AND submitted_at IS NOT NULL`).bind(params.id),
    d1
      .prepare(`SELECT strftime('%Y-%m-%d', (started_at + ?2) / 1000, 'unixepoch') AS day, count(*) AS attempts FROM attempts WHERE contest_id = ?1 GROUP BY day ORDER BY day`)
      .bind(params.id, CST_OFFSET_MS),
    d1
      .prepare(
        `SELECT a.id AS attemptId, u.name, a.background_count AS backgroundCount, a.fast_answers AS fastAnswers, a.score
         FROM attempts a JOIN users u ON u.id = a.user_id
         WHERE a.contest_id = ?1 AND (a.background_count >= ?2 OR a.fast_answers >= ?2)
         ORDER BY a.background_count + a.fast_answers DESC LIMIT 50`,
      )
      .bind(params.id, FLAG_FROM),
  ]);
  const { maxScore, participants } = contest!.results[0] as { maxScore: number; participants: number };
  const commonWrong = new Map((wrong!.results as { questionId: string; answer: string; n: number }[]).map((w) => [w.questionId, { answer: w.answer, count: w.n }]));
  const allScores = (scores!.results as { score: number }[]).map((s) => s.score);
  const histogram = scoreBands(allScores, maxScore);
  return {
    contestId: params.id,
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
    flagged: flagged!.results as { attemptId: string; name: string | null; backgroundCount: number; fastAnswers: number; score: number | null }[],
  };
});
