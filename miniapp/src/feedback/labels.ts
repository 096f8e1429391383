/** How feedback reads in lists and on its detail: deadlines, the timeline, organizer actions, ratings. */
import {
  formatCst,
  isClosed,
  RATING_LABELS,
  REOPENING_RATING,
  TIMELINE_LABELS,
  type endpoints,
  type FeedbackDetail,
  type FeedbackStatus,
  type ResponseOf,
} from '@sitebranch/shared';

export type FeedbackSummary = ResponseOf<typeof endpoints.listFeedback>['feedback'][number];
type TimelineEvent = FeedbackDetail['timeline'][number];

export interface Deadline {
  label: '受理时限' | '办结时限' | '跟进时限';
  at: number;
  overdue: boolean;
}

/** `受理时限 2026-11-24 23:59 · 已超期`: overdue said in words, not only in red. */
export function deadlineText(deadline: Deadline): string {
  return `${deadline.label} ${formatCst(deadline.at)}${deadline.overdue ? ' · 已超期' : ''}`;
}

/** The one deadline a list row shows: to accept, then to resolve; none once closed. */
export function currentDeadline(f: FeedbackSummary, now = Date.now()): Deadline | null {
  if (f.status === 'submitted') return { label: '受理时限', at: f.acceptDueAt, overdue: f.overdue || now > f.acceptDueAt };
  if (isClosed(f.status)) return null;
  return { label: '办结时限', at: f.resolveDueAt, overdue: f.overdue || now > f.resolveDueAt };
}

/** Both deadlines on the detail; the second is the follow-up one once the submitter has reopened it. */
export function detailDeadlines(f: FeedbackDetail, now = Date.now()): Deadline[] {
  const reopened = f.timeline.some((e) => e.kind === 'reopened');
  return [
    { label: '受理时限', at: f.acceptDueAt, overdue: f.status === 'submitted' && now > f.acceptDueAt },
    { label: reopened ? '跟进时限' : '办结时限', at: f.resolveDueAt, overdue: !isClosed(f.status) && now > f.resolveDueAt },
  ];
}

/** Who did it: the organizer's name; the submitter by name, or “提交人” when anonymous. */
export function timelineActor(event: TimelineEvent, anonymous: boolean): string {
  if (event.actor === 'system') return '系统';
  if (event.actor === 'submitter') return anonymous ? '提交人' : (event.actorName ?? '提交人');
  return event.actorName ?? '组织者';
}

export type HandleTarget = 'accepted' | 'in_progress' | 'resolved' | 'declined';
/** The organizer's buttons say what the timeline will then say. */
const HANDLE_LABELS: Record<HandleTarget, string> = {
  accepted: TIMELINE_LABELS.accepted,
  in_progress: TIMELINE_LABELS.in_progress,
  resolved: TIMELINE_LABELS.resolved,
  declined: TIMELINE_LABELS.declined,
};

/** The organizer's buttons, in the order of `can.handle`. */
export function handleActions(allowed: FeedbackStatus[]): { to: HandleTarget; label: string }[] {
  return allowed.filter((to): to is HandleTarget => to in HANDLE_LABELS).map((to) => ({ to, label: HANDLE_LABELS[to] }));
}

/** 好差评 from best to worst, as shown. */
export const RATING_LEVELS = [5, 4, 3, 2, 1] as const;
export const ratingLabel = (level: number) => RATING_LABELS[level] ?? `${level} 分`;
export const reopensOnRating = (level: number) => level <= REOPENING_RATING;

/** The first characters of the text for a list row, on one line. */
export function preview(text: string, max = 40): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max)}…` : line;
}
