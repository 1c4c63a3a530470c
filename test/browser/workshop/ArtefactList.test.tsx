import { Repo, type DocHandle } from '@automerge/automerge-repo/slim';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addArtefact, newWorkshop } from '../../../shared/workshop/workshopChanges';
import type { WorkshopDoc } from '../../../shared/workshop/WorkshopDoc';
import { PRESENCE_TYPE, type PresenceMessage } from '../../../shared/sync/presence';
import { AppServicesProvider, type AppServices } from '../../../renderer/app/AppServices';
import { ObeyaDatabase } from '../../../renderer/storage/ObeyaDatabase';
import { WorkshopSync } from '../../../renderer/sync/workshopSync';
import { ArtefactList } from '../../../renderer/workshop/ArtefactList';

// Rendered with flushSync, not act(): the list's own timing (paint, then load) is under test.
describe('ArtefactList', () => {
  let container: HTMLDivElement;
  let root: Root;
  let repo: Repo;
  let workshop: DocHandle<WorkshopDoc>;
  let services: AppServices;
  let db: ObeyaDatabase;

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    repo = new Repo();
    db = new ObeyaDatabase(`obeya-test-${crypto.randomUUID()}`);
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

  function render(): void {
    flushSync(() =>
      root.render(
        <AppServicesProvider services={services}>
          <ArtefactList workshopHandle={workshop} />
        </AppServicesProvider>,
      ),
    );
  }

  const link = () => container.querySelector<HTMLAnchorElement>('.artefact-list a')!;

  it('lists a document by its recorded title first, then follows the document and records its title', async () => {
    const map = repo.create({ kind: 'valueStreamMap', title: 'Release flow, renamed' });
    workshop.change((doc) => addArtefact(doc, map.url, 'valueStreamMap', 2, 'Release flow'));
    const find = vi.spyOn(repo, 'find');
    render();
    // Rendered, not painted yet: the document has not been asked for.
    expect(find).not.toHaveBeenCalled();
    expect(link().textContent).toBe('Release flow');
    expect(link().getAttribute('aria-busy')).toBe('true');

    await expect.poll(() => link().textContent).toBe('Release flow, renamed');
    expect(link().hasAttribute('aria-busy')).toBe(false);
    await expect.poll(() => workshop.doc().artefacts[0]?.title).toBe('Release flow, renamed');
    expect(workshop.doc().updatedAt).toBe(2);

    map.change((doc) => void (doc.title = 'Release flow v3'));
    await expect.poll(() => link().textContent).toBe('Release flow v3');
    await expect.poll(() => workshop.doc().artefacts[0]?.title).toBe('Release flow v3');
  });

  it('loads a document listed without a recorded title at once', async () => {
    const map = repo.create({ kind: 'valueStreamMap', title: 'Intake' });
    workshop.change((doc) => addArtefact(doc, map.url, 'valueStreamMap', 2));
    const find = vi.spyOn(repo, 'find');
    render();
    expect(find).toHaveBeenCalledWith(map.url);
    expect(link().textContent).toBe('Loading…');
    await expect.poll(() => link().textContent).toBe('Intake');
    await expect.poll(() => workshop.doc().artefacts[0]?.title).toBe('Intake');
  });

  it('keeps the recorded title of a document this device does not have', async () => {
    const absent = new Repo();
    const elsewhere = absent.create({ kind: 'valueStreamMap', title: 'Elsewhere' });
    workshop.change((doc) => addArtefact(doc, elsewhere.url, 'valueStreamMap', 2, 'Elsewhere'));
    render();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(link().textContent).toBe('Elsewhere');
    expect(link().getAttribute('aria-busy')).toBe('true');
    await absent.shutdown();
  });

  it('lists who has each document open, from the presence they announce in it', async () => {
    const map = repo.create({ kind: 'valueStreamMap', title: 'Intake' });
    workshop.change((doc) => addArtefact(doc, map.url, 'valueStreamMap', 2, 'Intake'));
    render();
    await expect.poll(() => link().hasAttribute('aria-busy')).toBe(false);
    const bob: PresenceMessage = {
      type: PRESENCE_TYPE,
      deviceId: 'bobs-laptop',
      name: 'Bob',
      color: '#30638e',
      selectedStepId: null,
    };
    map.emit('ephemeral-message', { handle: map, senderId: 'hub' as never, message: bob });
    const present = () => container.querySelector('ul[aria-label="In Intake"]')?.textContent;
    await expect.poll(present).toBe('Bob');
    map.emit('ephemeral-message', {
      handle: map,
      senderId: 'hub' as never,
      message: 'not presence',
    });
    expect(present()).toBe('Bob');
  });
});
