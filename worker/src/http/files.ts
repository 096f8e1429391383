/** Files in and out of the API: uploads read as raw bytes, spreadsheets sent as downloads. */
import type { Context } from 'hono';
import { ApiError } from './errors';

const CONTENT_TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  image: 'application/octet-stream',
} as const;

/** The request body as bytes; what it is gets decided by the bytes themselves, not the declared type. */
export async function readFileBody(c: Context, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(c.req.header('content-length') ?? 0);
  const limitMessage = `文件太大（上限 ${Math.round(maxBytes / 1024 / 1024)} MB）`;
  if (declared > maxBytes) throw new ApiError('payload_too_large', limitMessage);
  const bytes = new Uint8Array(await c.req.arrayBuffer());
  if (bytes.byteLength > maxBytes) throw new ApiError('payload_too_large', limitMessage);
  if (bytes.byteLength === 0) throw new ApiError('file_unreadable', '文件是空的，请选择要导入的文件');
  return bytes;
}

/** A download: the name is sent both plainly (ASCII fallback) and UTF-8 encoded for Chinese names. */
export function sendFile(
  c: Context,
  kind: keyof typeof CONTENT_TYPES,
  file: { bytes: Uint8Array; fileName: string; contentType?: string | undefined },
): Response {
  const ascii = file.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '');
  // Images are shown in place, private to this person (never cached by shared caches); the rest download.
  const disposition = kind === 'image' ? 'inline' : 'attachment';
  return c.body(file.bytes as Uint8Array<ArrayBuffer>, 200, {
    'content-type': file.contentType ?? CONTENT_TYPES[kind],
    'content-disposition': `${disposition}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    'cache-control': kind === 'image' ? 'private, max-age=3600' : 'no-store',
    'x-content-type-options': 'nosniff',
  });
}
