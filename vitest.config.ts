import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import wasm from 'vite-plugin-wasm';
import { defineConfig } from 'vitest/config';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromiumPath.ts';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/unit/**/*.test.ts'],
          setupFiles: ['test/unit/setup.ts'],
        },
      },
      {
        plugins: [react(), wasm()],
        build: { target: 'esnext' },
        optimizeDeps: {
          // Bundled up front: a dependency found mid-run makes Vite reload the page, and the
          // reloaded automerge-repo then talks to a second, uninitialised Automerge wasm.
          include: ['@automerge/automerge-repo/slim', 'dexie', 'react', 'react-dom/client', 'd3'],
          exclude: ['@automerge/automerge'],
        },
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.{ts,tsx}'],
          setupFiles: ['test/browser/setup.ts'],
          // A poll waits for what a test awaits, not a time it measures: on a slow CI machine
          // 1 s (the default) is too short for a render after IndexedDB and Automerge.
          expect: { poll: { timeout: 5_000 } },
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
