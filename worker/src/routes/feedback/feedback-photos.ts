/**
 * Feedback photos: stored in the private R2 bucket under random keys, served only through the
 * worker to people allowed to see the feedback. The bytes decide what a file is, and what is
 * stored is the picture without its metadata (position, time, phone), named or anonymous.
 */
import { endpoints, isClosed, MAX_PHOTOS, PHOTO_STAGE_LABELS, type PhotoStage } from '@sitebranch/shared';
import { Hono, type Context } from 'hono';
import { newId } from '../../db/ids';
import { first, sql } from '../../db/sql';
import { photoTypeOf, type PhotoType } from '../../feedback/photo-type';
import { CorruptPhotoError, stripMetadata } from '../../feedback/strip-metadata';
import type { FeedbackAccess } from '../../authz/feedback-access';
import type { AppEnv } from '../../env';
import { ApiError } from '../../http/errors';
import { implement } from '../../http/implement';

export const feedbackPhotoRoutes = new Hono<AppEnv>();

const EXTENSIONS = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' } as const;

function withoutMetadata(bytes: Uint8Array, type: PhotoType): Uint8Array {
  try {
    return stripMetadata(bytes, type);
  } catch (error) {
    if (error instanceof CorruptPhotoError) throw new ApiError('validation_failed', '照片文件已损坏，请重新拍摄或选择其他照片');
    throw error;
  }
}

/**
 * Stores one photo of a stage: recognised by its bytes, its metadata removed, into the private
 * bucket; it counts only if the stage still has room (six at most, even when uploads race).
 */
async function storePhoto(c: Context<AppEnv>, feedback: FeedbackAccess, stage: PhotoStage, body: Uint8Array) {
  const contentType = photoTypeOf(body);
  if (!contentType) throw new ApiError('unsupported_media_type', '只能上传 JPEG、PNG 或 WebP 格式的照片');
  if (isClosed(feedback.status)) throw new ApiError('conflict', '反馈已办结，不能再添加照片');
  const photo = withoutMetadata(body, contentType);
  const id = newId();
  const objectKey = `feedback/${newId()}${newId()}`;
  await c.env.PHOTOS.put(objectKey, photo, { httpMetadata: { contentType } });
  const inserted = await sql(
    c.env.DB,
    `INSERT INTO feedback_photos (id, feedback_id, object_key, content_type, stage, size, created_at)
     SELECT :id, :feedbackId, :objectKey, :contentType, :stage, :size, :now
     WHERE (SELECT count(*) FROM feedback_photos WHERE feedback_id = :feedbackId AND stage = :stage) < ${MAX_PHOTOS} RETURNING id`,
    { id, feedbackId: feedback.feedbackId, objectKey, contentType, stage, size: photo.byteLength, now: Date.now() },
  ).first();
  if (!inserted) {
    await c.env.PHOTOS.delete(objectKey);
    throw new ApiError(
      'conflict',
      stage === 'report' ? `每条反馈最多 ${MAX_PHOTOS} 张照片` : `${PHOTO_STAGE_LABELS[stage]}照片最多 ${MAX_PHOTOS} 张`,
    );
  }
  return { id, contentType, size: photo.byteLength };
}

implement(feedbackPhotoRoutes, endpoints.uploadFeedbackPhoto, async ({ c, caller, body }) =>
  storePhoto(c, caller.feedback, 'report', body),
);

// The handler's proof that a safety hazard was fixed: the same metadata rules as the submitter's photos.
implement(feedbackPhotoRoutes, endpoints.uploadRectificationPhoto, async ({ c, caller, params, body }) => {
  if (caller.feedback.category !== 'hazard') throw new ApiError('conflict', '只有安全隐患需要上传整改照片');
  return storePhoto(c, caller.feedback, params.stage, body);
});

implement(feedbackPhotoRoutes, endpoints.feedbackPhoto, async ({ c, caller, params }) => {
  const row = await first<{ objectKey: string; contentType: keyof typeof EXTENSIONS }>(
    sql(c.env.DB, 'SELECT object_key, content_type FROM feedback_photos WHERE id = :photoId AND feedback_id = :feedbackId', {
      photoId: params.photoId,
      feedbackId: caller.feedback.feedbackId,
    }),
  );
  const object = row && (await c.env.PHOTOS.get(row.objectKey));
  if (!row || !object) throw new ApiError('not_found', '照片不存在');
  return {
    bytes: new Uint8Array(await object.arrayBuffer()),
    fileName: `${params.photoId}.${EXTENSIONS[row.contentType]}`,
    contentType: row.contentType,
  };
});
