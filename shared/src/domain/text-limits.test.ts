import { describe, expect, it } from 'vitest';
import { DevLoginSchema } from '../schemas/auth';
import { SubmitFeedbackSchema, RatingSchema, ReplySchema } from '../schemas/feedback';
import { UpdateMeSchema } from '../schemas/user';
import { TEXT_MAX } from './text-limits';

/** A valid body with one field set to `length` characters. */
const cases = [
  {
    name: 'a feedback’s place',
    limit: TEXT_MAX.place,
    check: (t: string) => SubmitFeedbackSchema.safeParse({ category: 'suggestion', text: '楼梯口没有护栏', anonymous: false, place: t }),
  },
  { name: 'a reply', limit: TEXT_MAX.feedbackReply, check: (t: string) => ReplySchema.safeParse({ text: t }) },
  { name: 'a rating’s comment', limit: TEXT_MAX.ratingComment, check: (t: string) => RatingSchema.safeParse({ level: 5, comment: t }) },
  { name: 'a person’s name (login)', limit: TEXT_MAX.personName, check: (t: string) => DevLoginSchema.safeParse({ name: t }) },
  { name: 'a unit name (profile)', limit: TEXT_MAX.unitName, check: (t: string) => UpdateMeSchema.safeParse({ unitName: t }) },
];

describe('the text limits the app’s fields stop at', () => {
  for (const { name, limit, check } of cases) {
    it(`are the schema’s: ${name} takes ${limit} characters and refuses ${limit + 1}, naming the limit`, () => {
      expect(check('字'.repeat(limit)).success).toBe(true);
      const refused = check('字'.repeat(limit + 1));
      expect(refused.success).toBe(false);
      expect(refused.error?.issues[0]?.message).toContain(`不能超过 ${limit} 个字`);
    });
  }
});
