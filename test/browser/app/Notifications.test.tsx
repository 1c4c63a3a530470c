import { useEffect } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  NotificationsProvider,
  useDismissNotice,
  useNotify,
} from '../../../renderer/app/Notifications';

type Notify = ReturnType<typeof useNotify>;

describe('NotificationsProvider', () => {
  let container: HTMLDivElement;
  let root: Root;
  let notify: Notify;
  let dismiss: (slot: string) => void;

  function Grab() {
    const grabbed = useNotify();
    const grabbedDismiss = useDismissNotice();
    useEffect(() => {
      notify = grabbed;
      dismiss = grabbedDismiss;
    }, [grabbed, grabbedDismiss]);
    return null;
  }

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    flushSync(() =>
      root.render(
        <NotificationsProvider>
          <Grab />
        </NotificationsProvider>,
      ),
    );
  });

  afterEach(() => {
    flushSync(() => root.unmount());
    container.remove();
  });

  const messages = () =>
    [...container.querySelectorAll('.notice-message')].map((element) => element.textContent);
  const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it('renews a message already on screen instead of showing it twice', async () => {
    const saved = { tone: 'info', message: 'Answers saved.', durationMs: 400 } as const;
    flushSync(() => notify(saved));
    await wait(250);
    flushSync(() => notify(saved));
    expect(messages()).toEqual(['Answers saved.']);
    // Past the first message's time, the renewed one still shows, then goes.
    await wait(250);
    expect(messages()).toEqual(['Answers saved.']);
    await expect.poll(messages).toEqual([]);
  });

  it('replaces the message of the same slot, keeps the others, and takes a slot away on request', async () => {
    const undo = { label: 'Undo', run: () => {} };
    flushSync(() => notify({ tone: 'info', message: 'Saved.' }));
    flushSync(() => notify({ tone: 'info', message: 'Placed Anna.', slot: 'c', action: undo }));
    flushSync(() => notify({ tone: 'info', message: 'Deleted Ben.', slot: 'c', action: undo }));
    expect(messages()).toEqual(['Saved.', 'Deleted Ben.']);
    flushSync(() => dismiss('c'));
    expect(messages()).toEqual(['Saved.']);
    // The replaced message's timer does not take its successor away early.
    flushSync(() => notify({ tone: 'info', message: 'One', slot: 'd', durationMs: 100 }));
    flushSync(() => notify({ tone: 'info', message: 'Two', slot: 'd', durationMs: 400 }));
    await wait(200);
    expect(messages()).toEqual(['Saved.', 'Two']);
  });

  it('shows a different message beside the one on screen', () => {
    flushSync(() => notify({ tone: 'info', message: 'Answers saved.' }));
    flushSync(() => notify({ tone: 'info', message: 'Round 2 started.' }));
    expect(messages()).toEqual(['Answers saved.', 'Round 2 started.']);
  });

  it('keeps two deletions with the same words apart, each with its own Undo', async () => {
    const undone: string[] = [];
    for (const name of ['first', 'second']) {
      flushSync(() =>
        notify({
          tone: 'info',
          message: 'Document deleted.',
          durationMs: 200,
          action: { label: 'Undo', run: () => undone.push(name) },
          onExpire: () => undone.push(`${name} final`),
        }),
      );
    }
    expect(messages()).toEqual(['Document deleted.', 'Document deleted.']);
    await expect.poll(() => undone.sort()).toEqual(['first final', 'second final']);
  });
});
