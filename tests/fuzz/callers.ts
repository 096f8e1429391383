/**
 * Who sends the bad input to each route, and to which path: a caller the route allows (so that the
 * input is what gets judged), and path values naming real resources of the caller's branch.
 */
import type { Endpoint } from '@sitebranch/shared';
import { call, makeBank, makeContest, makeEvent, makeInvite, type MatrixRole, type World } from '@sitebranch/worker/testing';

/** Who calls each kind of route: someone allowed, so that the input is what gets judged. */
export function callerFor(endpoint: Endpoint): MatrixRole | 'none' {
  switch (endpoint.access.kind) {
    case 'public':
      return 'none';
    case 'platformAdmin':
      return 'platformAdmin';
    case 'regionAdmin':
      return 'regionAdmin';
    case 'branch':
      return endpoint.access.regionAdmin ? 'secretary' : endpoint.access.minRole === 'masses' ? 'member' : 'secretary';
    default:
      return 'secretary';
  }
}

/** Valid path values in the world, by parameter name: the resource the path is about, owned by the caller's branch. */
export async function validParams(world: World, endpoint: Endpoint): Promise<Record<string, string>> {
  const common = { userId: world.workers[0]!.id, branchId: world.branchId, code: await makeInvite(world), year: '2031', stage: 'after' };
  if (endpoint.path.startsWith('/api/events/')) return { ...common, id: await makeEvent(world) };
  if (endpoint.path.startsWith('/api/regions/:id')) return { ...common, id: world.regionId };
  if (endpoint.path.startsWith('/api/auth/tickets/:id'))
    return {
      ...common,
      id: (
        await call('POST', '/api/auth/tickets', {
          headers: { 'cf-connecting-ip': `10.8.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}` },
        })
      ).body.id,
    };
  if (endpoint.path.startsWith('/api/feedback/:id')) {
    const feedback = await call('POST', `/api/branches/${world.branchId}/feedback`, {
      token: world.people.secretary.token,
      body: { category: 'hazard', text: '脚手架连墙件缺失', anonymous: false },
    });
    return { ...common, id: feedback.body.id, photoId: feedback.body.id };
  }
  if (!/^\/api\/(banks|contests|attempts)\/:id/.test(endpoint.path)) return { ...common, id: world.branchId };
  const bank = await makeBank(world, { single: 2, judge: 1 });
  if (endpoint.path.startsWith('/api/banks/')) return { ...common, id: bank.bankId, questionId: bank.questions[0]!.id };
  const contestId = await makeContest(world, bank, { draw: [{ type: 'single', count: 1 }] });
  if (endpoint.path.startsWith('/api/contests/')) return { ...common, id: contestId };
  // The caller's own attempt (the secretary is a member of the branch too).
  const attempt = await call('POST', `/api/contests/${contestId}/attempts`, { token: world.people.secretary.token });
  return { ...common, id: attempt.body.id, questionId: attempt.body.questions[0].id };
}

export function fillPath(path: string, params: Record<string, string>): string {
  return path.replace(/:([A-Za-z]+)/g, (_, name: string) => encodeURIComponent(params[name] ?? 'missing'));
}
