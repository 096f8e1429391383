import { FEEDBACK_DAILY_LIMIT } from './domain/feedback';
import * as z from './zod';

/**
 * Every error code the API answers with, its HTTP status and the default message a person reads.
 * Handlers may give a more precise message; the code is what clients branch on.
 */
export const ERRORS = {
  validation_failed: { status: 400, message: '提交的内容有误，请检查后重试' },
  code_invalid: { status: 400, message: '签到码不正确，请重新扫码或核对数字' },
  code_expired: { status: 400, message: '二维码已过期，请重新扫码' },
  location_required: { status: 400, message: '本活动需要定位签到，请允许获取位置后重试' },
  import_failed: { status: 400, message: '文件中有错误，请按提示修改后重新导入' },
  file_unreadable: { status: 400, message: '无法识别的文件：请上传 .xlsx 或 .csv 文件' },
  invalid_json: { status: 400, message: '请求内容不是有效的 JSON' },
  unauthenticated: { status: 401, message: '请先登录' },
  session_expired: { status: 401, message: '登录已过期，请重新登录' },
  wechat_code_invalid: { status: 401, message: '微信登录凭证无效或已使用，请重新进入小程序' },
  forbidden: { status: 403, message: '您没有权限进行此操作' },
  wechat_user_blocked: { status: 403, message: '微信判定该账号存在风险，暂时无法登录' },
  computer_cannot_confirm: { status: 403, message: '请用手机上的小程序扫码确认，电脑上的登录不能再让别的电脑登录' },
  members_only: { status: 403, message: '本活动仅限党员' },
  out_of_range: { status: 403, message: '不在活动地点范围内' },
  not_found: { status: 404, message: '要找的内容不存在' },
  method_not_allowed: { status: 405, message: '不支持该请求方式' },
  conflict: { status: 409, message: '操作与当前状态冲突' },
  ticket_taken: { status: 409, message: '这个二维码已被其他人扫描，请在电脑上刷新二维码' },
  ticket_not_scanned: { status: 409, message: '请先扫描电脑上的二维码' },
  roster_cannot_organize: { status: 409, message: '花名册上未登录的人员不能担任支委或书记：请先让本人用认领码登录' },
  claim_already_member: { status: 409, message: '你已经是本支部成员，不能再认领花名册上的人员；如有重复，请书记移出其中一条' },
  last_secretary: { status: 409, message: '支部至少要保留一名书记，请先任命新书记' },
  event_not_open: { status: 409, message: '活动未发布或已取消' },
  checkin_not_started: { status: 409, message: '签到还没开始' },
  checkin_closed: { status: 409, message: '签到已结束' },
  contest_not_open: { status: 409, message: '竞赛还没开始' },
  contest_closed: { status: 409, message: '竞赛已结束' },
  attempts_used_up: { status: 409, message: '答题次数已用完' },
  attempt_closed: { status: 409, message: '本次答题已提交或已到时间，不能再修改答案' },
  not_enough_questions: { status: 409, message: '题库中符合抽题规则的题目不够' },
  invite_expired: { status: 410, message: '邀请码已过期，请向书记索取新的邀请码' },
  invite_used_up: { status: 410, message: '邀请码已达到使用次数上限，请向书记索取新的邀请码' },
  invite_revoked: { status: 410, message: '邀请码已作废，请向书记索取新的邀请码' },
  claim_unusable: { status: 410, message: '认领码已使用或已过期，请向书记索取新的认领码' },
  ticket_expired: { status: 410, message: '二维码已过期，请在电脑上刷新二维码后重新扫描' },
  ticket_used: { status: 410, message: '这个二维码已使用过，请在电脑上刷新二维码' },
  payload_too_large: { status: 413, message: '提交的内容太大（上限 1 MB）' },
  unsupported_media_type: { status: 415, message: '请以 JSON 格式提交' },
  wechat_rate_limited: { status: 429, message: '登录请求过于频繁，请稍后再试' },
  too_many_logins: { status: 429, message: '这个网络登录过于频繁，请 10 分钟后再试' },
  too_many_attempts: { status: 429, message: '签到码输错次数过多，请 10 分钟后再试或扫码签到' },
  too_many_feedback: { status: 429, message: `每人每天最多提交 ${FEEDBACK_DAILY_LIMIT} 条反馈，请明天再提交` },
  too_many_tickets: { status: 429, message: '申请登录二维码过于频繁，请 10 分钟后再试' },
  internal: { status: 500, message: '服务器开小差了，请稍后再试' },
  wechat_unavailable: { status: 502, message: '暂时连不上微信服务器，请稍后再试' },
  misconfigured: { status: 503, message: '服务配置不完整，请联系管理员' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERRORS;

/** The one error shape of the API: `{ error: { code, message, requestId, fields?, issues? } }`. */
export const ErrorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    requestId: z.string(),
    /** Field path (dot-joined) → message, for validation errors. */
    fields: z.optional(z.record(z.string(), z.string())),
    /** Problems by row and column of an imported file (行 12，答案列：…). */
    issues: z.optional(z.array(z.object({ row: z.number(), column: z.string(), message: z.string() }))),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBodySchema>;
