import react from '@vitejs/plugin-react';
import { defineConfig, type HtmlTagDescriptor, type Plugin } from 'vite';
import wasm from 'vite-plugin-wasm';

export default defineConfig({
  root: 'renderer',
  // Relative asset URLs: the same build is served by the custom app:// protocol in Electron
  // and by the browser host or the hub over HTTP.
  base: './',
  plugins: [react(), wasm(), preloadAppChunks()],
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

/**
 * The entry imports the app dynamically, so that Automerge's wasm starts downloading first; Vite
 * would fetch the app's chunks only once the entry has run. Listing them in index.html as
 * `modulepreload` lets Chromium fetch and compile them alongside the entry instead.
 */
function preloadAppChunks(): Plugin {
  return {
    name: 'obeya:preload-app-chunks',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        const chunks = Object.values(bundle ?? {}).flatMap((output) =>
          output.type === 'chunk' ? [output] : [],
        );
        const app = chunks.find((chunk) => chunk.facadeModuleId?.endsWith('/app/startApp.tsx'));
        if (!app) return [];
        const files = new Set<string>();
        const add = (fileName: string) => {
          if (files.has(fileName)) return;
          files.add(fileName);
          for (const imported of chunks.find((chunk) => chunk.fileName === fileName)?.imports ?? [])
            add(imported);
        };
        add(app.fileName);
        const entry = chunks.find((chunk) => chunk.isEntry);
        return [...files]
          .filter((file) => file !== entry?.fileName && !entry?.imports.includes(file))
          .map((file): HtmlTagDescriptor => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` },
            injectTo: 'head',
          }));
      },
    },
  };
}
