import { lazy, Suspense } from 'react';
import type PrintView from './PrintView';
import type { PrintRoute } from './printRoute';

let loaded: { default: typeof PrintView } | undefined;
const load = () => import('./PrintView').then((module) => (loaded = module));
const LazyPrintView = lazy(load);

/**
 * Report layouts, print CSS and the report fonts load only when a report is opened. When the
 * app starts on a print route (the PDF export's window) they start loading at once, while
 * storage opens.
 */
export function preloadPrintView(hash: string): void {
  if (hash.startsWith('#/print/')) void load();
}

/**
 * The print view, rendered directly once its code is in: React shows a suspended fallback
 * for at least 300 ms, a delay every PDF export would pay.
 */
export function PrintViewLoader({ route }: { route: PrintRoute }) {
  if (loaded) return <loaded.default route={route} />;
  return (
    <Suspense fallback={<p className="page muted">Preparing the report…</p>}>
      <LazyPrintView route={route} />
    </Suspense>
  );
}
