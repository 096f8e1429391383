/**
 * The words question files use, whoever made them: the project's template, other exam platforms'
 * exports, banks kept by hand. One table of header synonyms (the template's 填写说明 lists them),
 * type names, answer forms and true/false words; the importer reads cells through these.
 */
import { OPTION_LETTERS, type QuestionType } from './questions';

/** Each template column and the headers other files give it (compared without spaces, case or full-width forms). */
export const QUESTION_HEADER_SYNONYMS = {
  题型: ['题型', '题目类型', '试题类型', '题型名称', '类型'],
  题干: ['题干', '题目', '题目内容', '试题', '试题内容', '题目名称', '问题'],
  答案: ['答案', '正确答案', '参考答案', '标准答案'],
  解析: ['解析', '答案解析', '试题解析', '题目解析', '解释'],
  标签: ['标签', '知识点', '分类', '题目分类', '所属分类'],
  难度: ['难度', '难易程度', '难易度', '难度等级'],
} as const;
export type QuestionHeader = keyof typeof QUESTION_HEADER_SYNONYMS;

/** Full-width letters and digits as ASCII, no spaces: how headers, types and answers are compared. */
export function normalizeCell(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

/** The column a header names: a template column, or an option's letter (选项A, A, A选项, 选项 Ａ). */
export function headerColumn(header: string): QuestionHeader | { option: number } | null {
  const clean = normalizeCell(header).toUpperCase();
  for (const [column, names] of Object.entries(QUESTION_HEADER_SYNONYMS))
    if ((names as readonly string[]).includes(clean)) return column as QuestionHeader;
  const option = /^(?:选项)?([A-Z])(?:选项)?$/.exec(clean);
  if (option) {
    const index = OPTION_LETTERS.indexOf(option[1] as (typeof OPTION_LETTERS)[number]);
    return index >= 0 ? { option: index } : null;
  }
  return null;
}

/** `indefinite` (不定项): one or more right answers, read as single or multiple by the answer. */
export type ImportedType = QuestionType | 'indefinite';

const TYPE_NAMES: Record<string, ImportedType> = {
  单选: 'single',
  单选题: 'single',
  单项选择: 'single',
  单项选择题: 'single',
  单择题: 'single',
  选择题: 'single',
  多选: 'multiple',
  多选题: 'multiple',
  多项选择: 'multiple',
  多项选择题: 'multiple',
  不定项: 'indefinite',
  不定项选择: 'indefinite',
  不定项选择题: 'indefinite',
  判断: 'judge',
  判断题: 'judge',
  是非题: 'judge',
  对错题: 'judge',
};

export function questionTypeOf(text: string): ImportedType | null {
  return TYPE_NAMES[normalizeCell(text).replace(/[[\]【】()（）]/g, '')] ?? null;
}

/** True/false as files write it: A is 正确, B is 错误. */
const JUDGE_WORDS: Record<string, 'A' | 'B'> = {
  正确: 'A',
  对: 'A',
  '√': 'A',
  '✓': 'A',
  '✔': 'A',
  是: 'A',
  T: 'A',
  TRUE: 'A',
  Y: 'A',
  错误: 'B',
  错: 'B',
  '×': 'B',
  X: 'B',
  '✗': 'B',
  '✘': 'B',
  否: 'B',
  F: 'B',
  FALSE: 'B',
  N: 'B',
};

export function judgeAnswerOf(text: string): 'A' | 'B' | null {
  return JUDGE_WORDS[normalizeCell(text).toUpperCase()] ?? null;
}

/** The letters of an answer written `A、C`, `A,C`, `A C`, `ac` or `ＡＣ`; null when something else is in it. */
export function answerLettersOf(text: string): string | null {
  const letters = normalizeCell(text)
    .toUpperCase()
    .replace(/[,，、;；/|.。]/g, '');
  return /^[A-Z]+$/.test(letters) ? letters : null;
}

/** An option cell without the letter it repeats (`A. 1982`, `A、…`, `(A) …`, `A：…`). */
export function optionText(text: string, letter: string): string {
  const trimmed = text.trim();
  const match = /^[(（]?([A-Za-zＡ-Ｚａ-ｚ])[)）]?\s*[.．、:：)）]\s*/.exec(trimmed);
  if (match && match[1]!.normalize('NFKC').toUpperCase() === letter) return trimmed.slice(match[0].length).trim();
  return trimmed;
}
