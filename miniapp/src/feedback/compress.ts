/**
 * Photos are made smaller on the phone before they go over a site connection: at most 1600 px on
 * the longer side, JPEG at quality 0.8 (the mini program uses `Taro.compressImage`, see pick-photos).
 */
import { MAX_PHOTO_BYTES } from '@sitebranch/shared';

export const PHOTO_MAX_SIDE = 1600;
export const PHOTO_QUALITY = 0.8;
/** What the worker recognises by the bytes. */
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'];

/** The size to draw at: the longer side at most `maxSide`, the shape kept, never enlarged. */
export function fitWithin(width: number, height: number, maxSide = PHOTO_MAX_SIDE): { width: number; height: number } {
  const scale = Math.min(1, maxSide / Math.max(width, height, 1));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/**
 * Keep the file as it was when it needed no shrinking and re-encoding made it no smaller (a small
 * PNG screenshot), as long as the server takes it as it is.
 */
export function keepOriginal(original: { size: number; type: string }, compressedSize: number, resized: boolean): boolean {
  return !resized && original.size <= compressedSize && original.size <= MAX_PHOTO_BYTES && PHOTO_TYPES.includes(original.type);
}

interface Decoded {
  source: CanvasImageSource;
  width: number;
  height: number;
  release(): void;
}

/** Decodes with the photo's own orientation (EXIF), by `createImageBitmap` where there is one. */
async function decode(file: Blob): Promise<Decoded> {
  if (typeof createImageBitmap === 'function') {
    try {
      const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
      return { source: bitmap, width: bitmap.width, height: bitmap.height, release: () => bitmap.close() };
    } catch {
      // Fall back to an <img>, which some browsers decode more formats with.
    }
  }
  const url = URL.createObjectURL(file);
  const img = document.createElement('img');
  img.src = url;
  try {
    await img.decode();
  } catch {
    URL.revokeObjectURL(url);
    throw new Error('无法读取这张照片，请换一张');
  }
  return { source: img, width: img.naturalWidth, height: img.naturalHeight, release: () => URL.revokeObjectURL(url) };
}

/** The photo as a JPEG no larger than 1600 px, drawn on a canvas in the browser (H5). */
export async function compressInBrowser(file: Blob): Promise<Blob> {
  const decoded = await decode(file);
  try {
    const size = fitWithin(decoded.width, decoded.height);
    const canvas = document.createElement('canvas');
    canvas.width = size.width;
    canvas.height = size.height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('无法处理这张照片，请换一张');
    // JPEG has no transparency: a transparent PNG would otherwise turn black.
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, size.width, size.height);
    context.drawImage(decoded.source, 0, 0, size.width, size.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', PHOTO_QUALITY));
    if (!blob) throw new Error('无法处理这张照片，请换一张');
    const resized = size.width !== decoded.width || size.height !== decoded.height;
    return keepOriginal(file, blob.size, resized) ? file : blob;
  } finally {
    decoded.release();
  }
}
