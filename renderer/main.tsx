// First: the schemas built while the app's modules load must already see this configuration.
import './app/zodWithoutEval';
import { parseRoute, showsWithoutAutomerge } from './app/route';
import { initAutomerge } from './storage/automergeWasm';

// Every screen but the library needs Automerge's wasm (3.6 MB) at once: it downloads and
// compiles while the app's code loads. The library loads it after its first paint
// (useResumeSession).
// A failure here is reported where the wasm is awaited.
if (!showsWithoutAutomerge(parseRoute(window.location.hash)))
  initAutomerge().catch(() => undefined);
void import('./app/startApp').then(({ startApp }) => startApp());
