/** Where uploading a feedback's photos stands, one by one, and how that reads. */

export interface UploadState {
  total: number;
  /** Photos already stored; also the index of the one going now (or the one that failed). */
  done: number;
  /** 0…1 of the photo going now. */
  fraction: number;
  uploading: boolean;
  /** Why the photo at `done` failed; uploading stops there until retried or skipped. */
  error: string | null;
  /** The failure is the photo's own (too large, not an image): retrying will not help. */
  refused: boolean;
}

export function startedUpload(total: number, done = 0): UploadState {
  return { total, done, fraction: 0, uploading: done < total, error: null, refused: false };
}

/** The bar's percentage over all photos. */
export function uploadPercent(state: UploadState): number {
  if (state.total === 0) return 100;
  return Math.min(100, Math.round(((state.done + (state.uploading ? state.fraction : 0)) / state.total) * 100));
}

/** `正在上传第 2/3 张`, `照片已全部上传`, or which one failed and why. */
export function uploadLabel(state: UploadState): string {
  if (state.error) return `第 ${state.done + 1}/${state.total} 张上传失败：${state.error}`;
  if (state.done >= state.total) return '照片已全部上传';
  return `正在上传第 ${state.done + 1}/${state.total} 张`;
}

/**
 * Retrying will not help: 413 (too large), 415 (not a JPEG, PNG or WebP), 409 (six photos
 * already, or the feedback is closed).
 */
export const isRefusal = (status: number) => status === 409 || status === 413 || status === 415;
