// Launches Obeya in Electron on the built app (npm start builds first). The Electron binary
// is a download from outside the npm registry, so it may be missing: try the download once,
// with a time limit, and otherwise point to the browser version in one line.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const APP_DIR = fileURLToPath(new URL('..', import.meta.url));
const DOWNLOAD_TIMEOUT_MS = 60_000;
const ELECTRON_DIR = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));

const binary = electronBinary() ?? (await downloadElectron());
launch(binary);

/**
 * The installed Electron executable, or null. Mirrors node_modules/electron/index.js, which
 * cannot be required here: when the binary is missing it starts a download with no time limit.
 */
function electronBinary() {
  const pathFile = path.join(ELECTRON_DIR, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH || path.join(ELECTRON_DIR, 'dist');
  const executable = path.join(distDir, readFileSync(pathFile, 'utf8').trim());
  return existsSync(executable) ? executable : null;
}

/** Runs Electron's own installer once (npm 11 skips install scripts), or exits with one line. */
async function downloadElectron() {
  const outcome = await new Promise((resolve) => {
    const installer = spawn(process.execPath, [path.join(ELECTRON_DIR, 'install.js')], {
      // Its failure output is a stack trace; the one line below says what to do instead.
      stdio: 'ignore',
      timeout: DOWNLOAD_TIMEOUT_MS,
      killSignal: 'SIGKILL',
    });
    installer.on('error', () => resolve('failed'));
    installer.on('close', (code, signal) => {
      if (signal !== null) resolve('timed-out');
      else resolve(code === 0 ? 'installed' : 'failed');
    });
  });
  const installed = outcome === 'installed' ? electronBinary() : null;
  if (installed !== null) return installed;
  console.error(
    outcome === 'timed-out'
      ? `Obeya: downloading the Electron binary took longer than ${DOWNLOAD_TIMEOUT_MS / 1000} s and was stopped. Run "npm start" to try again, or "npm run web" to use Obeya in your browser.`
      : 'Obeya: the Electron binary is not installed on this machine (no download possible). Run "npm run web" to use Obeya in your browser instead.',
  );
  process.exit(1);
}

/** Starts Electron on the app and mirrors its exit, forwarding Ctrl+C and termination. */
function launch(executable) {
  const env = { ...process.env };
  // Set in some shells and CI images; it would start Electron as plain Node.
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(executable, [APP_DIR, ...process.argv.slice(2)], { stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => child.kill(signal));
  }
  child.on('error', (error) => {
    console.error(`Obeya: could not start Electron (${error.message}).`);
    process.exit(1);
  });
  child.on('close', (code, signal) => process.exit(signal === null ? (code ?? 1) : 1));
}
