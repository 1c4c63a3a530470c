import path from 'node:path';
import { expect, test } from '@playwright/test';
import { startBrowserHost, type BrowserHost } from '../../main/host/BrowserHost';
import type { DiscoveredHub, HubDiscovery } from '../../main/hub/discovery';
import { NearbyHubs } from '../../main/hub/NearbyHubs';
import { WorkshopHosting } from '../../main/hub/WorkshopHosting';
import { HUB_PROTOCOL_VERSION } from '../../shared/sync/hubProtocol';
import { createWorkshopWithMap, joinFromLink, openMap } from './syncSteps';

const RENDERER = path.resolve('dist/renderer');

/** mDNS without multicast: the test says which hubs the room announces. */
function roomAnnouncements() {
  let inView: DiscoveredHub[] = [];
  const browsers = new Set<(hubs: DiscoveredHub[]) => void>();
  const discovery: HubDiscovery = {
    announce: () => ({ update: () => undefined, stop: () => undefined }),
    browseHubs: (onChange) => {
      browsers.add(onChange);
      onChange(inView);
      return () => browsers.delete(onChange);
    },
    close: async () => undefined,
  };
  const announce = (hubs: DiscoveredHub[]) => {
    inView = hubs;
    for (const onChange of browsers) onChange(hubs);
  };
  return { discovery, announce };
}

test.describe('hosting from the browser host (npm run web)', () => {
  let browserHost: BrowserHost;
  let hosting: WorkshopHosting;
  const room = roomAnnouncements();

  test.beforeEach(async () => {
    const quiet = { info: () => undefined, warn: () => undefined };
    // The hub listens on loopback here; `npm run web` opens it to the room.
    hosting = new WorkshopHosting({ rendererRoot: RENDERER, host: '127.0.0.1', logger: quiet });
    browserHost = await startBrowserHost({
      root: RENDERER,
      hosting,
      nearbyHubs: new NearbyHubs(room.discovery),
    });
  });

  test.afterEach(async () => {
    await hosting.stop();
    await browserHost.close();
  });

  test('the coach hosts from the browser; one laptop joins from the link, another from the Join list', async ({
    browser,
  }) => {
    // Three browsers on a 2-core machine.
    test.setTimeout(120_000);
    const coach = await (await browser.newContext()).newPage();
    await coach.goto(browserHost.url);
    await createWorkshopWithMap(coach, 'Browser-hosted room');
    await coach.getByRole('link', { name: '← Workshop' }).click();
    // Hosting asks who is hosting: the room sees the name in its Join list and presence.
    await coach.getByRole('button', { name: 'Host this workshop' }).click();
    await expect(coach.getByRole('alert')).toHaveText(
      'Your name tells the room whose workshop this is.',
    );
    await coach.getByLabel('Your name').fill('Anna');
    await coach.getByLabel('Your name').press('Enter');
    const joinLink = coach.getByRole('link', { name: /\/#\/join\// });
    await expect(joinLink).toBeVisible();
    await expect(coach.locator('.join-code')).toHaveText(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    await expect(coach.getByRole('img', { name: /^QR code of the join link/ })).toBeVisible();
    await expect(coach.locator('.sync-badge')).toHaveAttribute('data-sync', 'connected');
    const link = (await joinLink.getAttribute('href'))!;
    const hubUrl = new URL(link).origin;
    const joinCode = (await coach.locator('.join-code').textContent())!;

    const bob = await joinFromLink(browser, link, 'Bob');
    await expect(bob.getByRole('heading', { name: 'Browser-hosted room', level: 1 })).toBeVisible();

    // Chen uses the browser host too, and picks the hub from the list the room announces.
    room.announce([
      {
        name: 'Coach 1',
        url: hubUrl,
        hostName: "Coach's laptop",
        workshopTitle: 'Browser-hosted room',
        protocolVersion: HUB_PROTOCOL_VERSION,
      },
    ]);
    const chen = await (await browser.newContext()).newPage();
    await chen.goto(browserHost.url);
    await chen.getByRole('button', { name: 'Join a workshop…' }).click();
    const dialog = chen.getByRole('dialog', { name: 'Join a workshop' });
    const hubs = dialog.getByRole('list', { name: 'Workshops hosted on this network' });
    const choice = hubs.getByRole('button', { name: "Browser-hosted room — Coach's laptop" });
    await choice.focus();
    await chen.keyboard.press('Enter');
    await expect(choice).toHaveAttribute('aria-pressed', 'true');
    await expect(dialog.getByLabel('Hub address')).toHaveValue(hubUrl);
    await expect(dialog.getByLabel('Join code')).toBeFocused();
    await chen.keyboard.type(joinCode);
    await dialog.getByLabel('Your name').fill('Chen');
    await dialog.getByRole('button', { name: 'Join' }).click();
    await expect(
      chen.getByRole('heading', { name: 'Browser-hosted room', level: 1 }),
    ).toBeVisible();

    const editors = [await openMap(coach), await openMap(bob), await openMap(chen)];
    await Promise.all(editors.map((editor) => editor.showView('Table')));
    await editors[1]!.tableCell('LT of QA').fill('10 h');
    await editors[2]!.tableCell('LT of Code review').fill('3 h');
    for (const editor of editors) await editor.expectMetric('Lead time', '55.75 h');
    await expect(bob.getByRole('list', { name: 'Also here' })).toContainText('Anna');

    await coach.getByRole('link', { name: '← Workshop' }).click();
    await coach.getByRole('button', { name: 'Stop hosting' }).click();
    await expect(coach.getByRole('button', { name: 'Host this workshop' })).toBeVisible();
    await expect(bob.locator('.sync-badge')).not.toHaveAttribute('data-sync', 'connected');
  });
});
