import { useEffect, useState } from 'react';
import { loadFeedbackPhoto, type FeedbackAccess } from '../../feedback/receipt-api';

/** Each photo's displayable source, `null` while loading, `'error'` when it failed. */
export type PhotoSources = Record<string, string | null>;
export const FAILED = 'error';

/**
 * Loads the photos one after another (kinder to a weak connection than all at once) with the
 * session or receipt; blob URLs are revoked when the page goes or the photos change. To load them
 * all again (after a failure), the caller mounts its component afresh (a new `key`).
 */
export function usePhotoSources(access: FeedbackAccess, photoIds: string[]): PhotoSources {
  const [sources, setSources] = useState<PhotoSources>({});
  // The caller's access and ids are new objects on every render: the effect follows what they say.
  const { id: feedbackId, receipt } = access;
  const idsKey = JSON.stringify(photoIds);

  useEffect(() => {
    const ids = JSON.parse(idsKey) as string[];
    const target: FeedbackAccess = { id: feedbackId, receipt: receipt ?? null };
    let cancelled = false;
    const made: string[] = [];
    setSources(Object.fromEntries(ids.map((id) => [id, null])));
    void (async () => {
      for (const id of ids) {
        let src: string;
        try {
          src = await loadFeedbackPhoto(target, id);
        } catch {
          src = FAILED;
        }
        const blob = src.startsWith('blob:');
        if (cancelled) {
          if (blob) URL.revokeObjectURL(src);
          break;
        }
        if (blob) made.push(src);
        setSources((current) => ({ ...current, [id]: src }));
      }
    })();
    return () => {
      cancelled = true;
      for (const url of made) URL.revokeObjectURL(url);
    };
  }, [feedbackId, receipt, idsKey]);

  return sources;
}
