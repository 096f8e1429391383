/** Notices (消息) as the app lists them, and the consents given for WeChat's templates. */
import { NOTICE_KINDS, SUBSCRIBE_TEMPLATES } from '../domain/notices';
import * as z from '../zod';
import { IdSchema, TimestampSchema } from './common';

export const NoticeKindSchema = z.enum(NOTICE_KINDS);
export const SubscribeTemplateSchema = z.enum(SUBSCRIBE_TEMPLATES);

export const NoticeSchema = z.object({
  id: z.string(),
  kind: NoticeKindSchema,
  title: z.string(),
  body: z.string(),
  /** The page it opens. */
  link: z.string(),
  createdAt: TimestampSchema,
  readAt: z.nullable(TimestampSchema),
});
export type Notice = z.infer<typeof NoticeSchema>;

export const NoticeListQuerySchema = z.strictObject({
  /** Older than this notice's time: the next page. */
  before: z.optional(z.coerce.number().check(z.int(), z.positive('页码不正确'))),
});

export const NoticeListSchema = z.object({ notices: z.array(NoticeSchema), unread: z.number(), more: z.boolean() });
export const UnreadSchema = z.object({ unread: z.number() });
export const NoticeParamsSchema = z.strictObject({ id: IdSchema });

/** What `Taro.requestSubscribeMessage` answered: the templates accepted and those refused. */
export const SubscriptionAnswerSchema = z.strictObject({
  accepted: z.array(SubscribeTemplateSchema).check(z.maxLength(SUBSCRIBE_TEMPLATES.length)),
  refused: z.array(SubscribeTemplateSchema).check(z.maxLength(SUBSCRIBE_TEMPLATES.length)),
});

export const SubscriptionSchema = z.object({
  template: SubscribeTemplateSchema,
  /** Messages WeChat will still take (one per consent). */
  credits: z.number(),
  refusedAt: z.nullable(TimestampSchema),
});
export const SubscriptionsSchema = z.object({ subscriptions: z.array(SubscriptionSchema) });

/** The configured template id of each kind of consent; null where the deploy has none. */
export const NoticeTemplatesSchema = z.object({
  templates: z.record(SubscribeTemplateSchema, z.nullable(z.string())),
});

export const WatchSchema = z.object({ watching: z.boolean() });
