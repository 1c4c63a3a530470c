// Bundles the Electron main process and the preload into dist/main. One CommonJS file each:
// a sandboxed preload may require nothing but 'electron', so its dependencies (zod, the
// shared schemas) must be inlined.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const common = {
  absWorkingDir: fileURLToPath(new URL('..', import.meta.url)),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['electron'],
  sourcemap: true,
  logLevel: 'warning',
};

try {
  await Promise.all([
    build({ ...common, entryPoints: ['main/electron/index.ts'], outfile: 'dist/main/index.cjs' }),
    build({
      ...common,
      entryPoints: ['main/electron/preload.ts'],
      outfile: 'dist/main/preload.cjs',
    }),
  ]);
} catch {
  // esbuild has already printed the errors.
  process.exit(1);
}
