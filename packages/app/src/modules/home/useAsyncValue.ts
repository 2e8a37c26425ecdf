import { useCallback, useEffect, useState } from 'react';

/** The state of a value being loaded, and a way to load it again. */
export interface AsyncValue<T> {
  loading: boolean;
  value?: T;
  error?: Error;
  retry: () => void;
}

/**
 * Loads a value when the component mounts, when `load` changes and when
 * `retry` is called; a stale answer is dropped.
 */
export function useAsyncValue<T>(load: () => Promise<T>): AsyncValue<T> {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<Omit<AsyncValue<T>, 'retry'>>({
    loading: true,
  });

  useEffect(() => {
    let current = true;
    setState({ loading: true });
    load().then(
      value => current && setState({ loading: false, value }),
      error => current && setState({ loading: false, error }),
    );
    return () => {
      current = false;
    };
  }, [load, attempt]);

  const retry = useCallback(() => setAttempt(n => n + 1), []);
  return { ...state, retry };
}
