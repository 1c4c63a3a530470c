// First: the schemas built while the app's modules load must already see this configuration.
import './app/zodWithoutEval';
import { initAutomerge } from './storage/automergeWasm';

// Automerge's wasm (3.6 MB) downloads and compiles while the app's code loads and parses.
const automergeReady = initAutomerge();
void import('./app/startApp').then(({ startApp }) => startApp(automergeReady));
