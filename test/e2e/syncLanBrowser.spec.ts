import path from 'node:path';
import { expect, test } from '@playwright/test';
import { startHub, type Hub } from '../../main/hub/startHub';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromiumPath';
import { hostOnHub, joinFromLink, openMap } from './syncSteps';

const RENDERER = path.resolve('dist/renderer');
/** A name for the hub's laptop, as a participant's browser reaches it across the room. */
const LAN_NAME = 'coach-laptop.obeya.test';

// The link a participant opens is plain http:// to the host's LAN address: not a secure context,
// so the browser withholds crypto.randomUUID and crypto.subtle. On 127.0.0.1 it would not (a
// loopback address counts as secure), so the hub's port is reached under another name here.
test.use({
  launchOptions: {
    executablePath: chromiumPath(),
    args: [...CHROMIUM_ARGS, `--host-resolver-rules=MAP ${LAN_NAME} 127.0.0.1`],
  },
});

test.describe('a participant with only a browser, across the LAN', () => {
  let hub: Hub;

  test.beforeEach(async () => {
    hub = await startHub({ rendererRoot: RENDERER, host: '127.0.0.1', hostName: 'Test host' });
  });

  test.afterEach(async () => {
    await hub.close();
  });

  test('joins from the link on plain http:// and adds steps the host sees', async ({ browser }) => {
    const { host } = await hostOnHub(browser, hub, 'Across the room');
    const hostEditor = await openMap(host);

    const lanLink = `http://${LAN_NAME}:${hub.port}/#/join/${hub.joinCode}`;
    const bob = await joinFromLink(browser, lanLink, 'Bob', async (context) => {
      const page = await context.newPage();
      await page.goto(`http://${LAN_NAME}:${hub.port}/`);
      // The premise: this page is as insecure as a LAN address makes it.
      expect(await page.evaluate(() => window.isSecureContext)).toBe(false);
      await page.close();
    });
    const bobsErrors: string[] = [];
    bob.on('pageerror', (error) => bobsErrors.push(error.message));
    const bobsEditor = await openMap(bob);
    await bobsEditor.expectMetric('Steps / handoffs', '8 / 7');

    await bobsEditor.showView('Table');
    await bob.getByRole('button', { name: 'Paste rows from a spreadsheet…' }).click();
    const paste = bob.getByRole('dialog', { name: 'Paste steps' });
    await paste.getByRole('textbox').fill('Name\tPT\tLT\nSecurity scan\t1 h\t3 h');
    await paste.getByRole('button', { name: 'Add steps' }).click();
    await expect(bob.locator('.rows-report')).toContainText('Added 1 step.');

    await hostEditor.expectMetric('Steps / handoffs', '9 / 8');
    await hostEditor.showView('Table');
    await expect(hostEditor.tableCell('Name of step 9')).toHaveValue('Security scan');
    expect(bobsErrors).toEqual([]);
  });
});
