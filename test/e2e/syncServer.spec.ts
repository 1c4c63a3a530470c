import type { AddressInfo } from 'node:net';
import { parseAutomergeUrl, Repo } from '@automerge/automerge-repo';
import { WebSocketServerAdapter } from '@automerge/automerge-repo-network-websocket';
import { expect, test, type Page } from '@playwright/test';
import { WebSocketServer } from 'ws';
import { asAdapterServer } from '../../main/hub/GuardedWebSocketServerAdapter';
import { LibraryPage } from './pages/LibraryPage';
import { createWorkshopWithMap, openMap } from './syncSteps';

/**
 * Beyond one room: two laptops that never share a LAN hub sync one workshop through a bare
 * automerge-repo server — the stock WebSocket server adapter, default settings, no app code.
 */
test.describe('workshop sync through a standard automerge-repo sync server', () => {
  let wss: WebSocketServer;
  let serverRepo: Repo;
  let serverUrl: string;

  test.beforeEach(async () => {
    wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise((resolve) => wss.once('listening', resolve));
    serverRepo = new Repo({ network: [new WebSocketServerAdapter(asAdapterServer(wss))] });
    serverUrl = `ws://127.0.0.1:${(wss.address() as AddressInfo).port}`;
  });

  test.afterEach(async () => {
    await serverRepo.shutdown();
    await new Promise((resolve) => wss.close(resolve));
  });

  const serverBadge = (page: Page) => page.locator('[data-sync-server]');

  test('two laptops connect one workshop by URL, edit concurrently and converge', async ({
    browser,
  }) => {
    const anna = await (await browser.newContext()).newPage();
    const library = new LibraryPage(anna);
    await library.open();
    // A workshop of another client, open on the same laptop: it must not reach the server.
    const privateUrl = await createWorkshopWithMap(anna, 'Another client');
    await library.open();
    const workshopUrl = await createWorkshopWithMap(anna, 'Two sites');
    await anna.getByRole('link', { name: '← Workshop' }).click();

    const address = anna.getByLabel('Sync server address');
    await address.fill('http://127.0.0.1:3030');
    await anna.getByRole('button', { name: 'Connect to the sync server' }).click();
    await expect(anna.getByRole('alert')).toHaveText(
      'A sync server address starts with ws:// or wss://, for example wss://sync.example.org.',
    );
    await expect(address).toHaveAttribute('aria-invalid', 'true');
    await address.fill(serverUrl);
    await anna.getByRole('button', { name: 'Connect to the sync server' }).click();
    await expect(serverBadge(anna)).toHaveAttribute('data-sync-server', 'live');
    await expect(serverBadge(anna)).toHaveText('Live — sync server');
    await expect(anna.getByLabel('Workshop link')).toHaveValue(workshopUrl);

    const ben = await (await browser.newContext()).newPage();
    await new LibraryPage(ben).open();
    await ben.getByRole('button', { name: 'Join a workshop…' }).click();
    const dialog = ben.getByRole('dialog', { name: 'Join a workshop' });
    await dialog.getByRole('radio', { name: 'On a sync server' }).check();
    await dialog.getByLabel('Sync server address').fill(serverUrl);
    await dialog.getByLabel('Workshop link').fill('automerge:not-a-workshop');
    await dialog.getByLabel('Your name').fill('Ben');
    await dialog.getByRole('button', { name: 'Join' }).click();
    await expect(dialog.getByRole('alert')).toContainText('A workshop link looks like automerge:');
    await dialog.getByLabel('Workshop link').fill(workshopUrl);
    await dialog.getByRole('button', { name: 'Join' }).click();
    await expect(ben.getByRole('heading', { name: 'Two sites', level: 1 })).toBeVisible();
    await expect(serverBadge(ben)).toHaveAttribute('data-sync-server', 'live');

    const editors = [await openMap(anna), await openMap(ben)];
    for (const editor of editors) await editor.expectMetric('Lead time', '57.75 h');
    await expect(anna.getByRole('list', { name: 'Also here' })).toContainText('Ben');
    await Promise.all(editors.map((editor) => editor.showView('Table')));
    await Promise.all([
      editors[0]!.tableCell('LT of QA').fill('10 h'),
      editors[1]!.tableCell('LT of Code review').fill('3 h'),
    ]);
    for (const editor of editors) await editor.expectMetric('Lead time', '55.75 h');

    // The server holds the shared workshop and its map, and nothing else of Anna's laptop.
    const held = Object.keys(serverRepo.handles);
    expect(held).toContain(parseAutomergeUrl(workshopUrl as never).documentId);
    expect(held).toHaveLength(2);
    expect(held).not.toContain(parseAutomergeUrl(privateUrl as never).documentId);
  });
});
