/**
 * The cron's overdue marking past acceptance: the 办结 deadline while feedback is being handled, and
 * the follow-up deadline a 不满意 rating sets. Each is checked a minute either side of the deadline
 * the feedback itself reports, with the cron run at that moment.
 */
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { call, makeWorld, type World } from '../../test/fixtures';
import { runScheduled } from '../scheduled';

const MINUTE = 60_000;

async function accepted(world: World) {
  const submitted = await call('POST', `/api/branches/${world.branchId}/feedback`, {
    token: world.people.masses.token,
    body: { category: 'request', text: '食堂排水沟堵了，请安排疏通', anonymous: false },
  });
  const id = submitted.body.id as string;
  await move(world, id, 'accepted');
  return id;
}
const move = (world: World, id: string, to: string, note?: string) =>
  call('POST', `/api/feedback/${id}/transitions`, { token: world.people.committee.token, body: { to, ...(note && { note }) } });
const detail = async (world: World, id: string) =>
  (await call('GET', `/api/feedback/${id}`, { token: world.people.committee.token })).body as {
    status: string;
    overdue: boolean;
    resolveDueAt: number;
    timeline: { kind: string; note: string | null }[];
  };

describe('overdue after acceptance', () => {
  it('marks feedback not resolved by its 办结 deadline, and not a minute before', async () => {
    const world = await makeWorld();
    const id = await accepted(world);
    await move(world, id, 'in_progress');
    const { resolveDueAt } = await detail(world, id);

    await runScheduled(env, resolveDueAt - MINUTE);
    expect((await detail(world, id)).overdue).toBe(false);
    await runScheduled(env, resolveDueAt + MINUTE);
    const late = await detail(world, id);
    expect(late.overdue).toBe(true);
    expect(late.timeline.filter((e) => e.kind === 'overdue').map((e) => e.note)).toEqual(['超过办结时限']);
  });

  it('marks a follow-up (after 不满意) missed by its own deadline, not by the first one', async () => {
    const world = await makeWorld();
    const id = await accepted(world);
    await move(world, id, 'resolved', '已疏通');
    const rated = await call('POST', `/api/feedback/${id}/rating`, {
      token: world.people.masses.token,
      body: { level: 2, comment: '又堵了' },
    });
    expect(rated.body).toMatchObject({ status: 'in_progress', overdue: false });
    const followUpDue = rated.body.resolveDueAt as number;

    await runScheduled(env, followUpDue - MINUTE);
    expect((await detail(world, id)).overdue).toBe(false);
    await runScheduled(env, followUpDue + MINUTE);
    const late = await detail(world, id);
    expect(late.overdue).toBe(true);
    expect(late.timeline.filter((e) => e.kind === 'overdue').map((e) => e.note)).toEqual(['超过办结时限']);
  });
});
