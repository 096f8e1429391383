/**
 * Importing questions from a spreadsheet, or pasted from a document (文本导入). All or nothing: a
 * file or text with any error is refused with every problem by row and column (by line, for text),
 * and nothing is written; a good one goes in as one D1 batch.
 */
import { describeIssue, endpoints, QuestionInputSchema, stemKey, TEXT_LINE_COLUMN, type ImportIssue } from '@sitebranch/shared';
import { parseQuestionText } from '@sitebranch/shared/readers';
import { Hono } from 'hono';
import { readQuestionRows, type QuestionInput } from '../../contest/question-rows';
import { newId } from '../../db/ids';
import { all, sql } from '../../db/sql';
import type { AppEnv } from '../../env';
import { ApiError } from '../../http/errors';
import { implement } from '../../http/implement';
import { readUploadedTable } from '../../spreadsheet/upload';
import { questionFields } from './banks';

export const questionImportRoutes = new Hono<AppEnv>();

/** Rows per INSERT … SELECT FROM json_each(:records): one bound JSON text each, well under D1's limits. */
const ROWS_PER_STATEMENT = 250;
/** The report lists at most this many problems (the message gives the total). */
const MAX_ISSUES_SHOWN = 200;

const activeStemKeys = async (d1: D1Database, bankId: string) => {
  const rows = await all<{ k: string }>(
    sql(d1, `SELECT stem_key AS k FROM questions WHERE bank_id = :bankId AND status = 'active'`, {
      bankId,
    }),
  );
  return new Set(rows.map((r) => r.k));
};

function refuse(issues: ImportIssue[], what: string): never {
  throw new ApiError(
    'import_failed',
    `${what}中有 ${issues.length} 处错误，整份未导入。${describeIssue(issues[0]!)}`,
    undefined,
    issues.slice(0, MAX_ISSUES_SHOWN),
  );
}

/** Every question in one D1 batch, in the order given (the bank lists by `created_at`). */
async function insertQuestions(d1: D1Database, bankId: string, questions: QuestionInput[]) {
  const now = Date.now();
  const records = questions.map((q) => ({ id: newId(), ...questionFields(q), stemKey: stemKey(q.stem) }));
  const statements = [];
  for (let i = 0; i < records.length; i += ROWS_PER_STATEMENT) {
    statements.push(
      sql(
        d1,
        `INSERT INTO questions (id, bank_id, type, stem, stem_key, options, answer, explanation, tags, difficulty, status,
           created_at, updated_at)
         SELECT j.value ->> 'id', :bankId, j.value ->> 'type', j.value ->> 'stem', j.value ->> 'stemKey', j.value -> 'options',
           j.value ->> 'answer', j.value ->> 'explanation', j.value -> 'tags', j.value ->> 'difficulty', 'active',
           :createdAt + j.key, :createdAt + j.key
         FROM json_each(:records) j`,
        { bankId, createdAt: now + i, records: JSON.stringify(records.slice(i, i + ROWS_PER_STATEMENT)) },
      ),
    );
  }
  await d1.batch(statements);
  return { imported: records.length };
}

implement(questionImportRoutes, endpoints.importQuestions, async ({ c, params, body }) => {
  const d1 = c.env.DB;
  const rows = readUploadedTable(body);
  const { questions, issues } = readQuestionRows(rows, await activeStemKeys(d1, params.id));
  if (issues.length) refuse(issues, '文件');
  return insertQuestions(d1, params.id, questions);
});

/**
 * 文本导入: the server parses the pasted text itself with the parser the phone previewed with
 * (what the phone showed is never trusted), adds what only it knows — the questions already in the
 * bank — and saves all in one batch, or nothing with every problem by line.
 */
implement(questionImportRoutes, endpoints.importQuestionText, async ({ c, params, body }) => {
  const d1 = c.env.DB;
  const parsed = parseQuestionText(body.text);
  const existing = await activeStemKeys(d1, params.id);
  const issues: ImportIssue[] = parsed.issues.map((issue) => ({ row: issue.line, column: TEXT_LINE_COLUMN, message: issue.message }));
  const questions: QuestionInput[] = [];
  for (const { line, question } of parsed.questions) {
    const checked = QuestionInputSchema.safeParse(question);
    if (!checked.success) issues.push({ row: line, column: TEXT_LINE_COLUMN, message: checked.error.issues[0]!.message });
    else if (existing.has(stemKey(checked.data.stem)))
      issues.push({ row: line, column: TEXT_LINE_COLUMN, message: '题库中已有相同的题目' });
    else questions.push(checked.data);
  }
  if (issues.length)
    refuse(
      issues.sort((a, b) => a.row - b.row),
      '粘贴的文本',
    );
  if (questions.length === 0) throw new ApiError('import_failed', '没有识别到题目：请粘贴带编号的题干、选项和答案');
  return insertQuestions(d1, params.id, questions);
});
