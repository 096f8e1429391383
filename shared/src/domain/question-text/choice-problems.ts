/** What is wrong with a choice question: its options (too few, too many, empty, repeated) and its answer against them and its type. */

import { normalizeCell } from '../question-import';
import { MAX_OPTIONS, MIN_OPTIONS, OPTION_LETTERS, type QuestionType } from '../questions';
import type { Draft } from './draft';
import { OPTION_LETTERS_ALL } from './options';
import type { TextIssue } from './types';

/** What is wrong with the options of a choice question, at the line of the option concerned. */
export function optionProblems(draft: Draft): TextIssue[] {
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

export function answerProblems(type: QuestionType, answer: string, at: number, optionCount: number): TextIssue[] {
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
