import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { call, snapshotDatabase } from '../../test/fixtures';
import { DEMO_PEOPLE, demoSeedStatements } from './demo';

async function seed() {
  await env.DB.batch(demoSeedStatements().map((statement) => env.DB.prepare(statement)));
}

describe('demo seed', () => {
  it('gives about 30 people with every role, and seeding twice changes nothing', async () => {
    await seed();
    const once = await snapshotDatabase();
    await seed();
    expect(await snapshotDatabase()).toEqual(once);

    expect(DEMO_PEOPLE.length).toBeGreaterThanOrEqual(28);
    const roles = await env.DB.prepare("SELECT DISTINCT role FROM memberships WHERE branch_id LIKE 'demo-%'").all<{ role: string }>();
    expect(roles.results.map((r) => r.role).sort()).toEqual(['committee', 'masses', 'member', 'secretary']);
    const teams = await env.DB.prepare("SELECT count(DISTINCT work_team) AS n FROM memberships WHERE branch_id = 'demo-site'").first<{ n: number }>();
    expect(teams?.n).toBeGreaterThanOrEqual(4);
  });

  it('lets a demo person log in by name and see their branches', async () => {
    await seed();
    const login = await call('POST', '/api/auth/dev', { body: { name: '刘洋' } });
    expect(login.body.isNewUser).toBe(false);
    const me = await call('GET', '/api/me', { token: login.body.token });
    expect(me.body.memberships.map((m: { branchName: string; role: string }) => `${m.branchName}/${m.role}`).sort()).toEqual([
      '幸福里社区党支部/masses',
      '滨江花园项目临时党支部/member',
    ]);
    const secretary = await call('POST', '/api/auth/dev', { body: { name: '张建国' } });
    const branch = await call('GET', '/api/branches/demo-site', { token: secretary.body.token });
    expect(branch.body).toMatchObject({ myRole: 'secretary', memberCount: 18 });
  });
});
