import { lazy, Suspense } from 'react';
import type { PrintRoute } from '../../shared/print/printRoute';
import type PrintView from './PrintView';
import { loadReportFaces } from './reportFont';

type PrintViewModule = { default: typeof PrintView };

let loaded: PrintViewModule | undefined;
let loading: Promise<PrintViewModule> | undefined;

/**
 * Loads the report layouts and print CSS (once), then starts on the report fonts: the chunk's
 * stylesheet, which declares their faces, is in the document by the time the import resolves.
 */
export function loadPrintView(): Promise<PrintViewModule> {
  loading ??= import('./PrintView').then((module) => {
    loaded = module;
    void loadReportFaces();
    return module;
  });
  return loading;
}

const LazyPrintView = lazy(loadPrintView);

/**
 * When the app starts on a print route (the PDF export's window) the report's code and fonts
 * load at once, while storage opens.
 */
export function preloadPrintView(hash: string): void {
  if (hash.startsWith('#/print/')) void loadPrintView();
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
