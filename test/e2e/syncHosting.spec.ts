import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { startBrowserHost, type BrowserHost } from '../../main/host/BrowserHost';
import type { DiscoveredHub, HubDiscovery } from '../../main/hub/discovery';
import { hostingMemoryFile } from '../../main/hub/HostingMemory';
import { NearbyHubs } from '../../main/hub/NearbyHubs';
import { WorkshopHosting } from '../../main/hub/WorkshopHosting';
import { HUB_PROTOCOL_VERSION } from '../../shared/sync/hubProtocol';
import { MapEditorPage } from './pages/MapEditorPage';
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
  let memoryFolder: string;
  const room = roomAnnouncements();

  test.beforeEach(async () => {
    const quiet = { info: () => undefined, warn: () => undefined };
    memoryFolder = await mkdtemp(path.join(os.tmpdir(), 'obeya-e2e-hosting-'));
    // The hub listens on loopback here; `npm run web` opens it to the room.
    hosting = new WorkshopHosting({
      rendererRoot: RENDERER,
      host: '127.0.0.1',
      logger: quiet,
      memory: hostingMemoryFile(path.join(memoryFolder, 'hosting.json'), quiet),
    });
    browserHost = await startBrowserHost({
      root: RENDERER,
      hosting,
      nearbyHubs: new NearbyHubs(room.discovery),
    });
  });

  test.afterEach(async () => {
    await hosting.stop();
    await browserHost.close();
    await rm(memoryFolder, { recursive: true, force: true });
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

  test('hosting again keeps the address and code: a browser in the room reconnects by itself, with its edits; a new code shuts it out', async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    const { coach, hosted: before } = await coachHosts(browser, browserHost.url, 'Lunch break');
    const { bob, bobEditor } = await bobJoinsWithBrowser(browser, before);

    await coach.getByRole('button', { name: 'Stop hosting' }).click();
    await expect(bob.locator('.sync-badge')).not.toHaveAttribute('data-sync', 'connected');
    await bobEditor.tableCell('LT of QA').fill('10 h');
    await bobEditor.expectMetric('Lead time', '61.75 h');
    const coachEditor = await openMap(coach);
    await coachEditor.showView('Table');
    await coachEditor.tableCell('LT of Code review').fill('3 h');

    await coach.getByRole('link', { name: '← Workshop' }).click();
    expect(await hostAs(coach, 'Anna')).toEqual(before);
    // No new link or code to hand round: Bob's page finds the hub again on its own.
    await expect(bob.locator('.sync-badge')).toHaveAttribute('data-sync', 'connected', {
      timeout: 40_000,
    });
    await bobEditor.expectMetric('Lead time', '55.75 h');
    await coach.getByRole('link', { name: /^Current state/ }).click();
    await new MapEditorPage(coach).expectMetric('Lead time', '55.75 h');

    // A new code, same address: whoever holds only the old one is shut out.
    await coach.getByRole('link', { name: '← Workshop' }).click();
    // Asked twice: a slip would disconnect everyone. Escape takes it back.
    const newCode = coach.getByRole('button', { name: 'New join code…' });
    await newCode.click();
    await expect(coach.getByRole('button', { name: 'Give the room a new code' })).toBeFocused();
    await coach.keyboard.press('Escape');
    await expect(newCode).toBeFocused();
    await expect(coach.locator('.join-code')).toHaveText(before.joinCode);
    await newCode.press('Enter');
    await coach.keyboard.press('Enter');
    await expect(coach.locator('.join-code')).not.toHaveText(before.joinCode);
    await expect(coach.getByRole('link', { name: /\/#\/join\// })).toHaveAttribute(
      'href',
      new RegExp(`^${before.hubUrl}/#/join/`),
    );
    await expect(coach.locator('.sync-badge')).toHaveAttribute('data-sync', 'connected');
    await expect(bob.locator('.sync-badge')).toHaveAttribute('data-sync', 'refused', {
      timeout: 40_000,
    });

    // Bob joins again from the badge: the hub's address and his name are filled in, the code is new.
    const newJoinCode = (await coach.locator('.join-code').textContent())!;
    const joinAgain = bob.getByRole('button', { name: 'Join again…' });
    const dialog = bob.getByRole('dialog', { name: 'Join a workshop' });
    // Closed without joining, it opens again from the badge.
    await joinAgain.click();
    await bob.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await joinAgain.click();
    await expect(dialog.getByLabel('Hub address')).toHaveValue(before.hubUrl);
    await expect(dialog.getByLabel('Your name')).toHaveValue('Bob');
    await expect(dialog.getByLabel('Join code')).toBeFocused();
    await bob.keyboard.type(newJoinCode);
    await bob.keyboard.press('Enter');
    await expect(bob.locator('.sync-badge')).toHaveAttribute('data-sync', 'connected');
    await expect(bob.getByRole('heading', { name: 'Lunch break', level: 1 })).toBeVisible();
  });

  test("after a crash the coach's laptop hosts again by itself, and the room reconnects", async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    const coachLaptop = await coachHosts(browser, browserHost.url, 'Crash-proof room');
    let coach = coachLaptop.coach;
    const before = coachLaptop.hosted;
    const { bob, bobEditor } = await bobJoinsWithBrowser(browser, before);

    // The app dies, its hub with it; Bob goes on editing.
    await coach.close();
    await hosting.stop();
    await expect(bob.locator('.sync-badge')).not.toHaveAttribute('data-sync', 'connected');
    await bobEditor.tableCell('LT of QA').fill('10 h');

    // Bob's wait before the next attempt has grown meanwhile.
    const badge = bob.locator('.sync-badge');
    await expect(badge).toHaveText(/^Offline — reconnecting in ([89]|\d\d) s$/, {
      timeout: 40_000,
    });
    const secondsLeft = Number(/in (\d+) s/.exec((await badge.textContent())!)![1]);
    const waitMs = (secondsLeft - 1) * 1000;
    const waitingSince = Date.now();
    // It counts down (only the words are announced: the seconds are hidden from screen readers).
    await expect(badge).toHaveText(`Offline — reconnecting in ${secondsLeft - 1} s`);
    await expect(badge.locator('[aria-hidden="true"]')).toHaveText(/^ in \d+ s$/);

    // Started again, it hosts what it hosted, without a click, where the room looks for it;
    // Bob need not sit out his wait.
    coach = await coachLaptop.laptop.newPage();
    await coach.goto(browserHost.url);
    await expect(coach.locator('.sync-badge')).toHaveAttribute('data-sync', 'connected');
    await bob.getByRole('button', { name: 'Reconnect now' }).focus();
    await bob.keyboard.press('Enter');
    await expect(badge).toHaveAttribute('data-sync', 'connected');
    expect(Date.now() - waitingSince).toBeLessThan(waitMs);
    await coach.getByRole('link', { name: 'Crash-proof room' }).click();
    await expect(coach.locator('.join-code')).toHaveText(before.joinCode);
    await openMap(coach);
    await new MapEditorPage(coach).expectMetric('Lead time', '61.75 h');
  });

  test('a laptop that joined hosts the workshop later, with what each edited while no one hosted', async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    const { coach, hosted: first } = await coachHosts(browser, browserHost.url, 'Handed-over room');

    // Chen's laptop runs Obeya too (here: the browser host's origin, its own IndexedDB).
    const chen = await (await browser.newContext()).newPage();
    await chen.goto(browserHost.url);
    await joinByAddress(chen, first, 'Chen');
    await expect(chen.getByRole('heading', { name: 'Handed-over room', level: 1 })).toBeVisible();

    // The coach leaves with the hub; both go on editing, each on their own.
    await coach.getByRole('button', { name: 'Stop hosting' }).click();
    await expect(chen.locator('.sync-badge')).not.toHaveAttribute('data-sync', 'connected');
    const chenEditor = await openMap(chen);
    await chenEditor.showView('Table');
    await chenEditor.tableCell('LT of QA').fill('10 h');
    await chenEditor.expectMetric('Lead time', '61.75 h');
    const coachEditor = await openMap(coach);
    await coachEditor.showView('Table');
    await coachEditor.tableCell('LT of Code review').fill('3 h');
    await coachEditor.expectMetric('Lead time', '51.75 h');

    // Chen hosts the same workshop from the data on Chen's laptop; the coach joins that hub.
    await chen.getByRole('link', { name: '← Workshop' }).click();
    await expect(chen.getByLabel('Your name')).toHaveValue('Chen');
    const second = await hostAs(chen, 'Chen');
    await coach.goto(browserHost.url);
    await joinByAddress(coach, second, 'Anna');
    for (const page of [chen, coach]) {
      await page.getByRole('link', { name: /^Current state/ }).click();
      await new MapEditorPage(page).expectMetric('Lead time', '55.75 h');
    }
  });
});

