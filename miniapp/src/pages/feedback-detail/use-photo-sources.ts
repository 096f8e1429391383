import { useEffect, useState } from 'react';
import { loadFeedbackPhoto, type FeedbackAccess } from '../../feedback/receipt-api';

/** Each photo's displayable source, `null` while loading, `'error'` when it failed. */
export type PhotoSources = Record<string, string | null>;
export const FAILED = 'error';

/**
 * Loads the photos one after another (kinder to a weak connection than all at once) with the
 * session or receipt; blob URLs are revoked when the page goes or the photos change.
 */
export function usePhotoSources(access: FeedbackAccess, photoIds: string[], attempt: number): PhotoSources {
  const [sources, setSources] = useState<PhotoSources>({});
  const key = photoIds.join(',');

  useEffect(() => {
    let cancelled = false;
    const made: string[] = [];
    setSources(Object.fromEntries(photoIds.map((id) => [id, null])));
    void (async () => {
      for (const id of photoIds) {
        let src: string;
        try {
          src = await loadFeedbackPhoto(access, id);
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
      made.forEach((url) => URL.revokeObjectURL(url));
    };
    // The ids, joined, say when the photos changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [access.id, access.receipt, key, attempt]);

  return sources;
}
