/**
 * 每日一练: five questions a day from the banks a person's branches can see (theirs and their
 * regions'), except those an open contest keeps private, picked once per day and kept, answered one at a time with the result and the
 * explanation at once, and a streak of days with all five answered. Never ranked.
 */
import {
  cstDate,
  DAY_MS,
  endpoints,
  isCorrect,
  normalizeAnswer,
  OPTION_LETTERS,
  type Difficulty,
  type QuestionType,
} from '@sitebranch/shared';
import { Hono } from 'hono';
import { privatePoolIds } from '../../db/contests';
import { all, first, sql } from '../../db/sql';
import type { AppEnv } from '../../env';
import { ApiError } from '../../http/errors';
import { implement } from '../../http/implement';

export const practiceRoutes = new Hono<AppEnv>();

const PER_DAY = 5;

type DayRow = { questionIds: string; answers: string; correct: number; streak: number | null };
type QuestionRow = {
  id: string;
  type: QuestionType;
  stem: string;
  options: string;
  answer: string;
  explanation: string;
  difficulty: Difficulty;
};

const MY_REGIONS = `SELECT b.region_id FROM memberships m JOIN branches b ON b.id = m.branch_id WHERE m.user_id = :userId`;
const VISIBLE_BANKS = `SELECT qb.id FROM question_banks qb WHERE qb.branch_id IN (SELECT branch_id FROM memberships WHERE user_id = :userId)
  OR (qb.branch_id IS NULL AND qb.region_id IN (${MY_REGIONS}))`;

async function readDay(d1: D1Database, userId: string, day: string) {
  return first<DayRow>(
    sql(d1, `SELECT question_ids, answers, correct, streak FROM practice_days WHERE user_id = :userId AND day = :day`, { userId, day }),
  );
}

/** Today's row, picking today's questions the first time (a race between two phones keeps the first pick). */
async function today(d1: D1Database, userId: string, day: string): Promise<DayRow> {
  const existing = await readDay(d1, userId, day);
  if (existing) return existing;
  await sql(
    d1,
    `INSERT OR IGNORE INTO practice_days (user_id, day, question_ids, answers, correct)
     SELECT :userId, :day, json_group_array(id), '{}', 0 FROM (
       SELECT id FROM questions WHERE status = 'active' AND bank_id IN (${VISIBLE_BANKS})
         AND id NOT IN (${privatePoolIds(MY_REGIONS, ':now')}) ORDER BY random() LIMIT ${PER_DAY})`,
    { userId, day, now: Date.now() },
  ).run();
  return (await readDay(d1, userId, day))!;
}

/** Days in a row with all five answered: today's if done, else up to yesterday. */
async function streakOf(d1: D1Database, userId: string, day: DayRow, yesterday: string): Promise<number> {
  if (day.streak !== null) return day.streak;
  return (await readDay(d1, userId, yesterday))?.streak ?? 0;
}

async function questionsOf(d1: D1Database, ids: string[]) {
  const results = await all<QuestionRow>(
    sql(
      d1,
      `SELECT id, type, stem, options, answer, explanation, difficulty FROM questions WHERE id IN (SELECT value FROM json_each(:ids))`,
      { ids: JSON.stringify(ids) },
    ),
  );
  const byId = new Map(results.map((q) => [q.id, q]));
  return ids.map((id) => byId.get(id)).filter((q): q is QuestionRow => q !== undefined);
}

implement(practiceRoutes, endpoints.dailyPractice, async ({ c, caller }) => {
  const d1 = c.env.DB;
  const now = Date.now();
  const day = cstDate(now);
  const row = await today(d1, caller.userId, day);
  const answers = JSON.parse(row.answers) as Record<string, string>;
  const questions = await questionsOf(d1, JSON.parse(row.questionIds) as string[]);
  return {
    day,
    questions: questions.map((q) => {
      const given = answers[q.id];
      return {
        id: q.id,
        type: q.type,
        stem: q.stem,
        options: (JSON.parse(q.options) as string[]).map((text, i) => ({ key: OPTION_LETTERS[i]!, text })),
        difficulty: q.difficulty,
        // The answer and explanation only once this question is answered.
        result: given === undefined ? null : { given, answer: q.answer, correct: isCorrect(given, q.answer), explanation: q.explanation },
      };
    }),
    answered: Object.keys(answers).length,
    correct: row.correct,
    streak: await streakOf(d1, caller.userId, row, cstDate(now - DAY_MS)),
  };
});

implement(practiceRoutes, endpoints.answerPractice, async ({ c, caller, body }) => {
  const d1 = c.env.DB;
  const now = Date.now();
  const day = cstDate(now);
  const row = await today(d1, caller.userId, day);
  const ids = JSON.parse(row.questionIds) as string[];
  if (!ids.includes(body.questionId)) throw new ApiError('not_found', '这道题不在今天的每日一练里');
  const [question] = await questionsOf(d1, [body.questionId]);
  const given = normalizeAnswer(body.answer);
  const correct = isCorrect(given, question!.answer);
  const yesterday = await readDay(d1, caller.userId, cstDate(now - DAY_MS));
  // First answer counts: answering again changes nothing. Finishing all five sets the streak.
  const updated = await first<{ answers: string; streak: number | null }>(
    sql(
      d1,
      `UPDATE practice_days SET answers = json_set(answers, '$."' || :questionId || '"', :given), correct = correct + :correct,
       streak = CASE
         WHEN (SELECT count(*) FROM json_each(json_set(answers, '$."' || :questionId || '"', :given))) >= json_array_length(question_ids)
         THEN :newStreak ELSE streak END
     WHERE user_id = :userId AND day = :day AND json_extract(answers, '$."' || :questionId || '"') IS NULL
     RETURNING answers, streak`,
      { userId: caller.userId, day, questionId: body.questionId, given, correct, newStreak: (yesterday?.streak ?? 0) + 1 },
    ),
  );
  const current = updated ?? (await readDay(d1, caller.userId, day))!;
  const answers = JSON.parse(current.answers) as Record<string, string>;
  const firstAnswer = answers[body.questionId]!;
  return {
    correct: isCorrect(firstAnswer, question!.answer),
    answer: question!.answer,
    explanation: question!.explanation,
    answered: Object.keys(answers).length,
    streak: current.streak ?? yesterday?.streak ?? 0,
  };
});
