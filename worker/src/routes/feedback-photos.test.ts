import { MAX_PHOTO_BYTES } from '@sitebranch/shared';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { call, makeWorld, type Person, type World } from '../../test/fixtures';

const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 2, 3]);
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const WEBP = new Uint8Array([0x52, 0x49, 0x46, 0x46, 0x24, 0, 0, 0, 0x57, 0x45, 0x42, 0x50, 0x56, 0x50]);
const EXE = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00]);

async function feedbackOf(world: World, person: Person, anonymous = false) {
  const res = await call('POST', `/api/branches/${world.branchId}/feedback`, { token: person.token, body: { category: 'hazard', text: '配电箱门没有上锁，有触电危险', anonymous } });
  return res.body as { id: string; receipt: string | null };
}
const upload = (id: string, bytes: Uint8Array, auth: { token?: string; headers?: Record<string, string> }, declared = 'image/jpeg') =>
  call('POST', `/api/feedback/${id}/photos`, { ...auth, rawBody: bytes, headers: { 'content-type': declared, ...auth.headers } });

describe('feedback photos', () => {
  it('takes JPEG, PNG and WebP by their bytes, and serves them only to people who may see the feedback', async () => {
    const world = await makeWorld();
    const { id } = await feedbackOf(world, world.people.masses);
    const auth = { token: world.people.masses.token };
    const uploaded: string[] = [];
    for (const [bytes, type] of [[JPEG, 'image/jpeg'], [PNG, 'image/png'], [WEBP, 'image/webp']] as const) {
      const res = await upload(id, bytes, auth, 'application/octet-stream');
      expect(res.status).toBe(201);
      expect(res.body.contentType).toBe(type);
      uploaded.push(res.body.id);
    }
    const stored = await env.DB.prepare('SELECT object_key AS k FROM feedback_photos WHERE feedback_id = ?1').bind(id).all<{ k: string }>();
    expect(stored.results.every((r) => /^feedback\/[0-9a-z]{32}$/.test(r.k))).toBe(true);
    const photo = (token: string) => call<Uint8Array>('GET', `/api/feedback/${id}/photos/${uploaded[0]}`, { token, binary: true });
    const seen = await photo(world.people.committee.token);
    expect(seen.status).toBe(200);
    expect(seen.headers.get('content-type')).toBe('image/jpeg');
    expect([...seen.body]).toEqual([...JPEG]);
    expect((await photo(world.people.masses.token)).status).toBe(200);
    expect((await photo(world.people.member.token)).status).toBe(404);
    expect((await photo(world.people.otherSecretary.token)).status).toBe(404);
  });

  it('refuses a renamed executable, an oversize photo, a seventh photo, and someone else’s upload', async () => {
    const world = await makeWorld();
    const { id } = await feedbackOf(world, world.people.masses);
    const auth = { token: world.people.masses.token };
    const exe = await upload(id, EXE, auth);
    expect(exe.status).toBe(415);
    expect(exe.body.error.message).toBe('只能上传 JPEG、PNG 或 WebP 格式的照片');
    const big = new Uint8Array(MAX_PHOTO_BYTES + 1);
    big.set(JPEG);
    const oversize = await upload(id, big, auth);
    expect(oversize.status).toBe(413);
    expect(oversize.body.error.message).toBe('文件太大（上限 5 MB）');
    for (let i = 0; i < 6; i++) expect((await upload(id, JPEG, auth)).status).toBe(201);
    const seventh = await upload(id, JPEG, auth);
    expect(seventh.status).toBe(409);
    expect(seventh.body.error.message).toBe('每条反馈最多 6 张照片');
    expect((await upload(id, JPEG, { token: world.people.committee.token })).status).toBe(404);
    const count = await env.DB.prepare('SELECT count(*) AS n FROM feedback_photos WHERE feedback_id = ?1').bind(id).first<{ n: number }>();
    expect(count?.n).toBe(6);
    const objects = await env.PHOTOS.list({ prefix: 'feedback/' });
    const keys = new Set((await env.DB.prepare('SELECT object_key AS k FROM feedback_photos').all<{ k: string }>()).results.map((r) => r.k));
    expect(objects.objects.every((o) => keys.has(o.key))).toBe(true);
  });

  it('lets the anonymous submitter add photos by receipt', async () => {
    const world = await makeWorld();
    const { id, receipt } = await feedbackOf(world, world.people.member, true);
    expect((await upload(id, PNG, { headers: { 'x-feedback-receipt': receipt! } })).status).toBe(201);
    expect((await upload(id, PNG, { token: world.people.member.token })).status).toBe(404);
  });
});
