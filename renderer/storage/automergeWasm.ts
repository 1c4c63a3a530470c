// For the `?url` import, also when compiled through the tests' tsconfig, which lacks Vite's types.
/// <reference types="vite/client" />
import wasmUrl from '@automerge/automerge/automerge.wasm?url';
import { initializeWasm, isWasmInitialized } from '@automerge/automerge/slim';
import { compileWasmInWorker } from './compileWasmInWorker';
import { errorMessage } from '../../shared/errorMessage';

let initializing: Promise<void> | undefined;

/**
 * Loads Automerge's 3.6 MB wasm; await it before any Automerge or automerge-repo call. The
 * slim entries leave loading to us, so startup awaits one explicit step instead of a top-level
 * await hidden in the module graph (full entries) or a 4.9 MB base64 string (the base64
 * entries). A worker compiles it: even from Chromium's code cache, compiling it on the page
 * holds the main thread for ~150 ms. Concurrent and repeated calls share one compilation.
 */
export function initAutomerge(): Promise<void> {
  if (isWasmInitialized()) return Promise.resolve();
  initializing ??= compileWasmInWorker(new URL(wasmUrl, window.location.href).href)
    // Where no worker can start, the page compiles it itself.
    .catch(() => wasmUrl)
    // wasm-bindgen's loader instantiates a compiled module as it does bytes; its types omit it.
    .then((wasm) => initializeWasm(wasm as Parameters<typeof initializeWasm>[0]))
    .catch((error: unknown) => {
      // Let a later call retry instead of caching the failure forever.
      initializing = undefined;
      const reason = errorMessage(error);
      throw new Error(`The document engine did not load (${reason}).`, { cause: error });
    });
  return initializing;
}

export function isAutomergeReady(): boolean {
  return isWasmInitialized();
}
