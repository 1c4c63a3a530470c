import { useEffect } from 'react';
import { parsePrintRoute } from '../../shared/print/printRoute';
import { warmUpAutomerge } from '../storage/warmUpAutomerge';
import { resumeSession, useAppServices } from './AppServices';
import { useAfterPaint } from './useAfterPaint';

/**
 * Once the first screen is painted, resumes the session (`resumeSession`), then warms up
 * Automerge. Loading its wasm takes the network, a core and a moment of the main thread: after
 * the paint, the library shows first.
 */
export function useResumeSession(): void {
  const services = useAppServices();
  const painted = useAfterPaint();
  useEffect(() => {
    if (!painted) return;
    const printOnly = parsePrintRoute(window.location.hash) !== null;
    resumeSession(services, { printOnly }).then(
      () => void warmUpAutomerge(),
      (error: unknown) => console.error('Obeya could not resume the session', error),
    );
  }, [painted, services]);
}
