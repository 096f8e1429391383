import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiRequestError } from '../api/errors';
import { clearSession, saveSession } from '../api/session-store';
import { loadFeedbackPhoto, uploadFeedbackPhoto } from './receipt-api';

/** Just enough of XMLHttpRequest to see what is sent and to answer. */
class FakeXhr {
  static sent: FakeXhr[] = [];
  static reply = { status: 201, body: {} as unknown };
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: unknown;
  status = 0;
  responseText = '';
  timeout = 0;
  upload: { onprogress: ((e: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  ontimeout: (() => void) | null = null;
  onabort: (() => void) | null = null;
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: unknown) {
    this.body = body;
    FakeXhr.sent.push(this);
    queueMicrotask(() => {
      this.upload.onprogress?.({ lengthComputable: true, loaded: 5, total: 10 });
      this.status = FakeXhr.reply.status;
      this.responseText = JSON.stringify(FakeXhr.reply.body);
      this.onload?.();
    });
  }
}

describe('feedback calls with a receipt', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    FakeXhr.sent = [];
    clearSession();
  });

  it('carry no session even when someone is logged in on the phone, so nothing ties the report to the person', async () => {
    saveSession({ token: 'the-session-token', expiresAt: Date.now() + 3_600_000, userId: 'u001' });
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    FakeXhr.reply = { status: 201, body: { id: 'ph01', contentType: 'image/jpeg', size: 1 } };
    await uploadFeedbackPhoto({ id: 'fb01', receipt: 'AB12CD34EF56' }, new ArrayBuffer(1), () => undefined);
    expect(FakeXhr.sent[0]!.headers.authorization).toBeUndefined();
    const fetchMock = vi.fn(async () => new Response(new Blob(['jpeg']), { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    vi.stubGlobal('URL', Object.assign(Object.create(URL), { createObjectURL: () => 'blob:photo' }));
    await loadFeedbackPhoto({ id: 'fb01', receipt: 'AB12CD34EF56' }, 'ph01');
    expect(fetchMock).toHaveBeenLastCalledWith('/api/feedback/fb01/photos/ph01', { headers: { 'x-feedback-receipt': 'AB12CD34EF56' } });
    // Named feedback goes with the session, as any call does.
    await loadFeedbackPhoto({ id: 'fb01' }, 'ph01');
    expect(fetchMock).toHaveBeenLastCalledWith('/api/feedback/fb01/photos/ph01', {
      headers: { authorization: 'Bearer the-session-token' },
    });
  });

  it('uploads a photo as raw bytes with the receipt header, reporting progress', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    FakeXhr.reply = { status: 201, body: { id: 'ph01', contentType: 'image/jpeg', size: 10 } };
    const progress: number[] = [];
    const bytes = new ArrayBuffer(10);
    const result = await uploadFeedbackPhoto({ id: 'fb01', receipt: 'AB12CD34EF56' }, bytes, (f) => progress.push(f));
    expect(result).toEqual({ id: 'ph01', contentType: 'image/jpeg', size: 10 });
    const xhr = FakeXhr.sent[0]!;
    expect([xhr.method, xhr.url, xhr.body]).toEqual(['POST', '/api/feedback/fb01/photos', bytes]);
    expect(xhr.headers).toMatchObject({ 'content-type': 'application/octet-stream', 'x-feedback-receipt': 'AB12CD34EF56' });
    expect(progress).toEqual([0.5, 1]);
  });

  it('turns a refused photo into the server’s message', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    FakeXhr.reply = { status: 415, body: { error: { code: 'unsupported_media_type', message: '只能上传 JPEG、PNG 或 WebP 图片' } } };
    const failure = await uploadFeedbackPhoto({ id: 'fb01' }, new ArrayBuffer(4), () => undefined).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ApiRequestError);
    expect((failure as ApiRequestError).message).toBe('只能上传 JPEG、PNG 或 WebP 图片');
    expect(FakeXhr.sent[0]!.headers['x-feedback-receipt']).toBeUndefined();
  });

  it('loads a photo with the receipt into a blob URL an <Image> can show', async () => {
    const fetchMock = vi.fn(async () => new Response(new Blob(['jpeg']), { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    vi.stubGlobal('URL', Object.assign(Object.create(URL), { createObjectURL: () => 'blob:photo' }));
    expect(await loadFeedbackPhoto({ id: 'fb01', receipt: 'AB12CD34EF56' }, 'ph01')).toBe('blob:photo');
    expect(fetchMock).toHaveBeenCalledWith('/api/feedback/fb01/photos/ph01', { headers: { 'x-feedback-receipt': 'AB12CD34EF56' } });

    fetchMock.mockResolvedValueOnce(new Response(null, { status: 403 }));
    await expect(loadFeedbackPhoto({ id: 'fb01' }, 'ph01')).rejects.toThrow('照片加载失败');
  });
});
