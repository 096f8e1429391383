/** Feedback (反馈): submitting, following, handling and rating it. */
import { TEXT_MAX } from '../domain/text-limits';
import { FEEDBACK_CATEGORIES, FEEDBACK_ROUTES, FEEDBACK_STATUSES, FEEDBACK_TEXT, PHOTO_STAGES, TIMELINE_KINDS } from '../domain/feedback';
import * as z from '../zod';
import { IdSchema, TimestampSchema, text } from './common';

export const FeedbackCategorySchema = z.enum(FEEDBACK_CATEGORIES, { error: '请选择反馈类别' });
export const FeedbackStatusSchema = z.enum(FEEDBACK_STATUSES, { error: '状态不正确' });

export const FeedbackRouteSchema = z.enum(FEEDBACK_ROUTES, { error: '报送对象只能是本支部（branch）或区域纪检联系人（region）' });

export const SubmitFeedbackSchema = z
  .strictObject({
    category: FeedbackCategorySchema,
    text: text('反馈内容', FEEDBACK_TEXT.max, FEEDBACK_TEXT.min),
    place: z.optional(text('地点', TEXT_MAX.place)),
    /** Default: on for 廉政监督, off for the rest. */
    anonymous: z.optional(z.boolean()),
    /**
     * A random id the phone makes for this submission: sending it again (the answer was lost on a
     * bad network) returns the same feedback, and for anonymous feedback the same receipt.
     */
    clientRef: z.optional(z.string().check(z.regex(/^[0-9A-Za-z]{16,40}$/, '提交编号格式不正确'))),
    /** Default: see `defaultRoute` (anonymous 廉政监督 to the region's discipline contact, when there is one). */
    routeTo: z.optional(FeedbackRouteSchema),
  })
  .check(
    z.refine((b) => b.routeTo !== 'region' || b.category === 'integrity', {
      message: '只有廉政监督可以直接报送区域纪检联系人',
      path: ['routeTo'],
    }),
  );

export const SubmitFeedbackResultSchema = z.object({
  id: IdSchema,
  /** Only for anonymous feedback, shown once: the way to follow it up. */
  receipt: z.nullable(z.string()),
  status: FeedbackStatusSchema,
  /** Who handles it: the branch, or (廉政监督) the region's discipline contacts. */
  routedTo: FeedbackRouteSchema,
  acceptDueAt: TimestampSchema,
  resolveDueAt: TimestampSchema,
});

export const FeedbackEventSchema = z.object({
  kind: z.enum(TIMELINE_KINDS),
  actor: z.enum(['submitter', 'organizer', 'system']),
  /** The organizer's name; never the submitter's for anonymous feedback. */
  actorName: z.nullable(z.string()),
  note: z.nullable(z.string()),
  createdAt: TimestampSchema,
});

export const FeedbackSummarySchema = z.object({
  id: IdSchema,
  branchId: IdSchema,
  branchName: z.string(),
  /** `region`: a 廉政监督 report handled by the region's discipline contacts; its branch does not see it. */
  routedTo: FeedbackRouteSchema,
  category: FeedbackCategorySchema,
  text: z.string(),
  place: z.nullable(z.string()),
  anonymous: z.boolean(),
  status: FeedbackStatusSchema,
  overdue: z.boolean(),
  createdAt: TimestampSchema,
  acceptDueAt: TimestampSchema,
  /** The deadline now in force: to resolve, or to follow up after reopening. */
  resolveDueAt: TimestampSchema,
  photoCount: z.number(),
  /** Null when anonymous (and for the submitter's own view). */
  submitterName: z.nullable(z.string()),
  rating: z.nullable(z.number()),
});

export const FeedbackDetailSchema = z.extend(FeedbackSummarySchema, {
  photos: z.array(z.object({ id: IdSchema, contentType: z.string(), stage: z.enum(PHOTO_STAGES) })),
  timeline: z.array(FeedbackEventSchema),
  ratingComment: z.nullable(z.string()),
  /** What the caller may do now. */
  can: z.object({
    handle: z.array(FeedbackStatusSchema),
    reply: z.boolean(),
    rate: z.boolean(),
    reopen: z.boolean(),
    addPhotos: z.boolean(),
    addRectificationPhotos: z.boolean(),
  }),
});
export type FeedbackDetail = z.infer<typeof FeedbackDetailSchema>;

export const FeedbackListQuerySchema = z.strictObject({
  status: z.optional(FeedbackStatusSchema),
  category: z.optional(FeedbackCategorySchema),
  overdue: z.optional(z.enum(['1'], { error: 'overdue 只能是 1' })),
});

export const TransitionSchema = z
  .strictObject({
    to: z.enum(['accepted', 'in_progress', 'resolved', 'declined', 'reopened'], { error: '请选择要进行的操作' }),
    note: z.optional(text('说明', TEXT_MAX.feedbackNote)),
  })
  .check(z.refine((t) => t.to !== 'declined' || (t.note?.length ?? 0) >= 2, { message: '不予受理时请写明原因', path: ['note'] }));

export const ReplySchema = z.strictObject({ text: text('回复内容', TEXT_MAX.feedbackReply) });

export const RatingSchema = z.strictObject({
  level: z.number().check(z.int('请选择评价'), z.gte(1, '请选择评价'), z.lte(5, '请选择评价')),
  comment: z.optional(z.string().check(z.trim(), z.maxLength(TEXT_MAX.ratingComment, `评价不能超过 ${TEXT_MAX.ratingComment} 个字`))),
});

export const FeedbackSettingsSchema = z.strictObject({
  acceptDays: z.number().check(z.int(), z.gte(1, '受理时限至少 1 个工作日'), z.lte(30, '受理时限最多 30 个工作日')),
  resolveDays: z.number().check(z.int(), z.gte(1, '办结时限至少 1 个工作日'), z.lte(90, '办结时限最多 90 个工作日')),
  followUpDays: z.number().check(z.int(), z.gte(1, '跟进时限至少 1 个工作日'), z.lte(30, '跟进时限最多 30 个工作日')),
});

export const PhotoUploadResultSchema = z.object({ id: IdSchema, contentType: z.string(), size: z.number() });
