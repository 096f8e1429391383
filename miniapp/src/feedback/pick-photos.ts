/** Taking photos in, already made smaller: from the album or camera (weapp), or a file input (H5). */
import { MAX_PHOTO_BYTES, MAX_PHOTOS } from '@sitebranch/shared';
import Taro from '@tarojs/taro';
import { compressInBrowser } from './compress';

export interface PickedPhoto {
  key: string;
  bytes: ArrayBuffer;
  /** For the thumbnail: a temporary file (weapp) or a blob URL (H5, revoked by `releasePhoto`). */
  preview: string;
}

/** What came of a pick: the photos to add, how many could not be used, how many were over the limit. */
export interface PickOutcome {
  photos: PickedPhoto[];
  refused: number;
  overLimit: number;
}

/** A sentence on what was left out, or null when everything was added. */
export function leftOutMessage({ refused, overLimit }: PickOutcome): string | null {
  const parts: string[] = [];
  if (refused) parts.push(`${refused} 张照片无法使用（仅支持 5 MB 以内的 JPEG、PNG、WebP 图片）`);
  if (overLimit) parts.push(`最多 ${MAX_PHOTOS} 张，多选的 ${overLimit} 张未添加`);
  return parts.length ? parts.join('；') : null;
}

let counter = 0;
const nextKey = () => `photo-${Date.now()}-${counter++}`;

function readFile(filePath: string): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    Taro.getFileSystemManager().readFile({
      filePath,
      success: (res) => (typeof res.data === 'string' ? reject(new Error('照片读取失败')) : resolve(res.data)),
      fail: () => reject(new Error('照片读取失败')),
    });
  });
}

/** Up to `count` photos from the album or camera, compressed by WeChat, then once more at quality 70. */
export async function pickOnWeapp(count: number): Promise<PickOutcome> {
  let files: { tempFilePath: string }[];
  try {
    files = (await Taro.chooseMedia({ count, mediaType: ['image'], sizeType: ['compressed'] })).tempFiles;
  } catch (error) {
    if (String((error as { errMsg?: string }).errMsg).includes('cancel')) return { photos: [], refused: 0, overLimit: 0 };
    throw new Error('没能打开相册，请重试');
  }
  const outcome: PickOutcome = { photos: [], refused: 0, overLimit: Math.max(0, files.length - count) };
  for (const file of files.slice(0, count)) {
    try {
      const path = await Taro.compressImage({ src: file.tempFilePath, quality: 70 })
        .then((r) => r.tempFilePath)
        .catch(() => file.tempFilePath);
      const bytes = await readFile(path);
      if (bytes.byteLength > MAX_PHOTO_BYTES) throw new Error('too large');
      outcome.photos.push({ key: nextKey(), bytes, preview: path });
    } catch {
      outcome.refused++;
    }
  }
  return outcome;
}

/** Files chosen in the browser, each made a JPEG of at most 1600 px. */
export async function photosFromFiles(files: File[], count: number): Promise<PickOutcome> {
  const outcome: PickOutcome = { photos: [], refused: 0, overLimit: Math.max(0, files.length - count) };
  for (const file of files.slice(0, count)) {
    try {
      const blob = await compressInBrowser(file);
      if (blob.size > MAX_PHOTO_BYTES) throw new Error('too large');
      outcome.photos.push({ key: nextKey(), bytes: await blob.arrayBuffer(), preview: URL.createObjectURL(blob) });
    } catch {
      outcome.refused++;
    }
  }
  return outcome;
}

/** Frees a thumbnail's blob URL on H5 (the mini program cleans its temporary files itself). */
export function releasePhoto(photo: PickedPhoto): void {
  if (photo.preview.startsWith('blob:')) URL.revokeObjectURL(photo.preview);
}
