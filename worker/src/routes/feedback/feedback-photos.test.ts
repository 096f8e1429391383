import { MAX_PHOTO_BYTES } from '@sitebranch/shared';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { call, makeWorld, type Person, type World } from '../../../test/fixtures';
import { orientationOf } from '../../feedback/exif-orientation';
import {
  GPS_LATITUDE,
  includesBytes,
  JPEG,
  MARKERS,
  phoneJpeg,
  phonePng,
  phoneWebp,
  PNG,
  pngChunks,
  WEBP,
  webpChunks,
} from '../../feedback/test-photos';

const EXE = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00]);

async function feedbackOf(world: World, person: Person, anonymous = false) {
  const res = await call('POST', `/api/branches/${world.branchId}/feedback`, {
    token: person.token,
    body: { category: 'hazard', text: '配电箱门没有上锁，有触电危险', anonymous },
  });
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
    for (const [bytes, type] of [
      [JPEG, 'image/jpeg'],
      [PNG, 'image/png'],
      [WEBP, 'image/webp'],
    ] as const) {
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
    const keys = new Set(
      (await env.DB.prepare('SELECT object_key AS k FROM feedback_photos').all<{ k: string }>()).results.map((r) => r.k),
    );
    expect(objects.objects.every((o) => keys.has(o.key))).toBe(true);
  });

  it('lets the anonymous submitter add photos by receipt', async () => {
    const world = await makeWorld();
    const { id, receipt } = await feedbackOf(world, world.people.member, true);
    expect((await upload(id, PNG, { headers: { 'x-feedback-receipt': receipt! } })).status).toBe(201);
    expect((await upload(id, PNG, { token: world.people.member.token })).status).toBe(404);
  });

  /** The object stored for a photo, straight from the bucket, and its row. */
  async function storedOf(photoId: string) {
    const row = await env.DB.prepare('SELECT object_key AS k, size FROM feedback_photos WHERE id = ?1')
      .bind(photoId)
      .first<{ k: string; size: number }>();
    const object = await env.PHOTOS.get(row!.k);
    return { size: row!.size, bytes: new Uint8Array(await object!.arrayBuffer()) };
  }
  /** The payloads of a JPEG's APP1 segments, those before its first table (DQT). */
  function app1Of(jpeg: Uint8Array): Uint8Array[] {
    const found: Uint8Array[] = [];
    for (let at = 2; at + 4 <= jpeg.length && jpeg[at + 1] !== 0xdb; ) {
      const end = at + 2 + ((jpeg[at + 2]! << 8) | jpeg[at + 3]!);
      if (jpeg[at + 1] === 0xe1) found.push(jpeg.subarray(at + 4, end));
      at = end;
    }
    return found;
  }

  it('stores JPEG, PNG and WebP without their metadata, named or anonymous, still whole, upright and served as stored', async () => {
    const world = await makeWorld();
    const named = await feedbackOf(world, world.people.masses);
    const anonymous = await feedbackOf(world, world.people.member, true);
    const uploads = [
      { id: named.id, auth: { token: world.people.masses.token } },
      { id: anonymous.id, auth: { headers: { 'x-feedback-receipt': anonymous.receipt! } } },
    ];
    for (const { id, auth } of uploads) {
      for (const phone of [phoneJpeg(6), phonePng(), phoneWebp()]) {
        const res = await upload(id, phone, auth);
        expect(res.status).toBe(201);
        const stored = await storedOf(res.body.id);
        expect(MARKERS.filter((marker) => includesBytes(stored.bytes, marker))).toEqual([]);
        expect(includesBytes(stored.bytes, GPS_LATITUDE)).toBe(false);
        expect(stored.bytes.length).toBeLessThan(phone.length);
        expect(res.body.size).toBe(stored.bytes.length);
        expect(stored.size).toBe(stored.bytes.length);
        if (res.body.contentType === 'image/jpeg') {
          expect([...stored.bytes.subarray(0, 2), ...stored.bytes.subarray(-2)]).toEqual([0xff, 0xd8, 0xff, 0xd9]);
          // The tables, SOF, SOS and entropy-coded data, up to EOI, are the original's byte for byte.
          expect([...stored.bytes.subarray(-(JPEG.length - 2))]).toEqual([...JPEG.subarray(2)]);
          expect(app1Of(stored.bytes).map(orientationOf)).toEqual([6]);
        } else if (res.body.contentType === 'image/png') {
          expect(pngChunks(stored.bytes)).toEqual(['IHDR', 'pHYs', 'IDAT', 'IEND'].map((type) => ({ type, crcOk: true })));
        } else expect(webpChunks(stored.bytes)).toEqual(['VP8X', 'VP8L']);
        const served = await call<Uint8Array>('GET', `/api/feedback/${id}/photos/${res.body.id}`, {
          token: world.people.secretary.token,
          binary: true,
        });
        expect(served.status).toBe(200);
        expect([...served.body]).toEqual([...stored.bytes]);
      }
    }
  });

  it('refuses a broken photo with a 400 and stores nothing of it', async () => {
    const world = await makeWorld();
    const { id, receipt } = await feedbackOf(world, world.people.member, true);
    for (const broken of [
      phoneJpeg(6).subarray(0, 300),
      JPEG.subarray(0, JPEG.length - 2),
      PNG.subarray(0, PNG.length - 12),
      WEBP.subarray(0, WEBP.length - 6),
    ]) {
      const res = await upload(id, broken, { headers: { 'x-feedback-receipt': receipt! } });
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({ code: 'validation_failed', message: '照片文件已损坏，请重新拍摄或选择其他照片' });
    }
    const count = await env.DB.prepare('SELECT count(*) AS n FROM feedback_photos WHERE feedback_id = ?1').bind(id).first<{ n: number }>();
    expect(count?.n).toBe(0);
    const keys = new Set(
      (await env.DB.prepare('SELECT object_key AS k FROM feedback_photos').all<{ k: string }>()).results.map((r) => r.k),
    );
    expect((await env.PHOTOS.list({ prefix: 'feedback/' })).objects.filter((o) => !keys.has(o.key))).toEqual([]);
  });
});
