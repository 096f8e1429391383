import {
  JUDGE_OPTIONS,
  MAX_OPTIONS,
  MIN_OPTIONS,
  normalizeAnswer,
  OPTION_LETTERS,
  type BodyOf,
  type Difficulty,
  type endpoints,
  type Question,
  type QuestionType,
} from '@sitebranch/shared';

export interface QuestionForm {
  type: QuestionType;
  stem: string;
  options: string[];
  /** Letters of the right options, as the API writes them: "B", "ACD". */
  answer: string;
  explanation: string;
  /** Tags as typed, separated by commas or 顿号. */
  tagsText: string;
  difficulty: Difficulty;
}

export type QuestionBody = BodyOf<typeof endpoints.addQuestion>;

export function emptyQuestionForm(): QuestionForm {
  return { type: 'single', stem: '', options: ['', '', '', ''], answer: '', explanation: '', tagsText: '', difficulty: 'medium' };
}

export function questionFormOf(question: Question): QuestionForm {
  const { type, stem, options, answer, explanation, tags, difficulty } = question;
  // Only managers of the bank edit it, and they get its answers; the blanks are never sent otherwise.
  return { type, stem, options: [...options], answer: answer ?? '', explanation: explanation ?? '', tagsText: tags.join('、'), difficulty };
}

/**
 * Another type: a judge question always has 正确/错误, so entering it replaces the options and
 * leaving it starts from blank ones; an answer that no longer fits is cleared, not guessed.
 */
export function withType(form: QuestionForm, type: QuestionType): QuestionForm {
  if (type === form.type) return form;
  if (type === 'judge') return { ...form, type, options: [...JUDGE_OPTIONS], answer: '' };
  if (form.type === 'judge') return { ...form, type, options: ['', '', '', ''], answer: '' };
  return { ...form, type, answer: type === 'single' && form.answer.length > 1 ? '' : form.answer };
}

/** Tapping an option's letter: single and judge pick that one; multiple adds or removes it. */
export function toggleAnswer(form: QuestionForm, letter: string): QuestionForm {
  if (form.type !== 'multiple') return { ...form, answer: letter };
  const answer = form.answer.includes(letter) ? form.answer.replace(letter, '') : form.answer + letter;
  return { ...form, answer: normalizeAnswer(answer) };
}

export function addOption(form: QuestionForm): QuestionForm {
  if (form.type === 'judge' || form.options.length >= MAX_OPTIONS) return form;
  return { ...form, options: [...form.options, ''] };
}

/** Removes one option; the answer follows its options (removing B makes the old C the new B). */
export function removeOption(form: QuestionForm, index: number): QuestionForm {
  if (form.type === 'judge' || form.options.length <= MIN_OPTIONS) return form;
  const answer = [...form.answer]
    .map((letter) => OPTION_LETTERS.indexOf(letter as never))
    .filter((i) => i !== index)
    .map((i) => OPTION_LETTERS[i > index ? i - 1 : i])
    .join('');
  return { ...form, options: form.options.filter((_, i) => i !== index), answer };
}

/** "党史，安全生产、党章党规" → three tags, blanks and repeats dropped (a tag may hold a space). */
export function parseTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,，、;；]/)
        .map((tag) => tag.trim())
        .filter(Boolean),
    ),
  ];
}

/** What still stops the form from being saved, in words; null when it can be sent. */
export function missing(form: QuestionForm): string | null {
  if (!form.stem.trim()) return '请填写题干';
  if (form.options.some((option) => !option.trim())) return '请填写每个选项，不要的选项可以删除';
  if (!form.answer) return '请点选项前的字母，标出正确答案';
  if (form.type === 'multiple' && form.answer.length < 2) return '多选题至少要有两个正确答案';
  return null;
}

export function toQuestionBody(form: QuestionForm): QuestionBody {
  const { type, stem, options, answer, explanation, tagsText, difficulty } = form;
  return { type, stem, options, answer, explanation, tags: parseTags(tagsText), difficulty };
}

/** A stored question as a body again, to change only its status (停用 / 重新启用). */
export function withStatus(question: Question, status: Question['status']): BodyOf<typeof endpoints.updateQuestion> {
  const { type, stem, options, answer, explanation, tags, difficulty } = question;
  return { type, stem, options, answer: answer ?? '', explanation: explanation ?? '', tags, difficulty, status };
}

/** The server's message for a field, or for anything inside it (`tags.1` belongs to `tags`). */
export function fieldError(fields: Record<string, string>, key: string): string | undefined {
  return fields[key] ?? Object.entries(fields).find(([path]) => path.startsWith(`${key}.`))?.[1];
}
