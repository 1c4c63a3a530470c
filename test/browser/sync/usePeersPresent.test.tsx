import { Repo, type DocHandle, type PeerId } from '@automerge/automerge-repo/slim';
import { memo } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PRESENCE_TYPE, type PresenceMessage } from '../../../shared/sync/presence';
import { usePeersPresent, type PeerPresence } from '../../../renderer/sync/usePeersPresent';

describe('usePeersPresent', () => {
  let container: HTMLDivElement;
  let root: Root;
  let repo: Repo;
  let handle: DocHandle<unknown>;
  let renders: number;

  function Probe() {
    return <Names peers={usePeersPresent(handle, 'this-laptop')} />;
  }

  /** Stands for the editor: renders when the list it is given is a new one. */
  const Names = memo(function Names({ peers }: { peers: PeerPresence[] }) {
    renders += 1;
    return (
      <ul>
        {peers.map((peer) => (
          <li key={peer.deviceId}>{`${peer.name}:${peer.selectedStepId ?? '-'}`}</li>
        ))}
      </ul>
    );
  });

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    repo = new Repo();
    handle = repo.create({});
    renders = 0;
    flushSync(() => root.render(<Probe />));
  });

  afterEach(async () => {
    vi.useRealTimers();
    flushSync(() => root.unmount());
    container.remove();
    await repo.shutdown();
  });

  const announce = (deviceId: string, name: string, selectedStepId: string | null = null) => {
    const message: PresenceMessage = {
      type: PRESENCE_TYPE,
      deviceId,
      name,
      color: '#1f6f8b',
      selectedStepId,
    };
    handle.emit('ephemeral-message', { handle, senderId: 'hub' as PeerId, message });
  };
  const shown = () => [...container.querySelectorAll('li')].map((item) => item.textContent);
  const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

  it('renders again only when someone arrives or changes, not for a heartbeat', async () => {
    announce('bob', 'Bob');
    await expect.poll(shown).toEqual(['Bob:-']);
    const rendersWithBob = renders;

    // Heartbeats come seconds apart, each on its own.
    for (let beat = 0; beat < 5; beat++) {
      announce('bob', 'Bob');
      await settle();
    }
    announce('this-laptop', 'Me in another window');
    await settle();
    expect(renders).toBe(rendersWithBob);

    announce('bob', 'Bob', 'step-qa');
    await expect.poll(shown).toEqual(['Bob:step-qa']);
    announce('chen', 'Chen');
    await expect.poll(shown).toEqual(['Bob:step-qa', 'Chen:-']);
  });

  it('lets go of someone no longer heard from, and keeps those whose heartbeats go on', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'Date'] });
    flushSync(() => root.render(<Probe key="fresh" />));
    announce('bob', 'Bob');
    announce('chen', 'Chen');
    await expect.poll(shown).toEqual(['Bob:-', 'Chen:-']);
    for (let second = 1; second <= 9; second++) {
      vi.advanceTimersByTime(1000);
      if (second % 3 === 0) announce('chen', 'Chen');
    }
    await expect.poll(shown).toEqual(['Chen:-']);
  });
});
