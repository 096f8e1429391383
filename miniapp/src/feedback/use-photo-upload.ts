import { useCallback, useRef, useState } from 'react';
import type { ApiRequestError } from '../api/errors';
import type { PickedPhoto } from './pick-photos';
import { uploadFeedbackPhoto, type FeedbackAccess } from './receipt-api';

/** How one photo goes up: by default as the submitter's own photo of the feedback. */
export type PhotoUploader = (access: FeedbackAccess, bytes: ArrayBuffer, onProgress: (fraction: number) => void) => Promise<unknown>;
import { isRefusal, startedUpload, type UploadState } from './upload-state';

/**
 * Uploads a feedback's photos one at a time, after the feedback itself exists. A failure stops
 * at that photo: `retry` sends it again, `skip` goes on without it.
 */
export function usePhotoUpload(uploader: PhotoUploader = uploadFeedbackPhoto) {
  const [state, setState] = useState<UploadState | null>(null);
  const job = useRef<{ access: FeedbackAccess; photos: PickedPhoto[]; next: number } | null>(null);

  const run = useCallback(async (): Promise<boolean> => {
    const current = job.current;
    if (!current) return false;
    const total = current.photos.length;
    for (; current.next < total; current.next++) {
      const index = current.next;
      setState(startedUpload(total, index));
      try {
        await uploader(current.access, current.photos[index]!.bytes, (fraction) => setState((s) => s && { ...s, fraction }));
      } catch (e) {
        const error = e as ApiRequestError;
        setState({ total, done: index, fraction: 0, uploading: false, error: error.message, refused: isRefusal(error.status) });
        return false;
      }
    }
    setState(startedUpload(total, total));
    return true;
  }, [uploader]);

  /** Uploads `photos` to the feedback; true when every one was stored. */
  const start = useCallback(
    (access: FeedbackAccess, photos: PickedPhoto[]) => {
      job.current = { access, photos, next: 0 };
      return run();
    },
    [run],
  );

  const retry = useCallback(() => run(), [run]);

  const skip = useCallback(() => {
    if (job.current) job.current.next++;
    return run();
  }, [run]);

  const reset = useCallback(() => {
    job.current = null;
    setState(null);
  }, []);

  return { state, start, retry, skip, reset };
}
