import path from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { startHub, type Hub } from '../../main/hub/startHub';
import { formatJoinCode } from '../../shared/sync/joinCode';
import { MapEditorPage } from './pages/MapEditorPage';

const RENDERER = path.resolve('dist/renderer');

async function participant(browser: Browser, hub: Hub, name: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${hub.url}/#/join/${hub.joinCode}`);
  const dialog = page.getByRole('dialog', { name: 'Join a workshop' });
  await expect(dialog.getByLabel('Join code')).toHaveValue(formatJoinCode(hub.joinCode));
  await dialog.getByLabel('Your name').fill(name);
  await dialog.getByRole('button', { name: 'Join' }).click();
  await expect(page.locator('.sync-badge')).toHaveAttribute('data-sync', 'connected');
  return page;
}

async function openMap(page: Page): Promise<MapEditorPage> {
  await page.getByRole('link', { name: /^Current state/ }).click();
  const editor = new MapEditorPage(page);
  await expect(editor.metric('Lead time')).toBeVisible();
  return editor;
}

test.describe('workshop sync through a LAN hub', () => {
  let hub: Hub;

  test.beforeEach(async () => {
    hub = await startHub({ rendererRoot: RENDERER, host: '127.0.0.1', hostName: 'Test host' });
  });

  test.afterEach(async () => {
    await hub.close();
  });

  test('three laptops edit one map concurrently and converge; a wrong code sees nothing', async ({
    browser,
  }) => {
    const host = await (await browser.newContext()).newPage();
    await host.goto(`${hub.url}/#/`);
    await host.getByRole('button', { name: 'New workshop' }).click();
    await host.getByLabel('Title (required)').fill('Room sync');
    await host.getByRole('button', { name: 'Create workshop' }).click();
    await host.getByRole('button', { name: 'New value stream map' }).click();
    await host.getByRole('radio', { name: /Software delivery pipeline/ }).check();
    await host.getByRole('button', { name: 'Create map' }).click();
    await expect(host.locator('.save-status')).toHaveText('All changes saved');
    const workshopUrl = decodeURIComponent(/#\/workshop\/([^/]+)/.exec(host.url())![1]!);
    hub.addWorkshop(workshopUrl as never);
    await host.getByRole('link', { name: '← Workshop' }).click();
    await host.getByRole('link', { name: '← Workshops' }).click();
    await host.getByRole('button', { name: 'Join a workshop…' }).click();
    const dialog = host.getByRole('dialog', { name: 'Join a workshop' });
    await dialog.getByLabel('Hub address').fill(hub.url);
    await dialog.getByLabel('Join code').fill(hub.joinCode);
    await dialog.getByLabel('Your name').fill('Anna');
    await dialog.getByRole('button', { name: 'Join' }).click();
    await expect(host.locator('.sync-badge')).toHaveAttribute('data-sync', 'connected');

    const bob = await participant(browser, hub, 'Bob');
    const chen = await participant(browser, hub, 'Chen');
    const editors = [await openMap(host), await openMap(bob), await openMap(chen)];
    for (const editor of editors) await editor.expectMetric('Lead time', '57.75 h');
    await expect(host.getByRole('list', { name: 'Also here' })).toContainText('Bob');
    await expect(host.getByRole('list', { name: 'Also here' })).toContainText('Chen');
    await editors[1]!.mapStep('QA').click();
    await expect(host.locator('svg').getByText('Bob', { exact: true })).toBeVisible();

    await Promise.all(editors.map((editor) => editor.showView('Table')));
    await Promise.all([
      editors[0]!.tableCell('LT of QA').fill('10 h'),
      editors[1]!.tableCell('LT of Code review').fill('3 h'),
      editors[2]!.tableCell('PT of Monitoring').fill('0.25 h'),
    ]);
    // 57.75 + 4 (QA) − 6 (code review) = 55.75 h; Monitoring's PT changes process time only.
    for (const editor of editors) {
      await editor.expectMetric('Lead time', '55.75 h');
      await editor.expectMetric('Process time', '20.5 h');
    }

    const stranger = await (await browser.newContext()).newPage();
    await stranger.goto(`${hub.url}/#/join/AAAABBBB`);
    const strangerDialog = stranger.getByRole('dialog', { name: 'Join a workshop' });
    await strangerDialog.getByLabel('Your name').fill('Mallory');
    await strangerDialog.getByRole('button', { name: 'Join' }).click();
    await expect(strangerDialog.getByRole('alert')).toContainText('Wrong join code');
    await strangerDialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(stranger.getByRole('heading', { name: 'No workshops yet' })).toBeVisible();
  });

  test('edits made while the hub is down merge when it comes back', async ({ browser }) => {
    const host = await (await browser.newContext()).newPage();
    await host.goto(`${hub.url}/#/`);
    await host.getByRole('button', { name: 'New workshop' }).click();
    await host.getByLabel('Title (required)').fill('Hub restart');
    await host.getByRole('button', { name: 'Create workshop' }).click();
    await host.getByRole('button', { name: 'New value stream map' }).click();
    await host.getByRole('radio', { name: /Software delivery pipeline/ }).check();
    await host.getByRole('button', { name: 'Create map' }).click();
    await expect(host.locator('.save-status')).toHaveText('All changes saved');
    const workshopUrl = decodeURIComponent(/#\/workshop\/([^/]+)/.exec(host.url())![1]!);
    hub.addWorkshop(workshopUrl as never);
    const mapHash = new URL(host.url()).hash;
    await host.goto(`${hub.url}/#/join/${hub.joinCode}`);
    const dialog = host.getByRole('dialog', { name: 'Join a workshop' });
    await dialog.getByLabel('Your name').fill('Anna');
    await dialog.getByRole('button', { name: 'Join' }).click();
    await expect(host.locator('.sync-badge')).toHaveAttribute('data-sync', 'connected');
    const bob = await participant(browser, hub, 'Bob');
    const hostEditor = new MapEditorPage(host);
    await host.goto(`${hub.url}/${mapHash}`);
    const bobEditor = await openMap(bob);

    const { port, joinCode } = hub;
    await hub.close();
    await Promise.all([hostEditor.showView('Table'), bobEditor.showView('Table')]);
    await hostEditor.tableCell('LT of QA').fill('10 h');
    await bobEditor.tableCell('LT of Code review').fill('3 h');
    await hostEditor.expectMetric('Lead time', '61.75 h');
    await bobEditor.expectMetric('Lead time', '51.75 h');

    hub = await startHub({ rendererRoot: RENDERER, host: '127.0.0.1', port, joinCode });
    hub.addWorkshop(workshopUrl as never);
    await hostEditor.expectMetric('Lead time', '55.75 h');
    await bobEditor.expectMetric('Lead time', '55.75 h');
  });
});
