/**
 * Compiles a wasm module in a dedicated worker and hands it to the page, which then only
 * instantiates it: compiled code is shared between a page and its workers.
 */
export function compileWasmInWorker(absoluteUrl: string): Promise<WebAssembly.Module> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./wasmCompiler.worker.ts', import.meta.url), {
      type: 'module',
    });
    const finish = () => worker.terminate();
    worker.onmessage = (event: MessageEvent<WebAssembly.Module | string>) => {
      finish();
      if (event.data instanceof WebAssembly.Module) resolve(event.data);
      else reject(new Error(`The wasm at ${absoluteUrl} did not compile: ${String(event.data)}`));
    };
    worker.onerror = (event) => {
      finish();
      reject(new Error(`The wasm compiler worker failed: ${event.message}`));
    };
    worker.postMessage(absoluteUrl);
  });
}
