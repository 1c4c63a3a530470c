import { Repo } from '@automerge/automerge-repo/slim';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fromTemplate, type ValueStreamMapDoc } from '../../../shared/vsm';
import { AppServicesProvider, type AppServices } from '../../../renderer/app/AppServices';
import { NotificationsProvider } from '../../../renderer/app/Notifications';
import { choosePlatform } from '../../../renderer/platform';
import { ObeyaDatabase } from '../../../renderer/storage/ObeyaDatabase';
import { WorkshopSync } from '../../../renderer/sync/workshopSync';
import { ArtefactView } from '../../../renderer/workshop/ArtefactView';

/** A map as a newer Obeya might write it: its steps are no longer a list. */
function fromNewerObeya(map: ValueStreamMapDoc): unknown {
  return { ...map, steps: { byId: Object.fromEntries(map.steps.map((step) => [step.id, step])) } };
}

describe('ArtefactView', () => {
  let container: HTMLDivElement;
  let root: Root;
  let repo: Repo;
  let db: ObeyaDatabase;
  let services: AppServices;

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    repo = new Repo();
    db = new ObeyaDatabase(`obeya-test-${crypto.randomUUID()}`);
    services = {
      repo,
      db,
      sync: new WorkshopSync(repo),
      platform: choosePlatform(),
    } as unknown as AppServices;
  });

  afterEach(async () => {
    flushSync(() => root.unmount());
    container.remove();
    await repo.shutdown();
    db.close();
    await db.delete();
  });

  function open(url: string): void {
    flushSync(() =>
      root.render(
        <AppServicesProvider services={services}>
          <NotificationsProvider>
            <ArtefactView workshopUrl="automerge:workshop" artefactUrl={url} />
          </NotificationsProvider>
        </AppServicesProvider>,
      ),
    );
  }

  // The editor's and the schemas' code load on demand, slowly on a busy machine.
  const opening = { timeout: 10_000 };
  const alert = () => container.querySelector('main[role="alert"]');

  it('opens a map a newer Obeya changed as a screen that says why and that nothing changed', async () => {
    const handle = repo.create(fromNewerObeya(fromTemplate('software-delivery', 1)));
    const before = JSON.stringify(handle.doc());
    open(handle.url);
    await expect
      .poll(() => alert()?.querySelector('h1')?.textContent, opening)
      .toBe('This document cannot be shown on this laptop');
    await expect
      .poll(() => alert()!.textContent, opening)
      .toContain('may have been changed by a newer Obeya');
    expect(alert()!.textContent).toContain('Nothing was changed');
    expect(alert()!.querySelector('details')!.textContent).toContain('steps');
    expect(JSON.stringify(handle.doc())).toBe(before);
  });

  it('shows the map again once a change makes it readable', async () => {
    const map = fromTemplate('software-delivery', 1);
    const handle = repo.create(fromNewerObeya(map));
    open(handle.url);
    await expect.poll(() => alert(), opening).not.toBeNull();
    handle.change((doc) => {
      (doc as ValueStreamMapDoc).steps = JSON.parse(
        JSON.stringify(map.steps),
      ) as ValueStreamMapDoc['steps'];
    });
    await expect
      .poll(() => container.querySelector('h1')?.textContent, opening)
      .toContain(map.title);
    expect(alert()).toBeNull();
  });
});
