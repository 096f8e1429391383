/**
 * Feedback (反馈): categories, the workflow and its deadlines in working days (see
 * `work-calendar`), 好差评 levels, photo limits. Pure rules, shared by the worker and the app.
 */
export const FEEDBACK_CATEGORIES = ['suggestion', 'request', 'hazard', 'integrity', 'praise', 'other'] as const;
export type FeedbackCategory = (typeof FEEDBACK_CATEGORIES)[number];
export const FEEDBACK_CATEGORY_LABELS: Record<FeedbackCategory, string> = {
  suggestion: '建议',
  request: '诉求',
  hazard: '安全隐患',
  integrity: '廉政监督',
  praise: '表扬',
  other: '其他',
};
/** Integrity reports are anonymous unless the person turns it off. */
export const anonymousByDefault = (category: FeedbackCategory) => category === 'integrity';

/**
 * Who handles a report: the branch (its organizers; 廉政监督 its secretary and discipline member),
 * or — for 廉政监督 only — the region's discipline contacts, past the branch, so that a report about
 * the branch's own staff never lands with them. The branch then does not see it at all.
 */
export const FEEDBACK_ROUTES = ['branch', 'region'] as const;
export type FeedbackRoute = (typeof FEEDBACK_ROUTES)[number];
export const FEEDBACK_ROUTE_LABELS: Record<FeedbackRoute, string> = {
  branch: '本支部书记和纪检委员',
  region: '区域纪检联系人（不经过本支部）',
};
/** Anonymous 廉政监督 goes past the branch when the region has a discipline contact; everything else stays in the branch. */
export function defaultRoute(category: FeedbackCategory, anonymous: boolean, regionHasDisciplineContact: boolean): FeedbackRoute {
  return category === 'integrity' && anonymous && regionHasDisciplineContact ? 'region' : 'branch';
}
export const NO_DISCIPLINE_CONTACT_MESSAGE =
  '本区域还没有指定纪检联系人，暂时只能报送本支部书记和纪检委员；也可以请区域管理员先指定纪检联系人';

export const FEEDBACK_STATUSES = ['submitted', 'accepted', 'in_progress', 'resolved', 'declined'] as const;
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];
export const FEEDBACK_STATUS_LABELS: Record<FeedbackStatus, string> = {
  submitted: '已提交',
  accepted: '已受理',
  in_progress: '处理中',
  resolved: '已解决',
  declined: '不予受理',
};

/** What can happen to feedback, in its timeline (the detail page and the ledger's sheet show them so). */
export const TIMELINE_KINDS = [
  'submitted',
  'accepted',
  'in_progress',
  'resolved',
  'declined',
  'reply',
  'reopened',
  'rated',
  'overdue',
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];
export const TIMELINE_LABELS: Record<TimelineKind, string> = {
  submitted: '提交反馈',
  accepted: '受理',
  in_progress: '开始处理',
  resolved: '办结',
  declined: '不予受理',
  reply: '回复',
  reopened: '重新打开',
  rated: '评价',
  overdue: '超期提醒',
};

/** Where an organizer may move feedback from each state (reopening is the submitter's, see below). */
export const ORGANIZER_TRANSITIONS: Record<FeedbackStatus, FeedbackStatus[]> = {
  submitted: ['accepted', 'declined'],
  accepted: ['in_progress', 'resolved', 'declined'],
  in_progress: ['resolved', 'declined'],
  resolved: [],
  declined: [],
};
export const isClosed = (status: FeedbackStatus) => status === 'resolved' || status === 'declined';

/** 好差评: five levels; 不满意 or worse reopens the feedback for follow-up. */
export const RATING_LABELS: Record<number, string> = { 5: '非常满意', 4: '满意', 3: '基本满意', 2: '不满意', 1: '非常不满意' };
export const REOPENING_RATING = 2;
/** The submitter may reopen closed feedback within this many days. */
export const REOPEN_WINDOW_MS = 7 * 24 * 60 * 60_000;

/** Default deadlines in working days; each branch may set its own. */
export const DEFAULT_FEEDBACK_DEADLINES = { acceptDays: 2, resolveDays: 15, followUpDays: 5 } as const;

export const MAX_PHOTOS = 6;

/**
 * Whose photo and when: the submitter's (report), and for a safety hazard the handler's proof of
 * the fix, before and after (整改前 / 整改后). Six of each at most; a hazard is resolved only with an after photo.
 */
export const PHOTO_STAGES = ['report', 'before', 'after'] as const;
export type PhotoStage = (typeof PHOTO_STAGES)[number];
export const RECTIFICATION_STAGES = ['before', 'after'] as const;
export type RectificationStage = (typeof RECTIFICATION_STAGES)[number];
export const PHOTO_STAGE_LABELS: Record<PhotoStage, string> = { report: '反馈照片', before: '整改前', after: '整改后' };
export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;
export const FEEDBACK_TEXT = { min: 5, max: 2000 } as const;
/** How many feedback items one person (or, anonymously, one address) may submit a day (China time). */
export const FEEDBACK_DAILY_LIMIT = 10;

/**
 * Anonymous feedback is followed up by its receipt code, never with a session (that would tie the
 * report to the person), and the code never travels in a path or query (no history, no request log):
 * the look-up takes it in the body, later calls in this header.
 */
export const RECEIPT_HEADER = 'x-feedback-receipt';
