/**
 * Contestants cannot read the answers: a bank's answers are for the people who manage it, and an
 * open contest keeps its questions out of 每日一练 and out of other branches' draws (on by default),
 * so that taking a contest or practising cannot collect the answers to an open one. A region
 * contest's team ranking answers only for a branch of its region that the caller may see.
 */
import { describe, expect, it } from 'vitest';
import { env } from 'cloudflare:workers';
import { makeBank, makeContest } from '../../../test/contest-fixtures';
import { call, makeWorld } from '../../../test/fixtures';

async function regionContest() {
  const world = await makeWorld();
  const bank = await makeBank(world, { single: 6, judge: 4 }, { region: true });
  const contestId = await makeContest(world, bank, { region: true, draw: [{ type: 'single', count: 3 }] });
  return { world, bank, contestId };
}

describe('a bank’s answers', () => {
  it('a committee member taking the region contest cannot list the region bank’s answers, nor its private questions', async () => {
    const { world, bank, contestId } = await regionContest();
    const committee = world.people.committee.token;
    expect((await call('POST', `/api/contests/${contestId}/attempts`, { token: committee })).status).toBe(200);
    const listed = await call('GET', `/api/banks/${bank.bankId}/questions`, { token: committee });
    expect(listed.status).toBe(200);
    expect(listed.body).toMatchObject({ answersShown: false, withheld: 6, total: 4 });
    expect(listed.body.questions).toHaveLength(4);
    for (const q of listed.body.questions) {
      expect(q.type).toBe('judge');
      expect(q.answer).toBeNull();
      expect(q.explanation).toBeNull();
    }
    expect(JSON.stringify(listed.body)).not.toMatch(/解析：/);
  });

  it('the region admin, who manages the bank, sees every question with its answer', async () => {
    const { world, bank } = await regionContest();
    const listed = await call('GET', `/api/banks/${bank.bankId}/questions`, { token: world.people.regionAdmin.token });
    expect(listed.body).toMatchObject({ answersShown: true, withheld: 0, total: 10 });
    expect(listed.body.questions.every((q: { answer: string | null }) => q.answer !== null)).toBe(true);
  });

  it('a branch’s own organizers see their own bank’s answers', async () => {
    const world = await makeWorld();
    const bank = await makeBank(world, { single: 2 });
    await makeContest(world, bank, { draw: [{ type: 'single', count: 2 }] });
    const listed = await call('GET', `/api/banks/${bank.bankId}/questions`, { token: world.people.committee.token });
    expect(listed.body).toMatchObject({ answersShown: true, total: 2 });
  });
});

describe('a private pool while the contest is open', () => {
  it('stays out of 每日一练, and comes back once the organizer opens it up', async () => {
    const { world, bank, contestId } = await regionContest();
    const poolIds = new Set(bank.questions.filter((q) => q.type === 'single').map((q) => q.id));
    const practice = await call('GET', '/api/practice/daily', { token: world.people.member.token });
    expect(practice.body.questions.length).toBeGreaterThan(0);
    expect(practice.body.questions.some((q: { id: string }) => poolIds.has(q.id))).toBe(false);

    const opened = await call('PATCH', `/api/contests/${contestId}`, {
      token: world.people.regionAdmin.token,
      body: { keepPoolPrivate: false },
    });
    expect(opened.body.keepPoolPrivate).toBe(false);
    await env.DB.prepare('DELETE FROM practice_days WHERE user_id = ?1').bind(world.people.masses.id).run();
    const seen = new Set<string>();
    for (let day = 0; day < 8; day++) {
      await env.DB.prepare('DELETE FROM practice_days WHERE user_id = ?1').bind(world.people.masses.id).run();
      for (const q of (await call('GET', '/api/practice/daily', { token: world.people.masses.token })).body.questions) seen.add(q.id);
    }
    expect([...poolIds].some((id) => seen.has(id))).toBe(true);
  });

  it('a branch contest cannot draw the open region contest’s private questions (so its review cannot leak them)', async () => {
    const { world, bank } = await regionContest();
    const now = Date.now();
    const body = {
      branchId: world.branchId,
      title: '支部练习赛',
      opensAt: now,
      closesAt: now + 3_600_000,
      bankIds: [bank.bankId],
      draw: [{ type: 'single', count: 1 }],
      timeLimitMinutes: 10,
      attemptsAllowed: 5,
      showAnswers: 'after_submit',
    };
    const res = await call('POST', '/api/contests', { token: world.people.committee.token, body });
    expect(res.status).toBe(409);
    expect(res.body.error.message).toBe('题库中单选题只有 0 道，少于要抽的 1 道');
    // Judge questions are not in the region contest's pool: those may be drawn.
    const judge = await call('POST', '/api/contests', {
      token: world.people.committee.token,
      body: { ...body, draw: [{ type: 'judge', count: 4 }] },
    });
    expect(judge.status).toBe(201);
    expect(judge.body.keepPoolPrivate).toBe(true);
  });

  it('is private by default when a contest is created through the API', async () => {
    const world = await makeWorld();
    const bank = await makeBank(world, { single: 2 }, { region: true });
    const now = Date.now();
    const res = await call('POST', '/api/contests', {
      token: world.people.regionAdmin.token,
      body: {
        regionId: world.regionId,
        title: '全区竞赛',
        opensAt: now,
        closesAt: now + 3_600_000,
        bankIds: [bank.bankId],
        draw: [{ type: 'single', count: 2 }],
        timeLimitMinutes: 10,
        attemptsAllowed: 1,
      },
    });
    expect(res.status).toBe(201);
    expect(res.body.keepPoolPrivate).toBe(true);
  });
});

describe('the team ranking of a region contest', () => {
  it('answers for the caller’s own branch, and not for a branch they do not belong to or one outside the region', async () => {
    const { world, contestId } = await regionContest();
    const board = (branchId: string, token = world.people.member.token) =>
      call('GET', `/api/contests/${contestId}/leaderboard?by=team&branchId=${branchId}`, { token });
    expect((await board(world.branchId)).status).toBe(200);
    expect((await board(world.otherBranchId)).status).toBe(404);
    expect((await board(world.branchId, world.people.regionAdmin.token)).status).toBe(200);
    // A second branch of the same region: its members may look, others may not.
    const second = crypto.randomUUID().slice(0, 12);
    await env.DB.prepare(
      "INSERT INTO branches (id, region_id, kind, name, address, created_at) VALUES (?1, ?2, 'site', '第二工地', '某路', ?3)",
    )
      .bind(second, world.regionId, Date.now())
      .run();
    const refused = await board(second);
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toBe('只能查看本人所在支部的班组排名');
    expect((await board(second, world.people.regionAdmin.token)).status).toBe(200);
  });
});
