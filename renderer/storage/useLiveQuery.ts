import { liveQuery } from 'dexie';
import { useEffect, useState } from 'react';

/** Re-runs a Dexie query whenever the tables it read change (in this tab or another). */
export function useLiveQuery<T>(query: () => Promise<T>, deps: readonly unknown[]): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({ next: setValue, error: console.error });
    return () => subscription.unsubscribe();
    // The caller lists the query's inputs, as with useMemo.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return value;
}
