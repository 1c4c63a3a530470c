import type { DocHandle, Repo } from '@automerge/automerge-repo/slim';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  deriveFutureState,
  fromTemplate,
  updateMapDetails,
  type ValueStreamMapDoc,
} from '../../../shared/vsm';
import { listedArtefacts } from '../../../shared/workshop/listedArtefacts';
import { addArtefact, deleteArtefact, newWorkshop } from '../../../shared/workshop/workshopChanges';
import type { WorkshopDoc } from '../../../shared/workshop/WorkshopDoc';
import { indexWorkshop } from '../../../renderer/library/workshopLibrary';
import { createRepo } from '../../../renderer/storage/createRepo';
import { isDocumentStored } from '../../../renderer/storage/isDocumentStored';
import { ObeyaDatabase } from '../../../renderer/storage/ObeyaDatabase';
import { WorkshopSync } from '../../../renderer/sync/workshopSync';
import {
  finalizeDocumentDeletions,
  purgeDeletedDocuments,
} from '../../../renderer/workshop/documentDeletion';

describe('deleting documents for good', () => {
  let db: ObeyaDatabase;
  let repo: Repo;
  let services: {
    repo: Repo;
    readyRepo: () => Promise<Repo>;
    db: ObeyaDatabase;
    sync: WorkshopSync;
  };
  let workshop: DocHandle<WorkshopDoc>;
  let current: DocHandle<ValueStreamMapDoc>;
  let future: DocHandle<ValueStreamMapDoc>;

  beforeEach(async () => {
    db = new ObeyaDatabase(`obeya-test-${crypto.randomUUID()}`);
    repo = createRepo({ db });
    services = { repo, readyRepo: async () => repo, db, sync: new WorkshopSync(repo) };
    const map = fromTemplate('software-delivery', 1);
    current = repo.create<ValueStreamMapDoc>(map);
    future = repo.create<ValueStreamMapDoc>(
      deriveFutureState(map, 2, { currentMapUrl: current.url }),
    );
    current.change((draft) => updateMapDetails(draft, { linkedMapUrl: future.url }));
    workshop = repo.create<WorkshopDoc>(
      newWorkshop({ title: 'Bank', client: '', date: '', facilitator: '' }, 1),
    );
    workshop.change((doc) => {
      addArtefact(doc, current.url, 'valueStreamMap', 3, 'Current state');
      addArtefact(doc, future.url, 'valueStreamMap', 3, 'Future state');
    });
    await repo.flush();
  });

  afterEach(async () => {
    await repo.shutdown();
    db.close();
    await db.delete();
  });

  const stored = (handle: DocHandle<unknown>) => isDocumentStored(db, handle.documentId);

  it('removes the document from the workshop and storage, and its partner forgets the link', async () => {
    expect(await stored(future)).toBe(true);
    workshop.change((doc) => void deleteArtefact(doc, future.url, 10));
    await finalizeDocumentDeletions(services, workshop, 10);
    expect(workshop.doc().artefacts.map((ref) => ref.url)).toEqual([current.url]);
    expect(current.doc().linkedMapUrl).toBeUndefined();
    await expect.poll(() => stored(future)).toBe(false);
    expect(await stored(current)).toBe(true);
  });

  it('leaves alone a deletion undone meanwhile and one made after the given time', async () => {
    workshop.change((doc) => void deleteArtefact(doc, future.url, 20));
    await finalizeDocumentDeletions(services, workshop, 10);
    expect(workshop.doc().artefacts).toHaveLength(2);
    expect(current.doc().linkedMapUrl).toBe(future.url);
    expect(await stored(future)).toBe(true);
  });

  it('at start, makes final what a closed window left deleted, as the library index records it', async () => {
    workshop.change((doc) => void deleteArtefact(doc, current.url, 10));
    await indexWorkshop(db, workshop.url, workshop.doc(), 10);
    expect((await db.workshops.get(workshop.url))?.pendingDeletions).toBe(1);
    expect((await db.workshops.get(workshop.url))?.artefactCount).toBe(1);

    await purgeDeletedDocuments(services, 11);
    expect(listedArtefacts(workshop.doc()).map((ref) => ref.url)).toEqual([future.url]);
    expect(workshop.doc().artefacts).toHaveLength(1);
    expect(future.doc().linkedMapUrl).toBeUndefined();
    expect((await db.workshops.get(workshop.url))?.pendingDeletions).toBeUndefined();
    await expect.poll(() => stored(current)).toBe(false);
  });

  it('at start, leaves a deleted workshop to the library, which removes it whole', async () => {
    workshop.change((doc) => void deleteArtefact(doc, current.url, 10));
    await indexWorkshop(db, workshop.url, workshop.doc(), 10);
    await db.workshops.update(workshop.url, { deletedAt: 10 });
    await purgeDeletedDocuments(services, 11);
    expect(workshop.doc().artefacts).toHaveLength(2);
  });
});
