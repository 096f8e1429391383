/** 文本导入's body. Apart from `questions.ts` because the parser it names validates with that file's schema. */
import { QUESTION_TEXT_MAX_CHARS } from '../domain/questions';
import * as z from '../zod';

/** Questions pasted as they appear in a Word or PDF document (see `parseQuestionText`). */
export const ImportQuestionTextSchema = z.strictObject({
  text: z
    .string()
    .check(
      z.minLength(1, '请粘贴题目'),
      z.maxLength(QUESTION_TEXT_MAX_CHARS, `一次最多粘贴 ${QUESTION_TEXT_MAX_CHARS / 10_000} 万字，请分几次导入`),
    ),
});
