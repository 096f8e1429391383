import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { call, makeWorld, type Person, type World } from '../../../test/fixtures';
import { runScheduled } from '../../scheduled';

const DAY = 24 * 3_600_000;

async function submitted(world: World, person: Person, anonymous = false) {
  const res = await call('POST', `/api/branches/${world.branchId}/feedback`, {
    token: person.token,
    body: { category: 'request', text: '宿舍热水器坏了一周，请尽快维修', anonymous },
  });
  return res.body as { id: string; receipt: string | null };
}
const move = (id: string, by: Person, to: string, note?: string) =>
  call('POST', `/api/feedback/${id}/transitions`, { token: by.token, body: { to, ...(note && { note }) } });

describe('the workflow', () => {
  it('goes submitted → accepted → in progress → resolved, keeping who, when and the note', async () => {
    const world = await makeWorld();
    const { id } = await submitted(world, world.people.masses);
    expect((await move(id, world.people.committee, 'accepted', '已联系后勤')).body.status).toBe('accepted');
    expect((await move(id, world.people.committee, 'in_progress')).body.status).toBe('in_progress');
    const done = await move(id, world.people.secretary, 'resolved', '已更换热水器');
    expect(done.body).toMatchObject({ status: 'resolved', can: { handle: [], reply: true } });
    expect(
      done.body.timeline.map((e: { kind: string; actor: string; actorName: string | null; note: string | null }) => [
        e.kind,
        e.actor,
        e.actorName,
        e.note,
      ]),
    ).toEqual([
      ['submitted', 'submitter', null, null],
      ['accepted', 'organizer', world.people.committee.name, '已联系后勤'],
      ['in_progress', 'organizer', world.people.committee.name, null],
      ['resolved', 'organizer', world.people.secretary.name, '已更换热水器'],
    ]);
  });

  it('refuses invalid transitions with 409, a decline without a reason with 400, and writes nothing', async () => {
    const world = await makeWorld();
    const { id } = await submitted(world, world.people.masses);
    const skip = await move(id, world.people.committee, 'in_progress');
    expect(skip.status).toBe(409);
    expect(skip.body.error.message).toBe('不能从“已提交”改为“处理中”');
    const noReason = await move(id, world.people.committee, 'declined');
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.fields.note).toBe('不予受理时请写明原因');
    expect((await move(id, world.people.masses, 'accepted')).status).toBe(403);
    await move(id, world.people.committee, 'declined', '不属于本支部职责，已转交物业');
    expect((await move(id, world.people.committee, 'accepted')).status).toBe(409);
    const events = await env.DB.prepare('SELECT count(*) AS n FROM feedback_events WHERE feedback_id = ?1').bind(id).first<{ n: number }>();
    expect(events?.n).toBe(2);
  });

  it('carries replies both ways, the anonymous submitter by receipt with no session', async () => {
    const world = await makeWorld();
    const { id, receipt } = await submitted(world, world.people.member, true);
    await call('POST', `/api/feedback/${id}/replies`, { token: world.people.committee.token, body: { text: '请问是几号宿舍？' } });
    const answer = await call('POST', `/api/feedback/${id}/replies`, {
      headers: { 'x-feedback-receipt': receipt! },
      body: { text: '5 号楼 203' },
    });
    expect(answer.status).toBe(200);
    expect(
      answer.body.timeline.slice(1).map((e: { actor: string; actorName: string | null; note: string }) => [e.actor, e.actorName, e.note]),
    ).toEqual([
      ['organizer', world.people.committee.name, '请问是几号宿舍？'],
      ['submitter', null, '5 号楼 203'],
    ]);
    const wrong = await call('POST', `/api/feedback/${id}/replies`, {
      headers: { 'x-feedback-receipt': 'WRONGWRONG22' },
      body: { text: '冒充' },
    });
    expect(wrong.status).toBe(404);
    expect(wrong.body.error.message).toBe('回执码不正确，或没有这条反馈');
    expect((await call('POST', `/api/feedback/${id}/replies`, { body: { text: '没有身份' } })).status).toBe(401);
  });
});

