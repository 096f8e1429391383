import { describe, expect, it } from 'vitest';
import type { OwnerChoice } from '../question-banks/owners';
import type { Contest } from '@sitebranch/shared';
import { defaultContestForm, formFromContest, toContestBody, totals, toUpdateBody } from './contest-form';

const branch: OwnerChoice = { kind: 'branch', regionId: 'demo-region', branchId: 'demo-site', label: '滨江花园项目临时党支部' };
const region: OwnerChoice = { kind: 'region', regionId: 'demo-region', branchId: null, label: '示范市（全区域）' };

describe('the contest form', () => {
  it('opens at the next quarter hour in China Standard Time and closes a week later', () => {
    const now = Date.UTC(2026, 10, 22, 23, 52); // 07:52 CST on the 23rd
    const form = defaultContestForm(now);
    expect(form).toMatchObject({ opensDate: '2026-11-23', opensTime: '08:00', closesDate: '2026-11-30', closesTime: '08:00' });
    const body = toContestBody({ ...form, title: '安全月竞赛', bankIds: ['bank1'] }, branch);
    expect(body.opensAt).toBe(Date.UTC(2026, 10, 23, 0, 0));
    expect(body.closesAt - body.opensAt).toBe(7 * 24 * 60 * 60_000);
  });

  it('defaults to 2, 4 and 1 points, best score, shuffled options and answers after the close', () => {
    const form = defaultContestForm(Date.UTC(2026, 0, 1));
    expect(totals(form)).toEqual({ questions: 20, maxScore: 10 * 2 + 5 * 4 + 5 * 1 });
    expect(toContestBody(form, branch)).toMatchObject({
      points: { single: 2, multiple: 4, judge: 1 },
      counts: 'best',
      shuffleOptions: true,
      showAnswers: 'after_close',
      keepPoolPrivate: true,
      timeLimitMinutes: 20,
      attemptsAllowed: 1,
    });
  });

  it('names the branch or the region, never both', () => {
    const form = defaultContestForm();
    expect(toContestBody(form, branch)).toMatchObject({ branchId: 'demo-site' });
    expect(toContestBody(form, branch)).not.toHaveProperty('regionId');
    expect(toContestBody(form, region)).toMatchObject({ regionId: 'demo-region' });
    expect(toContestBody(form, region)).not.toHaveProperty('branchId');
  });

  it('turns typed counts and points into numbers, and leaves out blank tags', () => {
    const form = {
      ...defaultContestForm(),
      draw: [
        { type: 'single' as const, count: ' 8 ', tag: ' 安全生产 ' },
        { type: 'judge' as const, count: '', tag: '  ' },
      ],
      points: { single: '3', multiple: 'x', judge: '1' },
    };
    const body = toContestBody(form, branch);
    expect(body.draw).toEqual([
      { type: 'single', count: 8, tag: '安全生产' },
      { type: 'judge', count: 0 },
    ]);
    expect(body.points).toEqual({ single: 3, multiple: 0, judge: 1 });
    expect(totals(form)).toEqual({ questions: 8, maxScore: 24 });
  });

  it('changes only what was changed of a created contest, in China time', () => {
    const contest = {
      id: 'c1',
      title: '安全月竞赛',
      description: '',
      opensAt: Date.UTC(2026, 11, 1, 0, 0),
      closesAt: Date.UTC(2026, 11, 8, 0, 0),
      bankIds: ['bank1'],
      draw: [{ type: 'single', count: 10 }],
      points: { single: 2, multiple: 4, judge: 1 },
      timeLimitMinutes: 20,
      attemptsAllowed: 1,
      counts: 'best',
      shuffleOptions: true,
      showAnswers: 'after_close',
      keepPoolPrivate: true,
    } as Contest;
    const form = formFromContest(contest);
    expect(form).toMatchObject({
      opensDate: '2026-12-01',
      opensTime: '08:00',
      closesDate: '2026-12-08',
      draw: [{ type: 'single', count: '10', tag: '' }],
    });
    expect(toUpdateBody(form, contest)).toEqual({});
    expect(toUpdateBody({ ...form, title: '安全月知识竞赛', closesDate: '2026-12-15', keepPoolPrivate: false }, contest)).toEqual({
      title: '安全月知识竞赛',
      closesAt: Date.UTC(2026, 11, 15, 0, 0),
      keepPoolPrivate: false,
    });
  });
});
