import { useEffect, useState, type ReactNode } from 'react';
import { isAutomergeReady } from '../storage/automergeWasm';
import { useAppServices } from './AppServices';

/** Shows its children once Automerge's wasm is compiled: they read documents as they render. */
export function AutomergeGate({ children }: { children: ReactNode }) {
  const { readyRepo } = useAppServices();
  const [state, setState] = useState<'compiling' | 'ready' | Error>(() =>
    isAutomergeReady() ? 'ready' : 'compiling',
  );

  useEffect(() => {
    if (state !== 'compiling') return;
    let mounted = true;
    readyRepo().then(
      () => mounted && setState('ready'),
      (error: unknown) =>
        mounted && setState(error instanceof Error ? error : new Error(String(error))),
    );
    return () => {
      mounted = false;
    };
  }, [readyRepo, state]);

  if (state === 'ready') return children;
  if (state === 'compiling') return <main aria-busy="true" />;
  return (
    <main className="fatal" role="alert">
      <h1>Obeya could not load its document engine</h1>
      <p>{state.message}</p>
      <p>Nothing was changed. Reload the window to try again.</p>
    </main>
  );
}
