import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startBrowserHost } from './BrowserHost';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/renderer');
if (!existsSync(path.join(root, 'index.html'))) {
  console.error('Obeya: the renderer is not built yet. Run "npm run web" (it builds first).');
  process.exit(1);
}
const port = Number(process.env.PORT ?? 5190);
const host = await startBrowserHost({ root, port, host: process.env.HOST ?? '127.0.0.1' });
console.log(`Obeya is running at ${host.url}  (Ctrl+C to stop)`);
