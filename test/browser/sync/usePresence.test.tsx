import { Repo, type DocHandle, type PeerId } from '@automerge/automerge-repo/slim';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PRESENCE_TYPE, type PresenceMessage } from '../../../shared/sync/presence';
import { AppServicesProvider, type AppServices } from '../../../renderer/app/AppServices';
import { ObeyaDatabase } from '../../../renderer/storage/ObeyaDatabase';
import { usePresence } from '../../../renderer/sync/usePresence';

describe('usePresence', () => {
  let container: HTMLDivElement;
  let root: Root;
  let repo: Repo;
  let db: ObeyaDatabase;
  let handle: DocHandle<unknown>;

  function Editor() {
    usePresence(handle, null);
    return null;
  }

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    repo = new Repo();
    db = new ObeyaDatabase(`obeya-test-${crypto.randomUUID()}`);
    handle = repo.create({});
  });

  afterEach(async () => {
    flushSync(() => root.unmount());
    container.remove();
    await repo.shutdown();
    db.close();
    await db.delete();
  });

  it('announces itself again at once when someone new opens the document', async () => {
    const broadcast = vi.spyOn(handle, 'broadcast');
    const services = { repo, db } as unknown as AppServices;
    flushSync(() =>
      root.render(
        <AppServicesProvider services={services}>
          <Editor />
        </AppServicesProvider>,
      ),
    );
    await expect.poll(() => broadcast.mock.calls.length).toBe(1);

    const newcomer: PresenceMessage = {
      type: PRESENCE_TYPE,
      deviceId: 'bobs-laptop',
      name: 'Bob',
      // Not one of the palette's, so this person's own colour stays as it is.
      color: '#000001',
      selectedStepId: null,
    };
    handle.emit('ephemeral-message', { handle, senderId: 'hub' as PeerId, message: newcomer });
    // Well before the next heartbeat, 3 s after the first announcement.
    await expect.poll(() => broadcast.mock.calls.length, { timeout: 1000 }).toBe(2);

    // Bob's heartbeat changes nothing and asks for no announcement.
    handle.emit('ephemeral-message', { handle, senderId: 'hub' as PeerId, message: newcomer });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(broadcast).toHaveBeenCalledTimes(2);
  });
});
