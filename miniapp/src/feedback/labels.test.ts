import type { FeedbackDetail } from '@sitebranch/shared';
import { describe, expect, it } from 'vitest';
import {
  currentDeadline,
  deadlineText,
  detailDeadlines,
  handleActions,
  preview,
  ratingLabel,
  reopensOnRating,
  timelineActor,
  type FeedbackSummary,
} from './labels';

const T = Date.UTC(2026, 10, 24, 15, 59, 59, 999); // 2026-11-24 23:59 CST
const summary = (extra: Partial<FeedbackSummary> = {}): FeedbackSummary => ({
  id: 'fb01',
  branchId: 'b001',
  branchName: '滨江花园项目临时党支部',
  routedTo: 'branch',
  category: 'hazard',
  text: '三号楼脚手架松动',
  place: null,
  anonymous: false,
  status: 'submitted',
  overdue: false,
  createdAt: T - 86_400_000,
  acceptDueAt: T,
  resolveDueAt: T + 20 * 86_400_000,
  photoCount: 0,
  submitterName: '王师傅',
  rating: null,
  ...extra,
});
const detail = (extra: Partial<FeedbackDetail> = {}): FeedbackDetail => ({
  ...summary(),
  photos: [],
  timeline: [],
  ratingComment: null,
  can: { handle: [], reply: false, rate: false, reopen: false, addPhotos: false, addRectificationPhotos: false },
  ...extra,
});

describe('feedback deadlines', () => {
  it('shows the deadline to accept, then to resolve, in China time, and none when closed', () => {
    expect(deadlineText(currentDeadline(summary(), T - 1)!)).toBe('受理时限 2026-11-24 23:59');
    expect(deadlineText(currentDeadline(summary({ status: 'in_progress' }), T)!)).toBe('办结时限 2026-12-14 23:59');
    expect(currentDeadline(summary({ status: 'resolved' }), T)).toBeNull();
  });

  it('says 已超期 in words, from the server flag or the clock', () => {
    expect(deadlineText(currentDeadline(summary(), T + 1)!)).toBe('受理时限 2026-11-24 23:59 · 已超期');
    expect(currentDeadline(summary({ overdue: true }), T - 1)!.overdue).toBe(true);
  });

  it('marks on the detail only the stage not yet done, and names the follow-up deadline after reopening', () => {
    const accepted = detailDeadlines(detail({ status: 'accepted' }), T + 1);
    expect(accepted.map((d) => [d.label, d.overdue])).toEqual([
      ['受理时限', false],
      ['办结时限', false],
    ]);
    const reopened = detail({
      status: 'accepted',
      timeline: [{ kind: 'reopened', actor: 'submitter', actorName: null, note: null, createdAt: T }],
    });
    expect(detailDeadlines(reopened, T + 21 * 86_400_000).map((d) => [d.label, d.overdue])).toEqual([
      ['受理时限', false],
      ['跟进时限', true],
    ]);
  });
});

describe('feedback labels', () => {
  it('never names an anonymous submitter', () => {
    const event = { kind: 'reply', actor: 'submitter', actorName: '王师傅', note: '谢谢', createdAt: T } as const;
    expect(timelineActor(event, true)).toBe('提交人');
    expect(timelineActor(event, false)).toBe('王师傅');
    expect(timelineActor({ ...event, actor: 'organizer', actorName: '李红梅' }, false)).toBe('李红梅');
    expect(timelineActor({ ...event, actor: 'system', actorName: null }, false)).toBe('系统');
  });

  it('turns allowed statuses into the organizer’s buttons', () => {
    expect(handleActions(['accepted', 'declined'])).toEqual([
      { to: 'accepted', label: '受理' },
      { to: 'declined', label: '不予受理' },
    ]);
    expect(handleActions(['submitted'])).toEqual([]);
  });

  it('names rating levels and knows which reopen', () => {
    expect(ratingLabel(5)).toBe('非常满意');
    expect(ratingLabel(1)).toBe('非常不满意');
    expect([5, 4, 3, 2, 1].filter(reopensOnRating)).toEqual([2, 1]);
  });

  it('previews the text on one line', () => {
    expect(preview('第一行\n第二行', 10)).toBe('第一行 第二行');
    expect(preview('一二三四五六', 4)).toBe('一二三四…');
  });
});
