/**
 * A safety hazard is closed with proof: the handler uploads 整改前 / 整改后 photos (stored without
 * metadata, like the submitter's), and 办结 is refused until there is an after photo.
 */
import { describe, expect, it } from 'vitest';
import { env } from 'cloudflare:workers';
import { call, makeWorld, type World } from '../../../test/fixtures';
import { includesBytes, MARKERS, phoneJpeg } from '../../feedback/test-photos';

async function acceptedHazard(world: World, category = 'hazard') {
  const made = await call('POST', `/api/branches/${world.branchId}/feedback`, {
    token: world.people.masses.token,
    body: { category, text: '脚手架连墙件缺失，有倒塌风险', anonymous: false },
  });
  const id = made.body.id as string;
  for (const to of ['accepted', 'in_progress'])
    await call('POST', `/api/feedback/${id}/transitions`, { token: world.people.committee.token, body: { to } });
  return id;
}
const uploadStage = (world: World, id: string, stage: string, token = world.people.committee.token) =>
  call('POST', `/api/feedback/${id}/rectification-photos/${stage}`, {
    token,
    rawBody: phoneJpeg(6),
    headers: { 'content-type': 'image/jpeg' },
  });
const resolve = (world: World, id: string) =>
  call('POST', `/api/feedback/${id}/transitions`, { token: world.people.committee.token, body: { to: 'resolved', note: '已加固' } });

describe('rectification photos (整改前 / 整改后)', () => {
  it('must include an after photo before a hazard is resolved', async () => {
    const world = await makeWorld();
    const id = await acceptedHazard(world);
    const early = await resolve(world, id);
    expect([early.status, early.body.error.message]).toEqual([409, '安全隐患办结前，请先上传整改后的照片']);
    expect((await uploadStage(world, id, 'before')).status).toBe(201);
    expect((await resolve(world, id)).status).toBe(409);
    expect((await uploadStage(world, id, 'after')).status).toBe(201);
    const resolved = await resolve(world, id);
    expect(resolved.status).toBe(200);
    expect(resolved.body.status).toBe('resolved');
    expect(resolved.body.photos.map((p: { stage: string }) => p.stage)).toEqual(['before', 'after']);
  });

  it('are stored without metadata, and seen by the submitter', async () => {
    const world = await makeWorld();
    const id = await acceptedHazard(world);
    const up = await uploadStage(world, id, 'after');
    const row = await env.DB.prepare('SELECT object_key AS k FROM feedback_photos WHERE id = ?1').bind(up.body.id).first<{ k: string }>();
    const stored = new Uint8Array(await (await env.PHOTOS.get(row!.k))!.arrayBuffer());
    for (const marker of MARKERS) expect(includesBytes(stored, marker)).toBe(false);
    const seen = await call('GET', `/api/feedback/${id}`, { token: world.people.masses.token });
    expect(seen.body.photos).toEqual([expect.objectContaining({ id: up.body.id, stage: 'after' })]);
  });

  it('are the handler’s: the submitter, another branch and a wrong stage are refused, and other categories need none', async () => {
    const world = await makeWorld();
    const id = await acceptedHazard(world);
    expect((await uploadStage(world, id, 'after', world.people.masses.token)).status).toBe(404);
    expect((await uploadStage(world, id, 'after', world.people.otherSecretary.token)).status).toBe(404);
    const wrong = await uploadStage(world, id, 'during');
    expect(wrong.status).toBe(404);
    const suggestion = await acceptedHazard(world, 'suggestion');
    expect((await uploadStage(world, suggestion, 'after')).body.error.message).toBe('只有安全隐患需要上传整改照片');
    expect((await resolve(world, suggestion)).status).toBe(200);
  });
});
