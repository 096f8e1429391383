import { useCallback, useEffect, useRef, useState, type DependencyList } from 'react';
import type { ApiRequestError } from '../api/errors';

export interface RequestState<T> {
  data: T | undefined;
  loading: boolean;
  error: ApiRequestError | null;
  reload(): Promise<void>;
}

/**
 * Loads data for a page and keeps its loading and error states; loads again when `deps` change.
 * A newer load wins over an older one that answers late (e.g. while typing a search).
 */
export function useRequest<T>(load: () => Promise<T>, deps: DependencyList): RequestState<T> {
  const [data, setData] = useState<T>();
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<ApiRequestError | null>(null);
  const latest = useRef({ load, generation: 0 });
  latest.current.load = load;

  const reload = useCallback(async () => {
    const mine = ++latest.current.generation;
    const isCurrent = () => mine === latest.current.generation;
    setLoading(true);
    setError(null);
    try {
      const result = await latest.current.load();
      if (isCurrent()) setData(result);
    } catch (e) {
      if (isCurrent()) setError(e as ApiRequestError);
    } finally {
      if (isCurrent()) setLoading(false);
    }
    // The caller's deps decide when to load again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { data, loading, error, reload };
}
