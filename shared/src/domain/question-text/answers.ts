/**
 * A draft's type and answer: the type from its mark, section or answer, each place the answer is
 * written (the 答案 line, options marked right, the stem's brackets) read for that type, and the one
 * answer they agree on.
 */

import { answerLettersOf, type ImportedType, judgeAnswerOf } from '../question-import';
import { JUDGE_OPTIONS, type QuestionType } from '../questions';
import type { Draft, DraftOption } from './draft';
import type { StemAnswer } from './stem-answer';
import type { TextIssue } from './types';

/** The two options of a true/false question written out (`A.正确 B.错误`, `A.对 B.错`): what A and B mean. */
export function judgePairOf(options: DraftOption[]): Record<string, 'A' | 'B'> | null {
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
export function typeOf(draft: Draft, named: ImportedType | null, stemAnswer: StemAnswer | null): QuestionType {
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
export function answerSources(
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

/** The answer of the draft, or why there is none, from all the places it is written. */
export function resolveAnswer(draft: Draft, type: QuestionType, sources: AnswerSource[]): { answer: string } | { issue: TextIssue } {
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
