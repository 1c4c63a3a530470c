import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import wasm from 'vite-plugin-wasm';

export default defineConfig({
  root: 'renderer',
  // Relative asset URLs: the same build is served by the custom app:// protocol in Electron
  // and by the browser host or the hub over HTTP.
  base: './',
  plugins: [react(), wasm()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'esnext',
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
  },
  worker: { format: 'es', plugins: () => [wasm()] },
});
