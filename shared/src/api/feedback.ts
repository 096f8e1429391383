/** Feedback: submit (anonymously if wished), follow up by receipt, handle with deadlines, rate. */
import { RECEIPT_LOOKUP_PATTERN } from '../domain/codes';
import { MAX_PHOTO_BYTES, RECTIFICATION_STAGES } from '../domain/feedback';
import { IdSchema } from '../schemas/common';
import {
  FeedbackDetailSchema,
  FeedbackListQuerySchema,
  FeedbackSettingsSchema,
  FeedbackSummarySchema,
  PhotoUploadResultSchema,
  RatingSchema,
  ReplySchema,
  SubmitFeedbackResultSchema,
  SubmitFeedbackSchema,
  TransitionSchema,
} from '../schemas/feedback';
import * as z from '../zod';
import { defineEndpoint } from './endpoint';

const BranchParams = z.strictObject({ id: IdSchema });
const FeedbackParams = z.strictObject({ id: IdSchema });
const feedback = (need: 'view' | 'handle' | 'submitter') => ({ kind: 'feedback', param: 'id', need }) as const;

export const submitFeedback = defineEndpoint({
  method: 'post',
  path: '/api/branches/:id/feedback',
  summary: '提交反馈（建议、诉求、安全隐患、廉政监督、表扬、其他）；匿名时返回一次性的回执码',
  tag: 'feedback',
  access: { kind: 'branch', branch: { param: 'id', resource: 'branch' }, minRole: 'masses', regionAdmin: false },
  params: BranchParams,
  body: SubmitFeedbackSchema,
  response: SubmitFeedbackResultSchema,
  status: 201,
  errors: ['conflict', 'too_many_feedback'],
});

export const listFeedback = defineEndpoint({
  method: 'get',
  path: '/api/branches/:id/feedback',
  summary: '支部的反馈（支委、书记；廉政监督只有书记和纪检委员看到，报送区域的不在其中），超期的排在前面',
  tag: 'feedback',
  access: { kind: 'branch', branch: { param: 'id', resource: 'branch' }, minRole: 'committee', regionAdmin: false },
  params: BranchParams,
  query: FeedbackListQuerySchema,
  response: z.object({ feedback: z.array(FeedbackSummarySchema) }),
});

export const listRegionIntegrityReports = defineEndpoint({
  method: 'get',
  path: '/api/regions/:id/integrity-reports',
  summary: '越过支部报送区域的廉政监督（只有区域纪检联系人看到），超期的排在前面',
  tag: 'feedback',
  access: { kind: 'regionDiscipline', regionParam: 'id' },
  params: z.strictObject({ id: IdSchema }),
  query: FeedbackListQuerySchema,
  response: z.object({ feedback: z.array(FeedbackSummarySchema) }),
});

export const myFeedback = defineEndpoint({
  method: 'get',
  path: '/api/me/feedback',
  summary: '我提交的实名反馈（匿名反馈凭回执码查看）',
  tag: 'feedback',
  access: { kind: 'user' },
  response: z.object({ feedback: z.array(FeedbackSummarySchema) }),
});

export const feedbackByReceipt = defineEndpoint({
  method: 'post',
  path: '/api/feedback/receipt',
  summary: '凭回执码查看匿名反馈的进展（回执码放在请求体里；之后的回复、评价带上 x-feedback-receipt 头，不带登录信息）',
  tag: 'feedback',
  access: { kind: 'public' },
  body: z.strictObject({ code: z.string().check(z.regex(RECEIPT_LOOKUP_PATTERN, '回执码格式不正确')) }),
  response: FeedbackDetailSchema,
  errors: ['not_found'],
});

export const getFeedback = defineEndpoint({
  method: 'get',
  path: '/api/feedback/:id',
  summary: '反馈详情和处理经过',
  tag: 'feedback',
  access: feedback('view'),
  params: FeedbackParams,
  response: FeedbackDetailSchema,
});

export const uploadFeedbackPhoto = defineEndpoint({
  method: 'post',
  path: '/api/feedback/:id/photos',
  summary: '为自己的反馈上传照片（JPEG、PNG、WebP，按文件内容识别，每张 ≤ 5 MB，最多 6 张）',
  tag: 'feedback',
  access: feedback('submitter'),
  params: FeedbackParams,
  upload: { maxBytes: MAX_PHOTO_BYTES },
  response: PhotoUploadResultSchema,
  status: 201,
  errors: ['conflict'],
});

export const uploadRectificationPhoto = defineEndpoint({
  method: 'post',
  path: '/api/feedback/:id/rectification-photos/:stage',
  summary: '安全隐患的整改照片（整改前 before / 整改后 after），由负责处理的人上传；办结安全隐患须有整改后照片',
  tag: 'feedback',
  access: feedback('handle'),
  params: z.strictObject({
    id: IdSchema,
    stage: z.enum(RECTIFICATION_STAGES, { error: '整改照片只能是整改前（before）或整改后（after）' }),
  }),
  upload: { maxBytes: MAX_PHOTO_BYTES },
  response: PhotoUploadResultSchema,
  status: 201,
  errors: ['conflict'],
});

export const feedbackPhoto = defineEndpoint({
  method: 'get',
  path: '/api/feedback/:id/photos/:photoId',
  summary: '反馈的照片（只给能看这条反馈的人）',
  tag: 'feedback',
  access: feedback('view'),
  params: z.strictObject({ id: IdSchema, photoId: IdSchema }),
  response: { file: 'image' },
});

export const transitionFeedback = defineEndpoint({
  method: 'post',
  path: '/api/feedback/:id/transitions',
  summary: '处理：受理、开始处理、办结、不予受理（写明原因）；提交人 7 天内可重新打开',
  tag: 'feedback',
  access: feedback('view'),
  params: FeedbackParams,
  body: TransitionSchema,
  response: FeedbackDetailSchema,
  errors: ['conflict'],
});

export const replyFeedback = defineEndpoint({
  method: 'post',
  path: '/api/feedback/:id/replies',
  summary: '回复（组织者和提交人双向）',
  tag: 'feedback',
  access: feedback('view'),
  params: FeedbackParams,
  body: ReplySchema,
  response: FeedbackDetailSchema,
});

export const rateFeedback = defineEndpoint({
  method: 'post',
  path: '/api/feedback/:id/rating',
  summary: '好差评：办结或不予受理后由提交人评价；不满意及以下重新打开跟进',
  tag: 'feedback',
  access: feedback('submitter'),
  params: FeedbackParams,
  body: RatingSchema,
  response: FeedbackDetailSchema,
  errors: ['conflict'],
});

export const getFeedbackSettings = defineEndpoint({
  method: 'get',
  path: '/api/branches/:id/feedback-settings',
  summary: '本支部反馈的受理、办结、跟进时限（工作日）',
  tag: 'feedback',
  access: { kind: 'branch', branch: { param: 'id', resource: 'branch' }, minRole: 'committee', regionAdmin: true },
  params: BranchParams,
  response: FeedbackSettingsSchema,
});

export const updateFeedbackSettings = defineEndpoint({
  method: 'put',
  path: '/api/branches/:id/feedback-settings',
  summary: '修改反馈时限（书记）',
  tag: 'feedback',
  access: { kind: 'branch', branch: { param: 'id', resource: 'branch' }, minRole: 'secretary', regionAdmin: false },
  params: BranchParams,
  body: FeedbackSettingsSchema,
  response: FeedbackSettingsSchema,
});
