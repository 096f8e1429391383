import { QuestionInputSchema } from '../../schemas/questions';
import { answerLettersOf, type ImportedType, judgeAnswerOf, normalizeCell } from '../question-import';
import {
  type Difficulty,
  DIFFICULTY_LABELS,
  JUDGE_OPTIONS,
  MAX_OPTIONS,
  MIN_OPTIONS,
  OPTION_LETTERS,
  type QuestionType,
} from '../questions';
import { fold, joinWrapped, tidy } from './lines';
import { OPTION_LETTERS_ALL, TRAILING_MARK, TRAILING_SCORE, typeNamed } from './pieces';
import type { Draft, DraftOption } from './reader';
import { type StemAnswer, stemAnswerIn } from './stem-answer';
import type { TextIssue, TextQuestion } from './types';

// Checking a draft

type Checked = { question: TextQuestion['question']; issues: [] } | { question: null; issues: TextIssue[] };

/** 易/中/难 as the bank writes them, and the other words files use. */
const DIFFICULTY_WORDS: Record<string, Difficulty> = {
  ...Object.fromEntries(Object.entries(DIFFICULTY_LABELS).map(([difficulty, label]) => [label, difficulty as Difficulty])),
  简单: 'easy',
  容易: 'easy',
  较易: 'easy',
  低: 'easy',
  中等: 'medium',
  一般: 'medium',
  适中: 'medium',
  困难: 'hard',
  较难: 'hard',
  高: 'hard',
};

/** The two options of a true/false question written out (`A.正确 B.错误`, `A.对 B.错`): what A and B mean. */
function judgePairOf(options: DraftOption[]): Record<string, 'A' | 'B'> | null {
  if (options.length !== 2) return null;
  const a = judgeAnswerOf(options[0]!.text);
  const b = judgeAnswerOf(options[1]!.text);
  return a && b && a !== b ? { A: a, B: b } : null;
}

/** The letters of a written answer, also with words after them (`A（1921年）`, `C. 1949年`). */
function lettersIn(raw: string): string | null {
  const whole = answerLettersOf(raw);
  if (whole) return whole;
  const leading = /^([A-Z](?:[\s、,，;；/]*[A-Z])*)(?![A-Za-z])/.exec(raw.normalize('NFKC').toUpperCase().trim());
  return leading ? answerLettersOf(leading[1]!) : null;
}

