import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import wasm from 'vite-plugin-wasm';

export default defineConfig({
  root: 'renderer',
  // Relative asset URLs: the same build is served by the custom app:// protocol in Electron
  // and by the browser host or the hub over HTTP.
  base: './',
  plugins: [react(), wasm()],
  resolve: {
    // Our CSP forbids eval. cbor-x (automerge-repo's message codec) probes for it at load, and
    // each refusal makes Chromium report the violation with a source-position scan of the whole
    // bundle (~50 ms at start-up); its no-eval build decodes the same bytes without the probe.
    alias: [{ find: /^cbor-x$/, replacement: 'cbor-x/index-no-eval' }],
  },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'esnext',
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
  },
  worker: { format: 'es', plugins: () => [wasm()] },
});