interface Hosted {
  hubUrl: string;
  joinCode: string;
}

/**
 * The coach's laptop (a browser context on the browser host at `url`): a new workshop with a
 * map, hosted as Anna; ends on the workshop's home.
 */
async function coachHosts(
  browser: Browser,
  url: string,
  title: string,
): Promise<{ laptop: BrowserContext; coach: Page; hosted: Hosted }> {
  const laptop = await browser.newContext();
  const coach = await laptop.newPage();
  await coach.goto(url);
  await createWorkshopWithMap(coach, title);
  await coach.getByRole('link', { name: '← Workshop' }).click();
  return { laptop, coach, hosted: await hostAs(coach, 'Anna') };
}

/**
 * Bob, with only a browser, joins from the join link and opens the map's table. His page, and
 * the IndexedDB with his edits, belong to the hub's address.
 */
async function bobJoinsWithBrowser(
  browser: Browser,
  hosted: Hosted,
): Promise<{ bob: Page; bobEditor: MapEditorPage }> {
  const bob = await joinFromLink(browser, `${hosted.hubUrl}/#/join/${hosted.joinCode}`, 'Bob');
  const bobEditor = await openMap(bob);
  await bobEditor.showView('Table');
  return { bob, bobEditor };
}

/** On a workshop's home, hosts it under `name`; the hub's address and code as the room sees them. */
async function hostAs(page: Page, name: string): Promise<Hosted> {
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('button', { name: 'Host this workshop' }).click();
  const joinLink = page.getByRole('link', { name: /\/#\/join\// });
  await expect(page.locator('.sync-badge')).toHaveAttribute('data-sync', 'connected');
  return {
    hubUrl: new URL((await joinLink.getAttribute('href'))!).origin,
    joinCode: (await page.locator('.join-code').textContent())!,
  };
}

/** Joins through the Join dialog by typing the hub's address and code, as where mDNS is blocked. */
async function joinByAddress(page: Page, hub: Hosted, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Join a workshop…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Join a workshop' });
  await dialog.getByLabel('Hub address').fill(hub.hubUrl);
  await dialog.getByLabel('Join code').fill(hub.joinCode);
  await dialog.getByLabel('Your name').fill(name);
  await dialog.getByRole('button', { name: 'Join' }).click();
  await expect(page.locator('.sync-badge')).toHaveAttribute('data-sync', 'connected');
}