/** 正确 or 错误 from an answer written as a word (`对`, `√`, `正确。党章规定…`), or as A/B of the options. */
function judgeIn(raw: string, pair: Record<string, 'A' | 'B'> | null): 'A' | 'B' | null {
  const letter = answerLettersOf(raw);
  if (letter === 'A' || letter === 'B') return pair ? pair[letter]! : letter;
  return judgeAnswerOf(raw) ?? judgeAnswerOf(raw.trim().split(/[\s,，。.;；、(（]/)[0] ?? '');
}

interface AnswerSource {
  letters: string | null;
  line: number;
  written: string;
  /** Written in the stem's brackets, which become a blank. */
  fromStem: boolean;
}

/** The question's type: its own mark, then its section's; else true/false by its answer, single or multiple by its letters. */
function typeOf(draft: Draft, named: ImportedType | null, stemAnswer: StemAnswer | null): QuestionType {
  if (named === 'judge' || named === 'single' || named === 'multiple') return named;
  const raw = draft.answer?.raw ?? '';
  const hasJudgeAnswer =
    (judgeAnswerOf(raw) !== null && lettersIn(raw) === null) || /^(?:正确|错误|对|错)/.test(raw.trim()) || stemAnswer?.kind === 'judge';
  if (named === null && ((draft.options.length === 0 && hasJudgeAnswer) || judgePairOf(draft.options))) return 'judge';
  const letters =
    (draft.answer ? lettersIn(raw) : null) ??
    (draft.options
      .filter((o) => o.marked)
      .map((o) => o.letter)
      .join('') ||
      (stemAnswer?.kind === 'letters' ? stemAnswer.value : ''));
  return new Set(letters).size > 1 ? 'multiple' : 'single';
}

/** Each place the answer is written, read for this type. All of them must say the same. */
function answerSources(
  draft: Draft,
  type: QuestionType,
  stemAnswer: StemAnswer | null,
  pair: Record<string, 'A' | 'B'> | null,
): AnswerSource[] {
  const sources: AnswerSource[] = [];
  const read = (raw: string) => (type === 'judge' ? judgeIn(raw, pair) : lettersIn(raw));
  if (draft.answer) sources.push({ letters: read(draft.answer.raw), line: draft.answer.line, written: draft.answer.raw, fromStem: false });
  const marked = draft.options.filter((option) => option.marked);
  if (marked.length) {
    const letters = marked.map((option) => option.letter).join('');
    sources.push({
      letters: type === 'judge' ? judgeIn(letters, pair) : letters,
      line: marked[0]!.line,
      written: letters,
      fromStem: false,
    });
  }
  if (stemAnswer && (type === 'judge' || stemAnswer.kind === 'letters')) {
    const letters = type === 'judge' && stemAnswer.kind === 'judge' ? stemAnswer.value : read(stemAnswer.value);
    sources.push({ letters, line: draft.line, written: stemAnswer.value, fromStem: true });
  }
  return sources;
}

const sorted = (letters: string) => [...new Set(letters)].sort().join('');

/** What is wrong with the options of a choice question, at the line of the option concerned. */
function optionProblems(draft: Draft): TextIssue[] {
  const options = draft.options;
  if (options.length === 0)
    return [
      {
        line: draft.line,
        message: '没有找到选项：选项请以“A.”“B.”开头，每个一行或用空格隔开；判断题请写在“判断题”标题下，或标上【判断题】',
      },
    ];
  if (options.length < MIN_OPTIONS)
    return [{ line: options[0]!.line, message: `只找到 1 个选项（${options[0]!.letter}），选择题至少要有 ${MIN_OPTIONS} 个选项` }];
  if (options.length > MAX_OPTIONS)
    return [
      {
        line: options[MAX_OPTIONS]!.line,
        message: `这道题有 ${options.length} 个选项，最多只能有 ${MAX_OPTIONS} 个（A 到 ${OPTION_LETTERS[MAX_OPTIONS - 1]}）`,
      },
    ];
  const problems: TextIssue[] = [];
  const seen = new Map<string, string>();
  for (const option of options) {
    const key = normalizeCell(option.text);
    if (!key) problems.push({ line: option.line, message: `选项 ${option.letter} 没有内容，请补上或删掉这个选项` });
    else if (seen.has(key))
      problems.push({ line: option.line, message: `选项 ${option.letter} 和选项 ${seen.get(key)} 一样，请改掉或删掉一个` });
    else seen.set(key, option.letter);
  }
  return problems;
}

function answerProblems(type: QuestionType, answer: string, at: number, optionCount: number): TextIssue[] {
  const last = OPTION_LETTERS_ALL[optionCount - 1] ?? 'A';
  const missing = [...answer].filter((letter) => OPTION_LETTERS_ALL.indexOf(letter) >= optionCount);
  if (missing.length)
    return [{ line: at, message: `答案里的 ${missing.join('、')} 没有对应的选项（这道题的选项是 A 到 ${last}），请检查答案或选项` }];
  if (type === 'single' && answer.length > 1)
    return [{ line: at, message: `单选题只能有一个答案，这里写的是 ${answer}；如果是多选题，请标上【多选题】或写在“多选题”标题下` }];
  if (type === 'multiple' && answer.length < 2)
    return [{ line: at, message: `多选题至少要有两个答案，这里只有 ${answer}；如果是单选题，请标上【单选题】或写在“单选题”标题下` }];
  return [];
}

/** The answer of the draft, or why there is none, from all the places it is written. */
function resolveAnswer(draft: Draft, type: QuestionType, sources: AnswerSource[]): { answer: string } | { issue: TextIssue } {
  if (sources.length === 0) return { issue: { line: draft.line, message: '这道题没有找到答案，请加一行“答案：A”或在括号里写上答案' } };
  const unreadable = sources.find((source) => !source.letters);
  if (unreadable) {
    const message = !unreadable.written
      ? `“答案：”后面没有写答案，请写上${type === 'judge' ? '“正确”或“错误”' : '选项的字母，如“答案：A”'}`
      : type === 'judge'
        ? `判断题的答案“${unreadable.written}”看不懂，请写“正确”或“错误”（也可以写对、错、√、×）`
        : `答案“${unreadable.written}”看不懂，请写选项的字母，如“答案：A”或“答案：ACD”`;
    return { issue: { line: unreadable.line, message } };
  }
  const answers = [...new Set(sources.map((source) => sorted(source.letters!)))];
  if (answers.length > 1) {
    const shown = type === 'judge' ? answers.map((answer) => JUDGE_OPTIONS[answer === 'A' ? 0 : 1]) : answers;
    return { issue: { line: sources[1]!.line, message: `这道题的答案写了不一样的两处（${shown.join(' 和 ')}），请只留一个` } };
  }
  return { answer: answers[0]! };
}

/** Zod's messages for a field, at the line of that field. */
function schemaProblems(draft: Draft, issues: readonly { path: readonly PropertyKey[]; message: string }[]): TextIssue[] {
  return issues.map((issue) => {
    const [field, index] = issue.path;
    if (field === 'options' && typeof index === 'number' && draft.options[index]) {
      const option = draft.options[index]!;
      return { line: option.line, message: `选项 ${option.letter}：${issue.message}` };
    }
    const line =
      field === 'explanation'
        ? draft.explanation?.line
        : field === 'tags'
          ? draft.tags?.line
          : field === 'answer'
            ? draft.answer?.line
            : undefined;
    return { line: line ?? draft.line, message: issue.message };
  });
}

/** The stem without a type mark or score after it (`…是（ ）。【单选题】`, `…（2分）`), and the type that mark names. */
function stemOf(draft: Draft): { stem: string; mark: ImportedType | null } {
  let stem = tidy(joinWrapped(draft.stem.map(tidy)));
  let mark: ImportedType | null = null;
  for (;;) {
    const trailing = TRAILING_MARK.exec(fold(stem));
    const type = trailing ? typeNamed(trailing[1]!) : null;
    const score = type ? null : TRAILING_SCORE.exec(fold(stem));
    if (trailing && type) {
      mark ??= type;
      stem = stem.slice(0, trailing.index);
    } else if (score) stem = stem.slice(0, score.index);
    else return { stem, mark };
  }
}

function difficultyOf(draft: Draft): { difficulty: Difficulty } | { issue: TextIssue } {
  if (!draft.difficulty) return { difficulty: 'medium' };
  const difficulty = DIFFICULTY_WORDS[normalizeCell(draft.difficulty.raw)];
  return difficulty
    ? { difficulty }
    : { issue: { line: draft.difficulty.line, message: `难度“${draft.difficulty.raw}”看不懂，请写易、中或难` } };
}

/**
 * A draft as a question, or all that is wrong with it: its type, options and answer checked here with
 * messages that say where to look, then the schema the bank uses for what is left (lengths, tags).
 */
export function check(draft: Draft): Checked {
  const problems = [...draft.problems];
  const { stem, mark } = stemOf(draft);
  if (!stem) return { question: null, issues: [{ line: draft.line, message: '题号后面没有题干，请把题目写在题号后面' }, ...problems] };

  const stemAnswer = stemAnswerIn(fold(stem));
  const type = typeOf(draft, draft.mark ?? mark ?? draft.sectionType, stemAnswer);
  const pair = judgePairOf(draft.options);
  if (type === 'judge' && draft.options.length > 0 && !pair) {
    problems.push({
      line: draft.options[0]!.line,
      message: '判断题不用写选项，这道题却有 A、B… 选项；如果它是选择题，请标上【单选题】或【多选题】',
    });
  }
  if (type !== 'judge') problems.push(...optionProblems(draft));

  const sources = answerSources(draft, type, stemAnswer, pair);
  const resolved = resolveAnswer(draft, type, sources);
  if ('issue' in resolved) problems.push(resolved.issue);
  // Without enough options, which letters exist says nothing more.
  else if (type !== 'judge' && draft.options.length >= MIN_OPTIONS)
    problems.push(...answerProblems(type, resolved.answer, sources[0]!.line, draft.options.length));
  const difficulty = difficultyOf(draft);
  if ('issue' in difficulty) problems.push(difficulty.issue);
  if (problems.length || 'issue' in resolved || 'issue' in difficulty) return { question: null, issues: problems };

  // The answer written in the stem's brackets leaves a blank in its place.
  const blanked =
    stemAnswer && sources.some((source) => source.fromStem)
      ? tidy(stem.slice(0, stemAnswer.start) + (stemAnswer.bracketed ? '（ ）' : '') + stem.slice(stemAnswer.end))
      : stem;
  const parsed = QuestionInputSchema.safeParse({
    type,
    stem: blanked,
    options: type === 'judge' ? [...JUDGE_OPTIONS] : draft.options.map((option) => option.text),
    answer: resolved.answer,
    explanation: tidy(joinWrapped((draft.explanation?.parts ?? []).map(tidy))),
    tags: draft.tags ? draft.tags.raw.split(/[,，、;；\s/]+/).filter(Boolean) : [],
    difficulty: difficulty.difficulty,
  });
  if (!parsed.success) return { question: null, issues: schemaProblems(draft, parsed.error.issues) };
  return { question: parsed.data, issues: [] };
}
