import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { PRESENCE_TYPE } from '../../../shared/sync/presence';
import { PresenceList } from '../../../renderer/sync/PresenceList';
import type { PeerPresence } from '../../../renderer/sync/usePeersPresent';

const NAMES = ['Bob', 'Chen', 'Dana', 'Emil', 'Fatima', 'Hiroko Yamada-Schmidt'];
const room: PeerPresence[] = NAMES.map((name, index) => ({
  type: PRESENCE_TYPE,
  deviceId: `device-${index}`,
  name,
  color: '#1f6f8b',
  selectedStepId: null,
}));

describe('PresenceList', () => {
  let container: HTMLDivElement;
  let root: Root;

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });

  afterEach(() => {
    flushSync(() => root.unmount());
    container.remove();
  });

  const render = (peers: PeerPresence[], max?: number) =>
    flushSync(() => root.render(<PresenceList peers={peers} max={max} />));
  const chips = () =>
    [...container.querySelectorAll('ul[aria-label="Also here"] > li:not(.presence-more)')].map(
      (chip) => chip.textContent,
    );
  const more = () => container.querySelector<HTMLButtonElement>('.presence-more button');
  const everyone = () => container.querySelector('ul[aria-label="Everyone here"]');

  it('shows everyone while they fit', () => {
    render(room.slice(0, 3), 3);
    expect(chips()).toEqual(['Bob', 'Chen', 'Dana']);
    expect(more()).toBeNull();
  });

  it('folds the rest of a full room into "+N", which opens everyone’s names', async () => {
    render(room, 3);
    expect(chips()).toEqual(['Bob', 'Chen', 'Dana']);
    expect(more()!.textContent).toBe('+3');
    expect(more()!.getAttribute('aria-label')).toBe('3 more here: show everyone');
    expect(more()!.getAttribute('aria-expanded')).toBe('false');
    expect(everyone()).toBeNull();

    await userEvent.click(more()!);
    expect(more()!.getAttribute('aria-expanded')).toBe('true');
    expect(more()!.getAttribute('aria-controls')).toBe(everyone()!.id);
    expect([...everyone()!.querySelectorAll('li')].map((chip) => chip.textContent)).toEqual(NAMES);
  });

  it('closes with Escape, back on its button, and with a click elsewhere', async () => {
    render(room, 3);
    more()!.focus();
    await userEvent.keyboard('{Enter}');
    expect(everyone()).not.toBeNull();
    await userEvent.keyboard('{Escape}');
    expect(everyone()).toBeNull();
    expect(document.activeElement).toBe(more());

    await userEvent.keyboard('{Enter}');
    expect(everyone()).not.toBeNull();
    await userEvent.click(document.body);
    expect(everyone()).toBeNull();
  });
});
