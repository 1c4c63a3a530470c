import path from 'node:path';
import {
  expect,
  test,
  type Browser,
  type BrowserContext,
  type Page,
  type WebSocketRoute,
} from '@playwright/test';
import { startHub, type Hub } from '../../main/hub/startHub';
import { createWorkshopWithMap, hostOnHub, joinFromLink, openMap } from './syncSteps';

const RENDERER = path.resolve('dist/renderer');

function participant(
  browser: Browser,
  hub: Hub,
  name: string,
  prepare?: (context: BrowserContext) => Promise<void>,
): Promise<Page> {
  return joinFromLink(browser, `${hub.url}/#/join/${hub.joinCode}`, name, prepare);
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
    // Four browsers on a 2-core machine.
    test.setTimeout(120_000);
    const host = await (await browser.newContext()).newPage();
    await host.goto(`${hub.url}/#/`);
    const workshopUrl = await createWorkshopWithMap(host, 'Room sync');
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
    // The workshop's home says who is in which document.
    const bobsEditor = await openMap(bob);
    await expect(host.getByRole('list', { name: 'In Current state' })).toHaveText('Bob');
    const editors = [await openMap(host), bobsEditor, await openMap(chen)];
    for (const editor of editors) await editor.expectMetric('Lead time', '57.75 h');
    await expect(host.getByRole('list', { name: 'Also here' })).toContainText('Bob');
    await expect(host.getByRole('list', { name: 'Also here' })).toContainText('Chen');
    // Each in a colour of their own (a device whose colour someone else shows takes another).
    const colourOf = (name: string) =>
      host
        .getByRole('list', { name: 'Also here' })
        .getByText(name, { exact: true })
        .evaluate((chip) => getComputedStyle(chip).color);
    await expect.poll(async () => (await colourOf('Bob')) !== (await colourOf('Chen'))).toBe(true);
    await expect(host.locator('.sync-badge')).toContainText('Live with 3 people');
    await editors[1]!.selectMapStep('QA');
    await expect(host.locator('svg').getByText('Bob', { exact: true })).toBeVisible();

    await Promise.all(editors.map((editor) => editor.showView('Table')));
    await Promise.all([
      editors[0]!.tableCell('LT of QA').fill('10 h'),
      editors[1]!.tableCell('LT of Code review').fill('3 h'),
      editors[2]!.tableCell('PT of Monitoring').fill('0.25 h'),
    ]);
    // 57.75 + 4 (QA) − 6 (code review) − 0.25 (Monitoring, whose typed wait of 0 h is kept, so
    // its lead time follows its process time) = 55.5 h.
    for (const editor of editors) {
      await editor.expectMetric('Lead time', '55.5 h');
      await editor.expectMetric('Process time', '20.5 h');
    }
    // In the table too, each row the others are on carries their name: Bob typed in Code review.
    const bobsRow = host.locator('.step-table tbody tr', {
      has: host.getByLabel('LT of Code review'),
    });
    await expect(bobsRow.locator('.remote-tags')).toHaveText('Bob');

    const stranger = await (await browser.newContext()).newPage();
    await stranger.goto(`${hub.url}/#/join/AAAABBBB`);
    const strangerDialog = stranger.getByRole('dialog', { name: 'Join a workshop' });
    await strangerDialog.getByLabel('Your name').fill('Mallory');
    await strangerDialog.getByRole('button', { name: 'Join' }).click();
    await expect(strangerDialog.getByRole('alert')).toContainText('Wrong join code');
    await strangerDialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(stranger.getByRole('heading', { name: 'No workshops yet' })).toBeVisible();
    // A refused code is not remembered: opened again, the app does not try it again.
    await stranger.reload();
    await expect(stranger.getByRole('heading', { name: 'No workshops yet' })).toBeVisible();
    await stranger.waitForTimeout(3000);
    await expect(stranger.locator('.sync-badge')).toHaveAttribute('data-sync', 'stopped');
  });

  test('edits made while the hub is down merge when it comes back', async ({ browser }) => {
    const { host, workshopUrl } = await hostOnHub(browser, hub, 'Hub restart');
    // Joining ends on the workshop's home; open the map from there, as the others do.
    const hostEditor = await openMap(host);
    const bob = await participant(browser, hub, 'Bob');
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

  test('a laptop cut off from the room edits alongside the others and merges when it is back', async ({
    browser,
  }) => {
    // Three browsers and a reconnection backoff on a 2-core machine.
    test.setTimeout(120_000);
    const { host } = await hostOnHub(browser, hub, 'Partition');
    // Joining ends on the workshop's home; open the map from there, as the others do.
    const hostEditor = await openMap(host);

    // Chen's sync WebSockets run through a route the test can cut: emulated offline stops new
    // requests (the join handshake) but leaves open WebSockets alone.
    const chenSockets: WebSocketRoute[] = [];
    let chenCutOff = false;
    const bob = await participant(browser, hub, 'Bob');
    const chen = await participant(browser, hub, 'Chen', async (context) => {
      await context.routeWebSocket(/\/sync\?/, (socket) => {
        if (chenCutOff) return void socket.close();
        socket.connectToServer();
        chenSockets.push(socket);
      });
    });
    const editors = [hostEditor, await openMap(bob), await openMap(chen)];
    for (const editor of editors) await editor.expectMetric('Lead time', '57.75 h');
    await Promise.all(editors.map((editor) => editor.showView('Table')));

    chenCutOff = true;
    await chen.context().setOffline(true);
    await Promise.all(chenSockets.splice(0).map((socket) => socket.close()));
    await expect(chen.locator('.sync-badge')).not.toHaveAttribute('data-sync', 'connected');

    await Promise.all([
      editors[0]!.tableCell('LT of QA').fill('10 h'),
      editors[1]!.tableCell('LT of Code review').fill('3 h'),
      editors[2]!.tableCell('PT of Monitoring').fill('0.25 h'),
    ]);
    await editors[2]!.tableCell('LT of Monitoring').fill('1 h');
    // 57.75 + 4 (QA) − 6 (code review) = 55.75 h in the room; Chen sees only Chen's edits.
    await editors[0]!.expectMetric('Lead time', '55.75 h');
    await editors[1]!.expectMetric('Lead time', '55.75 h');
    const chenLeadTime = await editors[2]!.metric('Lead time').textContent();
    expect(chenLeadTime).not.toBe('55.75 h');
    await expect(editors[2]!.tableCell('LT of QA')).not.toHaveValue('10 h');

    chenCutOff = false;
    await chen.context().setOffline(false);
    await expect(chen.locator('.sync-badge')).toHaveAttribute('data-sync', 'connected', {
      timeout: 30_000,
    });
    for (const editor of editors) {
      await expect(editor.tableCell('LT of QA')).toHaveValue('10 h');
      await expect(editor.tableCell('LT of Code review')).toHaveValue('3 h');
      await expect(editor.tableCell('PT of Monitoring')).toHaveValue('0.25 h');
      await expect(editor.tableCell('LT of Monitoring')).toHaveValue('1 h');
      await editor.expectMetric('Process time', '20.5 h');
    }
  });
});