describe('deadlines', () => {
  it('are marked overdue by the scheduled worker, with a timeline entry, and listed first', async () => {
    const world = await makeWorld();
    const late = await submitted(world, world.people.masses);
    const onTime = await submitted(world, world.people.member);
    await env.DB.prepare('UPDATE feedback SET accept_due_at = ?2, created_at = created_at - 1000 WHERE id = ?1')
      .bind(late.id, Date.now() - 1)
      .run();
    await runScheduled(env, Date.now());
    await runScheduled(env, Date.now()); // marking twice adds nothing
    const list = await call('GET', `/api/branches/${world.branchId}/feedback`, { token: world.people.secretary.token });
    expect(list.body.feedback.map((f: { id: string; overdue: boolean }) => [f.id, f.overdue])).toEqual([
      [late.id, true],
      [onTime.id, false],
    ]);
    const detail = await call('GET', `/api/feedback/${late.id}`, { token: world.people.secretary.token });
    expect(detail.body.timeline.filter((e: { kind: string }) => e.kind === 'overdue')).toMatchObject([
      { actor: 'system', note: '超过受理时限' },
    ]);
    const overdueOnly = await call('GET', `/api/branches/${world.branchId}/feedback?overdue=1`, { token: world.people.secretary.token });
    expect(overdueOnly.body.feedback).toHaveLength(1);
  });
});

describe('好差评 (rating)', () => {
  it('reopens the feedback for follow-up when rated 不满意 or worse, with its own deadline', async () => {
    const world = await makeWorld();
    const { id } = await submitted(world, world.people.masses);
    await move(id, world.people.committee, 'accepted');
    await move(id, world.people.committee, 'resolved', '已处理');
    const early = await call('POST', `/api/feedback/${id}/rating`, { token: world.people.committee.token, body: { level: 5 } });
    expect(early.status).toBe(404);
    const rated = await call('POST', `/api/feedback/${id}/rating`, {
      token: world.people.masses.token,
      body: { level: 2, comment: '热水还是时有时无' },
    });
    expect(rated.status).toBe(200);
    expect(rated.body).toMatchObject({ status: 'in_progress', rating: null, overdue: false });
    expect(rated.body.timeline.slice(-2).map((e: { kind: string; note: string }) => [e.kind, e.note])).toEqual([
      ['rated', '不满意：热水还是时有时无'],
      ['reopened', '评价为不满意，重新跟进'],
    ]);
    expect(rated.body.resolveDueAt).toBeLessThan(Date.now() + 10 * DAY);
    await move(id, world.people.committee, 'resolved', '已更换加热管');
    const good = await call('POST', `/api/feedback/${id}/rating`, {
      token: world.people.masses.token,
      body: { level: 5, comment: '谢谢' },
    });
    expect(good.body).toMatchObject({ status: 'resolved', rating: 5, ratingComment: '谢谢', can: { rate: false, reopen: true } });
    expect((await call('POST', `/api/feedback/${id}/rating`, { token: world.people.masses.token, body: { level: 1 } })).status).toBe(409);
  });

  it('lets the submitter reopen within 7 days, and not after', async () => {
    const world = await makeWorld();
    const { id } = await submitted(world, world.people.masses);
    await move(id, world.people.committee, 'declined', '重复反馈');
    const reopened = await move(id, world.people.masses, 'reopened', '并不重复，请再看看');
    expect(reopened.body).toMatchObject({ status: 'in_progress' });
    await move(id, world.people.committee, 'resolved', '已核实处理');
    await env.DB.prepare('UPDATE feedback SET closed_at = ?2 WHERE id = ?1')
      .bind(id, Date.now() - 8 * DAY)
      .run();
    const late = await move(id, world.people.masses, 'reopened');
    expect(late.status).toBe(409);
    expect(late.body.error.message).toBe('办结已超过 7 天，不能再重新打开，请提交新的反馈');
    expect((await move(id, world.people.committee, 'reopened')).status).toBe(403);
  });
});
