/**
 * Reading questions from the rows of an imported spreadsheet — the template's columns, or the
 * headers and words other platforms use (`shared/src/domain/question-import.ts`) — with a report by
 * row and column of everything wrong: 行 12，答案列：选项 E 不存在.
 */
import {
  JUDGE_OPTIONS,
  MAX_OPTIONS,
  OPTION_LETTERS,
  QuestionInputSchema,
  stemKey,
  type Difficulty,
  type ImportIssue,
  type QuestionType,
  type z,
} from '@sitebranch/shared';
import {
  answerLettersOf,
  headerColumn,
  judgeAnswerOf,
  normalizeCell,
  optionText,
  questionTypeOf,
  type ImportedType,
} from '@sitebranch/shared/readers';

export type QuestionInput = z.output<typeof QuestionInputSchema>;

const OPTION_COLUMNS = OPTION_LETTERS.map((letter) => `选项${letter}`);
/** The template's header row, in order. */
export const TEMPLATE_COLUMNS = ['题型', '题干', ...OPTION_COLUMNS, '答案', '解析', '标签', '难度'] as const;
const REQUIRED = ['题型', '题干', '答案'];

const DIFFICULTY: Record<string, Difficulty> = {
  易: 'easy',
  简单: 'easy',
  容易: 'easy',
  低: 'easy',
  中: 'medium',
  中等: 'medium',
  一般: 'medium',
  适中: 'medium',
  难: 'hard',
  困难: 'hard',
  较难: 'hard',
  高: 'hard',
};
/** A title row (or several) may stand above the header: the header is the first of these rows with the required columns. */
const HEADER_SEARCH_ROWS = 10;

/** Where each template column is in this row, by the template's names or their synonyms (any order). */
function locateColumns(header: string[]): Map<string, number> {
  const at = new Map<string, number>();
  header.forEach((name, i) => {
    const column = headerColumn(name);
    const key = column === null ? null : typeof column === 'string' ? column : OPTION_COLUMNS[column.option]!;
    if (key && !at.has(key)) at.set(key, i);
  });
  return at;
}

const missingIn = (at: Map<string, number>) => REQUIRED.filter((name) => !at.has(name));

/** 不定项 is single or multiple by how many letters its answer has. */
function resolveType(named: ImportedType, answer: string): QuestionType {
  if (named !== 'indefinite') return named;
  return (answerLettersOf(answer)?.length ?? 0) > 1 ? 'multiple' : 'single';
}

interface RowResult {
  question?: QuestionInput;
  issues: Omit<ImportIssue, 'row'>[];
}

function readAnswer(type: QuestionType, raw: string, optionCount: number): { answer?: string; issue?: string } {
  if (!raw) return { issue: '不能为空' };
  const judged = type === 'judge' ? judgeAnswerOf(raw) : null;
  if (judged) return { answer: judged };
  const letters = answerLettersOf(raw);
  if (!letters) return { issue: type === 'judge' ? '判断题答案只能是“正确”或“错误”（或 A、B）' : `“${raw}”不是选项字母` };
  const missing = [...letters].find(
    (letter) => OPTION_LETTERS.indexOf(letter as never) < 0 || OPTION_LETTERS.indexOf(letter as never) >= optionCount,
  );
  if (missing) return { issue: `选项 ${missing} 不存在` };
  const answer = [...new Set(letters)].sort().join('');
  if (type !== 'multiple' && answer.length !== 1) return { issue: `${type === 'judge' ? '判断题' : '单选题'}只能有一个答案` };
  if (type === 'multiple' && answer.length < 2) return { issue: '多选题至少要有两个正确选项' };
  return { answer };
}

