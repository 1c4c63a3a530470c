import { generateAutomergeUrl } from '@automerge/automerge-repo/slim';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  openAppServices,
  resumeSession,
  type AppServices,
} from '../../../renderer/app/AppServices';
import { ObeyaDatabase } from '../../../renderer/storage/ObeyaDatabase';

// openAppServices opens the app's own database: each test starts from an empty one.
describe('openAppServices and resumeSession', () => {
  const deletedWorkshopUrl = generateAutomergeUrl();
  let services: AppServices | undefined;

  beforeEach(async () => {
    const db = new ObeyaDatabase();
    await db.delete();
    await db.open();
    await db.settings.put({
      key: 'hub-session',
      value: { hubUrl: 'http://127.0.0.1:9', joinCode: 'ABCD-1234', peerName: 'Ann' },
    });
    await db.workshops.put({
      url: deletedWorkshopUrl,
      title: 'Deleted, undo still offered',
      client: '',
      date: '',
      facilitator: '',
      artefactCount: 0,
      updatedAt: 1,
      openedAt: 1,
      deletedAt: 1,
    });
    db.close();
  });

  afterEach(async () => {
    services?.sync.leave();
    await services?.repo.shutdown();
    // IndexedDB runs read-write transactions on one store in order: this one ends after the
    // purge's document deletions, which automerge-repo queued without being awaited.
    await services?.db.transaction('rw', services.db.chunks, () => undefined);
    services?.db.close();
    services = undefined;
  });

  it('opens storage without joining a hub or purging a deletion', async () => {
    services = await openAppServices();
    expect(services.sync.status.state).toBe('stopped');
    expect(await services.db.workshops.get(deletedWorkshopUrl)).toBeDefined();
  });

  it('in a window opened only to print, resumes without joining a hub or purging', async () => {
    services = await openAppServices();
    await resumeSession(services, { printOnly: true });
    expect(services.sync.status.state).toBe('stopped');
    expect(await services.db.workshops.get(deletedWorkshopUrl)).toBeDefined();
  });

  it('in the app window, rejoins the last hub and makes old deletions final', async () => {
    services = await openAppServices();
    await resumeSession(services, { printOnly: false });
    expect(services.sync.status.state).not.toBe('stopped');
    expect(await services.db.workshops.get(deletedWorkshopUrl)).toBeUndefined();
  });
});
