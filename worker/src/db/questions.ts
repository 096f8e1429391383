import type { Question } from '@sitebranch/shared';
import { questions } from './schema';

/** The columns of a question that organizers see. */
export const questionColumns = {
  id: questions.id,
  bankId: questions.bankId,
  type: questions.type,
  stem: questions.stem,
  options: questions.options,
  answer: questions.answer,
  explanation: questions.explanation,
  tags: questions.tags,
  difficulty: questions.difficulty,
  status: questions.status,
  updatedAt: questions.updatedAt,
} satisfies Record<keyof Question, unknown>;
