import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { call, makeBank, makeContest, makeWorld } from '../../../test/fixtures';

const HOUR = 3_600_000;

const body = (extra: object) => ({
  title: '七一党建知识竞赛',
  opensAt: Date.now(),
  closesAt: Date.now() + 24 * HOUR,
  timeLimitMinutes: 20,
  attemptsAllowed: 2,
  ...extra,
});

describe('creating a contest', () => {
  it('fixes the pool from the banks and rules, with the score and count they give', async () => {
    const world = await makeWorld();
    const own = await makeBank(world, { single: 6, judge: 4 });
    const region = await makeBank(world, { multiple: 3 }, { region: true, tag: '党史' });
    const res = await call('POST', '/api/contests', {
      token: world.people.committee.token,
      body: body({
        branchId: world.branchId,
        bankIds: [own.bankId, region.bankId],
        draw: [
          { type: 'single', count: 5 },
          { type: 'multiple', count: 2, tag: '党史' },
          { type: 'judge', count: 4 },
        ],
      }),
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      scope: { kind: 'branch', branchId: world.branchId },
      questionCount: 11,
      maxScore: 5 * 2 + 2 * 4 + 4 * 1,
      points: { single: 2, multiple: 4, judge: 1 },
      counts: 'best',
      showAnswers: 'after_close',
      status: 'open',
      participants: 0,
      mine: { attemptsUsed: 0, openAttemptId: null, score: null },
      canManage: true,
    });
  });

  it('says which rule lacks questions, and refuses banks of another branch or region', async () => {
    const world = await makeWorld();
    const own = await makeBank(world, { single: 3 });
    const short = await call('POST', '/api/contests', {
      token: world.people.secretary.token,
      body: body({ branchId: world.branchId, bankIds: [own.bankId], draw: [{ type: 'single', count: 4 }] }),
    });
    expect(short.status).toBe(409);
    expect(short.body.error.message).toBe('题库中单选题只有 3 道，少于要抽的 4 道');
    const tagged = await call('POST', '/api/contests', {
      token: world.people.secretary.token,
      body: body({ branchId: world.branchId, bankIds: [own.bankId], draw: [{ type: 'single', count: 1, tag: '党史' }] }),
    });
    expect(tagged.body.error.message).toBe('题库中标签为“党史”的单选题只有 0 道，少于要抽的 1 道');

    const otherWorld = await makeWorld();
    const foreign = await makeBank(otherWorld, { single: 5 });
    const res = await call('POST', '/api/contests', {
      token: world.people.secretary.token,
      body: body({ branchId: world.branchId, bankIds: [foreign.bankId], draw: [{ type: 'single', count: 1 }] }),
    });
    expect(res.status).toBe(400);
    expect(res.body.error.fields.bankIds).toBe('所选题库不存在或不能用于本竞赛');
    const backwards = await call('POST', '/api/contests', {
      token: world.people.secretary.token,
      body: body({ branchId: world.branchId, bankIds: [own.bankId], draw: [{ type: 'single', count: 1 }], closesAt: Date.now() - HOUR }),
    });
    expect(backwards.body.error.fields.closesAt).toBe('结束时间要晚于开始时间');
  });

  it('lists branch contests to the branch and region contests to every branch of the region, nobody else', async () => {
    const world = await makeWorld();
    const bank = await makeBank(world, { single: 3, multiple: 1, judge: 1 }, { region: true });
    const branchContest = await makeContest(world, bank);
    const regionContest = await makeContest(world, bank, { region: true });
    const ids = async (token: string) =>
      (await call('GET', '/api/contests', { token })).body.contests.map((c: { id: string }) => c.id).sort();
    expect(await ids(world.people.masses.token)).toEqual([branchContest, regionContest].sort());
    expect(await ids(world.people.regionAdmin.token)).toEqual([branchContest, regionContest].sort());
    expect(await ids(world.people.otherSecretary.token)).toEqual([]);
    expect(await ids(world.people.outsider.token)).toEqual([]);
    const changed = await call('PATCH', `/api/contests/${regionContest}`, {
      token: world.people.regionAdmin.token,
      body: { title: '全区党建知识竞赛' },
    });
    expect(changed.body).toMatchObject({ title: '全区党建知识竞赛', scope: { kind: 'region', name: '测试区域' } });
    const row = await env.DB.prepare('SELECT title FROM contests WHERE id = ?1').bind(branchContest).first();
    expect(row).toEqual({ title: '测试竞赛' });
  });

  it('changes the name, times and 题目保密 of an open contest, but never reopens a closed one', async () => {
    const world = await makeWorld();
    const bank = await makeBank(world, { single: 3, multiple: 1, judge: 1 });
    const token = world.people.secretary.token;
    const open = await makeContest(world, bank);
    const later = Date.now() + 3 * 86_400_000;
    const moved = await call('PATCH', `/api/contests/${open}`, {
      token,
      body: { closesAt: later, keepPoolPrivate: false, description: '每人一次' },
    });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ closesAt: later, keepPoolPrivate: false, description: '每人一次', status: 'open' });

    const closed = await makeContest(world, bank, {
      opensAt: Date.now() - 2 * 86_400_000,
      closesAt: Date.now() - 86_400_000,
      showAnswers: 'after_close',
    });
    const reopen = await call('PATCH', `/api/contests/${closed}`, { token, body: { closesAt: later } });
    expect(reopen.status).toBe(409);
    expect(reopen.body.error.message).toContain('竞赛已结束，不能再修改时间');
    const row = await env.DB.prepare('SELECT closes_at AS closesAt FROM contests WHERE id = ?1').bind(closed).first<{ closesAt: number }>();
    expect(row!.closesAt).toBeLessThan(Date.now());
    // Its name may still be corrected.
    expect((await call('PATCH', `/api/contests/${closed}`, { token, body: { title: '十一月安全知识竞赛' } })).status).toBe(200);
  });
});
