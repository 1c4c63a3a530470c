import type { PrintRoute } from '../../shared/print/printRoute';
import { preloadable } from '../app/preloadable';
import { loadReportFaces } from './reportFont';

/**
 * The report layouts and print CSS, loaded once; then the report fonts start loading: the
 * chunk's stylesheet, which declares their faces, is in the document by the time it resolves.
 */
const printView = preloadable(
  () =>
    import('./PrintView').then((module) => {
      void loadReportFaces();
      return module.default;
    }),
  <p className="page muted">Preparing the report…</p>,
);

export const loadPrintView = printView.preload;

/**
 * When the app starts on a print route (the PDF export's window) the report's code and fonts
 * load at once, while storage opens.
 */
export function preloadPrintView(hash: string): void {
  if (hash.startsWith('#/print/')) void loadPrintView();
}

export function PrintViewLoader({ route }: { route: PrintRoute }) {
  return <printView.Component route={route} />;
}