function readRow(cells: string[], at: Map<string, number>): RowResult {
  const cell = (name: string) => (at.has(name) ? (cells[at.get(name)!] ?? '').trim() : '');
  const issues: Omit<ImportIssue, 'row'>[] = [];
  const named = questionTypeOf(cell('题型'));
  const type = named && resolveType(named, cell('答案'));
  if (!type) issues.push({ column: '题型', message: cell('题型') ? `“${cell('题型')}”不是单选、多选、不定项或判断` : '不能为空' });

  let options = OPTION_COLUMNS.map((name, i) => optionText(cell(name), OPTION_LETTERS[i]!));
  const lastFilled = options.reduce((last, text, i) => (text ? i : last), -1);
  options = options.slice(0, lastFilled + 1);
  const gap = options.findIndex((text) => !text);
  if (type === 'judge' && options.length === 0) options = [...JUDGE_OPTIONS];
  if (gap >= 0) issues.push({ column: OPTION_COLUMNS[gap]!, message: '选项之间不能有空的，请依次填写' });
  else if (type && options.length < 2) issues.push({ column: '选项', message: '至少需要 2 个选项' });
  else if (options.length > MAX_OPTIONS) issues.push({ column: '选项', message: `最多 ${MAX_OPTIONS} 个选项` });

  const difficultyText = normalizeCell(cell('难度'));
  const difficulty = difficultyText ? DIFFICULTY[difficultyText] : 'medium';
  if (!difficulty) issues.push({ column: '难度', message: `“${difficultyText}”不是易、中、难` });

  let answer: string | undefined;
  if (type) {
    const read = readAnswer(type, cell('答案'), options.length);
    if (read.issue) issues.push({ column: '答案', message: read.issue });
    answer = read.answer;
  }
  if (issues.length) return { issues };

  const tags = cell('标签')
    .split(/[,，、;；\s]+/)
    .filter(Boolean);
  const parsed = QuestionInputSchema.safeParse({ type, stem: cell('题干'), options, answer, explanation: cell('解析'), tags, difficulty });
  if (!parsed.success) {
    const COLUMN_OF: Record<string, string> = { stem: '题干', options: '选项', answer: '答案', explanation: '解析', tags: '标签' };
    return { issues: parsed.error.issues.map((issue) => ({ column: COLUMN_OF[String(issue.path[0])] ?? '题干', message: issue.message })) };
  }
  return { question: parsed.data, issues };
}

/**
 * The questions of a file, or every problem in it. `existingKeys` are the stem keys already in the
 * bank: a question already there is reported, as is one repeated within the file. The number of rows
 * is not checked here: the spreadsheet reader refuses a file with more than IMPORT_MAX_ROWS questions
 * while reading it.
 */
export function readQuestionRows(rows: string[][], existingKeys: Set<string>): { questions: QuestionInput[]; issues: ImportIssue[] } {
  const firstFilled = rows.findIndex((cells) => cells.some((c) => c.trim()));
  if (firstFilled < 0) return { questions: [], issues: [{ row: 1, column: '文件', message: '文件是空的，请按模板填写题目' }] };
  let headerIndex = -1;
  for (let i = firstFilled; i < Math.min(rows.length, firstFilled + HEADER_SEARCH_ROWS) && headerIndex < 0; i++) {
    if (missingIn(locateColumns(rows[i]!)).length === 0) headerIndex = i;
  }
  if (headerIndex < 0) {
    const missing = missingIn(locateColumns(rows[firstFilled]!));
    return {
      questions: [],
      issues: [
        {
          row: firstFilled + 1,
          column: '表头',
          message: `缺少“${missing.join('”“')}”列（也认“题目”“题目内容”“正确答案”等写法，见模板的填写说明），请使用导入模板`,
        },
      ],
    };
  }
  const at = locateColumns(rows[headerIndex]!);
  const body = rows
    .map((cells, i) => ({ cells, row: i + 1 }))
    .slice(headerIndex + 1)
    .filter(({ cells }) => cells.some((c) => c.trim()));
  if (body.length === 0)
    return { questions: [], issues: [{ row: headerIndex + 2, column: '文件', message: '没有找到题目，请在表头下面逐行填写' }] };

  const questions: QuestionInput[] = [];
  const issues: ImportIssue[] = [];
  const firstRowOf = new Map<string, number>();
  for (const { cells, row } of body) {
    const result = readRow(cells, at);
    issues.push(...result.issues.map((issue) => ({ row, ...issue })));
    if (!result.question) continue;
    const key = stemKey(result.question.stem);
    if (existingKeys.has(key)) issues.push({ row, column: '题干', message: '题库中已有相同的题目' });
    else if (firstRowOf.has(key)) issues.push({ row, column: '题干', message: `与第 ${firstRowOf.get(key)} 行的题目重复` });
    else {
      firstRowOf.set(key, row);
      questions.push(result.question);
    }
  }
  return { questions, issues };
}
