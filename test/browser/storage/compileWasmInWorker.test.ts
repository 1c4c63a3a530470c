import wasmUrl from '@automerge/automerge/automerge.wasm?url';
import { describe, expect, it } from 'vitest';
import { compileWasmInWorker } from '../../../renderer/storage/compileWasmInWorker';

describe('compileWasmInWorker', () => {
  it("hands the page Automerge's compiled module", async () => {
    const module = await compileWasmInWorker(new URL(wasmUrl, window.location.href).href);
    expect(module).toBeInstanceOf(WebAssembly.Module);
    const exports = WebAssembly.Module.exports(module).map((entry) => entry.name);
    expect(exports).toContain('memory');
    expect(exports.length).toBeGreaterThan(100);
  });

  it('says which wasm did not compile', async () => {
    const missing = new URL('/no-such-module.wasm', window.location.href).href;
    await expect(compileWasmInWorker(missing)).rejects.toThrow(
      `The wasm at ${missing} did not compile`,
    );
  });
});
