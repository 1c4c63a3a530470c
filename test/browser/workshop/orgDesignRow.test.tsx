import { Repo, type DocHandle } from '@automerge/automerge-repo/slim';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { preloadedOrgDesign } from '../../../shared/org/preloadedDesigns';
import type { OrgDesignDoc } from '../../../shared/org/OrgDesignDoc';
import { addArtefact, newWorkshop } from '../../../shared/workshop/workshopChanges';
import type { WorkshopDoc } from '../../../shared/workshop/WorkshopDoc';
import { AppServicesProvider, type AppServices } from '../../../renderer/app/AppServices';
import { NotificationsProvider } from '../../../renderer/app/Notifications';
import { ObeyaDatabase } from '../../../renderer/storage/ObeyaDatabase';
import { WorkshopSync } from '../../../renderer/sync/workshopSync';
import { ArtefactList } from '../../../renderer/workshop/ArtefactList';

describe('an organisation design on the workshop home', () => {
  let container: HTMLDivElement;
  let root: Root;
  let repo: Repo;
  let db: ObeyaDatabase;
  let workshop: DocHandle<WorkshopDoc>;
  let services: AppServices;

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    repo = new Repo();
    db = new ObeyaDatabase(`obeya-test-${crypto.randomUUID()}`);
    // Before any document: the sync sets the repo's pacing first.
    services = { repo, db, sync: new WorkshopSync(repo) } as unknown as AppServices;
    workshop = repo.create<WorkshopDoc>(
      newWorkshop({ title: 'Bank', client: '', date: '', facilitator: '' }, 1),
    );
  });

  afterEach(async () => {
    flushSync(() => root.unmount());
    container.remove();
    await repo.shutdown();
    db.close();
    await db.delete();
  });

  it('is summed up with its failing checks once their code has loaded after the paint', async () => {
    const doc = preloadedOrgDesign('matrix', 1, undefined, 'Target organisation');
    const scenario = Object.values(doc.scenarios)[0]!;
    for (const [key, placement] of Object.entries(scenario.placements)) {
      if (placement.roleId === 'gatekeeper') delete scenario.placements[key];
    }
    const design = repo.create<OrgDesignDoc>(doc);
    workshop.change((draft) =>
      addArtefact(draft, design.url, 'orgDesign', 2, 'Target organisation'),
    );
    flushSync(() =>
      root.render(
        <AppServicesProvider services={services}>
          <NotificationsProvider>
            <ArtefactList workshopHandle={workshop} />
          </NotificationsProvider>
        </AppServicesProvider>,
      ),
    );
    // Both services lose their Gatekeeper: two errors.
    await expect
      .poll(() => container.querySelector('.artefact-meta')?.textContent, { timeout: 5000 })
      .toBe('Organisation design · Matrix · 18 people · 2 services · 2 checks failing');
  });
});
