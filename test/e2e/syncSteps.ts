import {
  expect,
  type Browser,
  type BrowserContext,
  type Page,
  type Request,
} from '@playwright/test';
import type { Hub } from '../../main/hub/startHub';
import { HUB_PATHS } from '../../shared/sync/hubProtocol';
import { formatJoinCode } from '../../shared/sync/joinCode';
import { MapEditorPage } from './pages/MapEditorPage';

/** The steps the sync specs share, written as a coach and participants take them. */

/** Creates a workshop with one map from the pipeline template; ends on the map, saved. */
export async function createWorkshopWithMap(page: Page, title: string): Promise<string> {
  await page.getByRole('button', { name: 'New workshop' }).click();
  await page.getByLabel('Title (required)').fill(title);
  await page.getByRole('button', { name: 'Create workshop' }).click();
  await page.getByRole('button', { name: 'New value stream map' }).click();
  await page.getByRole('radio', { name: /Software delivery pipeline/ }).check();
  await page.getByRole('button', { name: 'Create map' }).click();
  // The workshop's home also says "All changes saved": wait for the map itself first.
  await page.waitForURL(/#\/workshop\/[^/]+\/doc\//);
  await expect(page.locator('.save-status')).toHaveText('All changes saved');
  return decodeURIComponent(/#\/workshop\/([^/]+)/.exec(page.url())![1]!);
}

/** On `page`, opens a join link and joins under `name`; ends on the workshop's home, live. */
export async function joinOnPage(page: Page, joinLink: string, name: string): Promise<void> {
  const handshakes: string[] = [];
  const countHandshakes = (request: Request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === HUB_PATHS.join) {
      handshakes.push(request.url());
    }
  };
  page.on('request', countHandshakes);
  await page.goto(joinLink);
  const dialog = page.getByRole('dialog', { name: 'Join a workshop' });
  const code = /#\/join\/(.+)$/.exec(joinLink)![1]!;
  await expect(dialog.getByLabel('Join code')).toHaveValue(formatJoinCode(code));
  await dialog.getByLabel('Your name').fill(name);
  await dialog.getByRole('button', { name: 'Join' }).click();
  await expect(page.locator('.sync-badge')).toHaveAttribute('data-sync', 'connected');
  page.off('request', countHandshakes);
  // One handshake: start-up's rejoin of the last hub must not redo the dialog's join.
  expect(handshakes).toHaveLength(1);
}

/** Opens a join link in a fresh browser context and joins under `name`. */
export async function joinFromLink(
  browser: Browser,
  joinLink: string,
  name: string,
  prepare?: (context: BrowserContext) => Promise<void>,
): Promise<Page> {
  const context = await browser.newContext();
  await prepare?.(context);
  const page = await context.newPage();
  await joinOnPage(page, joinLink, name);
  return page;
}

/**
 * The host's laptop: it creates a workshop with a map in a fresh browser context, `hub` hosts
 * the workshop, and it joins the hub as Anna; ends on the workshop's home.
 */
export async function hostOnHub(
  browser: Browser,
  hub: Hub,
  title: string,
): Promise<{ host: Page; workshopUrl: string }> {
  const host = await (await browser.newContext()).newPage();
  await host.goto(`${hub.url}/#/`);
  const workshopUrl = await createWorkshopWithMap(host, title);
  hub.addWorkshop(workshopUrl as never);
  await joinOnPage(host, `${hub.url}/#/join/${hub.joinCode}`, 'Anna');
  return { host, workshopUrl };
}

/** From the workshop's home, opens its current-state map. */
export async function openMap(page: Page): Promise<MapEditorPage> {
  await page.getByRole('link', { name: /^Current state/ }).click();
  const editor = new MapEditorPage(page);
  await expect(editor.metric('Lead time')).toBeVisible();
  return editor;
}
