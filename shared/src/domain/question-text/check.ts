/**
 * Checking a draft: its stem, type, options, answer and difficulty, with messages that say where to
 * look, then the schema the bank uses: the question, or all that is wrong with it.
 */

import { QuestionInputSchema } from '../../schemas/questions';
import { type ImportedType, normalizeCell } from '../question-import';
import { type Difficulty, DIFFICULTY_LABELS, JUDGE_OPTIONS, MIN_OPTIONS } from '../questions';
import { answerSources, judgePairOf, resolveAnswer, typeOf } from './answers';
import { answerProblems, optionProblems } from './choice-problems';
import type { Draft } from './draft';
import { typeNamed } from './headings';
import { fold, joinWrapped, tidy } from './lines';
import { TRAILING_MARK, TRAILING_SCORE } from './question-start';
import { stemAnswerIn } from './stem-answer';
import type { TextIssue, TextQuestion } from './types';

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
