import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';

/**
 * The same app in Electron, where an Electron binary is installed (not on build machines
 * without access to its download: then these tests skip, saying so). `npm run build` first.
 */
function electronBinary(): string | null {
  const dir = path.resolve('node_modules/electron');
  const pathFile = path.join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const executable = path.join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(executable) ? executable : null;
}

const binary = electronBinary();

test.describe('Electron shell', () => {
  test.skip(
    binary === null,
    'No Electron binary on this machine (installed with ELECTRON_SKIP_BINARY_DOWNLOAD)',
  );

  test('opens a sandboxed window on app:// and keeps a workshop across a restart', async () => {
    const userData = mkdtempSync(path.join(tmpdir(), 'obeya-e2e-'));
    const launch = () =>
      electron.launch({ executablePath: binary!, args: ['.', `--user-data-dir=${userData}`] });
    let app = await launch();
    let appWindow = await app.firstWindow();
    expect(appWindow.url()).toMatch(/^app:\/\/obeya\//);
    expect(
      await appWindow.evaluate(() => typeof (globalThis as { require?: unknown }).require),
    ).toBe('undefined');
    expect(
      await appWindow.evaluate(
        () => typeof (globalThis as { obeya?: { saveFile?: unknown } }).obeya?.saveFile,
      ),
    ).toBe('function');
    await appWindow.getByRole('button', { name: 'New workshop' }).click();
    await appWindow.getByLabel('Title (required)').fill('Electron workshop');
    await appWindow.getByRole('button', { name: 'Create workshop' }).click();
    await expect(appWindow.locator('.save-status')).toHaveText('All changes saved');
    await app.close();

    app = await launch();
    appWindow = await app.firstWindow();
    await expect(appWindow.getByRole('link', { name: 'Electron workshop' })).toBeVisible();
    await app.close();
  });
});
