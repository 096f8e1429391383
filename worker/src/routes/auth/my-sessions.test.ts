/** 我的 → 登录设备: a person's sessions listed with their device, and ended one by one. */
import { describe, expect, it } from 'vitest';
import { call, makePerson } from '../../../test/fixtures';
import { computerLogin } from './login-ticket-test-helpers';

describe('我的 → 登录设备', () => {
  it('lists the computer with its browser and system; 退出 ends it at once; another person’s session is not found', async () => {
    const [person, other] = await Promise.all([makePerson('看设备'), makePerson('别人的设备')]);
    const pcToken = await computerLogin(person);
    const listed = await call('GET', '/api/me/sessions', { token: person.token });
    expect(listed.status).toBe(200);
    const pcSession = listed.body.sessions.find((s: { kind: string }) => s.kind === 'computer');
    expect(pcSession).toMatchObject({ device: 'Chrome 131 · Windows', current: false });
    expect(listed.body.sessions.find((s: { current: boolean }) => s.current).kind).toBe('dev');

    const otherPc = await computerLogin(other);
    const otherSession = (await call('GET', '/api/me/sessions', { token: other.token })).body.sessions.find(
      (s: { kind: string }) => s.kind === 'computer',
    );
    const notMine = await call('DELETE', `/api/me/sessions/${otherSession.id}`, { token: person.token });
    expect(notMine.status).toBe(404);
    expect((await call('GET', '/api/me', { token: otherPc })).status).toBe(200);

    expect((await call('DELETE', `/api/me/sessions/${pcSession.id}`, { token: person.token })).status).toBe(204);
    expect((await call('GET', '/api/me', { token: pcToken })).status).toBe(401);
    expect(
      (await call('GET', '/api/me/sessions', { token: person.token })).body.sessions.some((s: { id: string }) => s.id === pcSession.id),
    ).toBe(false);
  });
});
