/**
 * Photos are stored without what their files say beyond the picture — where and when they were
 * taken, with which phone and its serial number — so that an anonymous report stays anonymous.
 * Container surgery only: the image data is never decoded or re-encoded.
 */
import type { PhotoType } from './photo-type';
import { stripJpeg } from './strip-jpeg';
import { stripPng } from './strip-png';
import { stripWebp } from './strip-webp';

export { CorruptPhotoError } from './photo-bytes';

const STRIPPERS: Record<PhotoType, (bytes: Uint8Array) => Uint8Array> = {
  'image/jpeg': stripJpeg,
  'image/png': stripPng,
  'image/webp': stripWebp,
};

/** The photo without its metadata; throws CorruptPhotoError when its container is broken. */
export const stripMetadata = (bytes: Uint8Array, type: PhotoType): Uint8Array => STRIPPERS[type](bytes);
