/** Debouncing for search boxes: query the store once typing pauses, not on every key. */
import { useEffect, useState } from 'preact/hooks';

/** `value`, updated `ms` after it last changed (at once when it becomes empty). */
export function useDebounced<T>(value: T, ms = 150): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (value === '' || ms <= 0) {
      setSettled(value);
      return;
    }
    const t = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return settled;
}
