import type { FeedbackDetail } from '@sitebranch/shared';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { rateFeedback, transitionFeedback } from '../../feedback/receipt-api';
import { Facts } from './facts';
import { HandleActions } from './handle-actions';
import { RatingForm } from './rating-form';
import { Timeline } from './timeline';

vi.mock('../../feedback/receipt-api', () => ({ transitionFeedback: vi.fn(), rateFeedback: vi.fn() }));

const T = Date.UTC(2026, 10, 24, 15, 59, 59, 999); // 2026-11-24 23:59 CST
const feedback = (extra: Partial<FeedbackDetail> = {}): FeedbackDetail => ({
  id: 'fb01',
  branchId: 'b001',
  branchName: '滨江花园项目临时党支部',
  routedTo: 'branch',
  category: 'integrity',
  text: '材料验收走过场',
  place: '项目部',
  anonymous: true,
  status: 'submitted',
  overdue: true,
  createdAt: T - 5 * 86_400_000,
  acceptDueAt: T - 86_400_000,
  resolveDueAt: T + 20 * 86_400_000,
  photoCount: 0,
  submitterName: null,
  rating: null,
  photos: [],
  ratingComment: null,
  can: { handle: ['accepted', 'declined'], reply: true, rate: false, reopen: false, addPhotos: false, addRectificationPhotos: false },
  timeline: [
    { kind: 'submitted', actor: 'submitter', actorName: null, note: null, createdAt: T - 5 * 86_400_000 },
    { kind: 'reply', actor: 'organizer', actorName: '张建国', note: '请补充时间', createdAt: T - 4 * 86_400_000 },
  ],
  ...extra,
});
const access = { id: 'fb01', receipt: 'AB12CD34EF56' };

describe('the feedback detail', () => {
  afterEach(() => {
    cleanup();
    vi.clearAllMocks();
  });

  it('marks the missed deadline in words and shows the receipt it was opened with', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(T);
    render(<Facts feedback={feedback()} receipt="AB12CD34EF56" />);
    vi.useRealTimers();
    screen.getByText('受理时限 2026-11-23 23:59 · 已超期');
    screen.getByText('办结时限 2026-12-14 23:59');
    screen.getByText('回执码：AB12 CD34 EF56');
    screen.getByText(/匿名提交/);
  });

  it('shows an anonymous submitter as 提交人 and organizers by name', () => {
    render(<Timeline feedback={feedback()} />);
    screen.getByText('提交反馈 · 提交人');
    screen.getByText('回复 · 张建国');
    screen.getByText('请补充时间');
  });

  it('offers the allowed steps, and asks for a reason before declining', async () => {
    const onChanged = vi.fn();
    render(<HandleActions access={access} feedback={feedback()} onChanged={onChanged} />);
    expect(screen.queryByRole('button', { name: '办结' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '不予受理' }));
    await screen.findByText('不予受理时请写明原因');
    expect(transitionFeedback).not.toHaveBeenCalled();

    vi.mocked(transitionFeedback).mockResolvedValue(feedback({ status: 'accepted' }));
    fireEvent.click(screen.getByRole('button', { name: '受理' }));
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
    expect(transitionFeedback).toHaveBeenCalledWith(access, { to: 'accepted' });
  });

  it('rates on five levels, saying that 不满意 reopens it', async () => {
    render(<RatingForm access={access} onChanged={() => undefined} />);
    const levels = screen.getAllByRole('radio').map((r) => r.getAttribute('aria-label'));
    expect(levels).toEqual(['非常满意', '满意', '基本满意', '不满意', '非常不满意']);
    screen.getByText(/反馈会重新打开/);
    fireEvent.click(screen.getByRole('button', { name: '提交评价' }));
    await screen.findByText('请选择评价');
    vi.mocked(rateFeedback).mockResolvedValue(feedback());
    fireEvent.click(screen.getByRole('radio', { name: '不满意' }));
    fireEvent.click(screen.getByRole('button', { name: '提交评价' }));
    await waitFor(() => expect(rateFeedback).toHaveBeenCalledWith(access, { level: 2 }));
  });
});
