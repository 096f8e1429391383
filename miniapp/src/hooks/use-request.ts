import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiRequestError } from '../api/errors';

export interface RequestState<T> {
  data: T | undefined;
  loading: boolean;
  error: ApiRequestError | null;
  reload(): Promise<void>;
}

/**
 * Loads data for a page and keeps its loading and error states. Pass `null` to wait (e.g. until
 * the branch is known). A newer load wins over an older one that answers late.
 */
export function useRequest<T>(load: (() => Promise<T>) | null, deps: unknown[]): RequestState<T> {
  const [data, setData] = useState<T>();
  const [loading, setLoading] = useState(load !== null);
  const [error, setError] = useState<ApiRequestError | null>(null);
  const generation = useRef(0);

  // eslint-disable-next-line react-hooks/exhaustive-deps
  const run = useCallback(load ?? (async () => undefined as T), deps);

  const reload = useCallback(async () => {
    if (!load) return;
    const mine = ++generation.current;
    setLoading(true);
    setError(null);
    try {
      const result = await run();
      if (mine === generation.current) setData(result);
    } catch (e) {
      if (mine === generation.current) setError(e as ApiRequestError);
    } finally {
      if (mine === generation.current) setLoading(false);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [run, load === null]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { data, loading, error, reload };
}
