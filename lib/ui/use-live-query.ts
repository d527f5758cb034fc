/**
 * A Preact hook around Dexie's `liveQuery`: the component re-renders whenever the data the query
 * read changes, in this context or another (a save in the background shows up in an open popup at
 * once). While a new query (changed deps) runs, the previous value stays on screen, flagged
 * `stale`, so lists do not collapse and jump.
 */
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

/** The state of a live query. */
export type LiveState<T> =
  | { status: 'loading'; value?: undefined; stale?: undefined; error?: undefined }
  | { status: 'ready'; value: T; stale: boolean; error?: undefined }
  | { status: 'error'; error: unknown; value?: T; stale?: undefined };

/**
 * Subscribes to `querier` (re-subscribing when `deps` change) and returns its latest state.
 * `querier` must only read through Dexie (that is what `liveQuery` observes).
 */
export function useLiveQuery<T>(querier: () => Promise<T>, deps: readonly unknown[]): LiveState<T> {
  const [state, setState] = useState<LiveState<T>>({ status: 'loading' });
  useEffect(() => {
    setState((prev) => (prev.status === 'ready' ? { ...prev, stale: true } : prev));
    let active = true;
    const subscription = liveQuery(querier).subscribe({
      next: (value) => {
        if (active) setState({ status: 'ready', value, stale: false });
      },
      error: (error: unknown) => {
        if (active) setState((prev) => ({ status: 'error', error, ...(prev.value !== undefined ? { value: prev.value } : {}) }));
      },
    });
    return () => {
      active = false;
      subscription.unsubscribe();
    };
    // The caller lists the query's inputs, as with useEffect.
  }, deps);
  return state;
}
