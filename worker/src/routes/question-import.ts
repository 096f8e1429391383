/**
 * Importing questions from a spreadsheet. All or nothing: a file with any error is refused with
 * every problem by row and column, and nothing is written; a good file goes in as one D1 batch.
 */
import { describeIssue, endpoints, stemKey } from '@sitebranch/shared';
import { Hono } from 'hono';
import { readQuestionRows, type QuestionInput } from '../contest/question-rows';
import { newId } from '../db/ids';
import type { AppEnv } from '../env';
import { ApiError } from '../http/errors';
import { implement } from '../http/implement';
import { readUploadedTable } from '../spreadsheet/upload';
import { questionFields } from './banks';

export const questionImportRoutes = new Hono<AppEnv>();

/** Rows per INSERT … SELECT FROM json_each(?): one bound JSON text each, well under D1's limits. */
const ROWS_PER_STATEMENT = 250;
/** The report lists at most this many problems (the message gives the total). */
const MAX_ISSUES_SHOWN = 200;

implement(questionImportRoutes, endpoints.importQuestions, async ({ c, params, body }) => {
  const d1 = c.env.DB;
  const rows = readUploadedTable(body);
  const existing = await d1.prepare(`SELECT stem_key AS k FROM questions WHERE bank_id = ?1 AND status = 'active'`).bind(params.id).all<{ k: string }>();
  const { questions, issues } = readQuestionRows(rows, new Set(existing.results.map((r) => r.k)));
  if (issues.length) {
    const first = describeIssue(issues[0]!);
    throw new ApiError('import_failed', `文件中有 ${issues.length} 处错误，整份未导入。${first}`, undefined, issues.slice(0, MAX_ISSUES_SHOWN));
  }

  const now = Date.now();
  const records = questions.map((q: QuestionInput) => ({ id: newId(), ...questionFields(q), stemKey: stemKey(q.stem) }));
  const statements = [];
  for (let i = 0; i < records.length; i += ROWS_PER_STATEMENT) {
    statements.push(
      d1
        .prepare(
          `INSERT INTO questions (id, bank_id, type, stem, stem_key, options, answer, explanation, tags, difficulty, status, created_at, updated_at)
           SELECT j.value ->> 'id', ?1, j.value ->> 'type', j.value ->> 'stem', j.value ->> 'stemKey', j.value -> 'options', j.value ->> 'answer',
             j.value ->> 'explanation', j.value -> 'tags', j.value ->> 'difficulty', 'active', ?2 + j.key, ?2 + j.key
           FROM json_each(?3) j`,
        )
        // created_at keeps the file's order (the bank lists by it).
        .bind(params.id, now + i, JSON.stringify(records.slice(i, i + ROWS_PER_STATEMENT))),
    );
  }
  await d1.batch(statements);
  return { imported: records.length };
});
