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
    // Stable: it reads only refs and state setters, and always the latest `load`.
  }, []);

  useEffect(
    () => {
      void reload();
    },
    // biome-ignore lint/correctness/useExhaustiveDependencies: `deps` is the caller's own dependency list (like useEffect's), the one thing that says when to load again; the effect reads nothing else that changes (reload is stable).
    deps,
  );

  return { data, loading, error, reload };
}
