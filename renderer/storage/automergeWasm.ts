// For the `?url` import, also when compiled through the tests' tsconfig, which lacks Vite's types.
/// <reference types="vite/client" />
import wasmUrl from '@automerge/automerge/automerge.wasm?url';
import { initializeWasm, isWasmInitialized } from '@automerge/automerge/slim';

let initializing: Promise<void> | undefined;

/**
 * Compiles Automerge's 3.6 MB wasm while it downloads; await it before any Automerge or
 * automerge-repo call. The slim entries leave loading to us, so startup awaits one explicit
 * step instead of a top-level await hidden in the module graph (full entries) or a 4.9 MB
 * base64 string (the base64 entries). Concurrent and repeated calls share one compilation.
 */
export function initAutomerge(): Promise<void> {
  if (isWasmInitialized()) return Promise.resolve();
  initializing ??= initializeWasm(wasmUrl).catch((error: unknown) => {
    // Let a later call retry instead of caching the failure forever.
    initializing = undefined;
    throw error;
  });
  return initializing;
}
