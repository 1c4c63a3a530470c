import { Repo, type DocHandle } from '@automerge/automerge-repo/slim';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import {
  deriveFutureState,
  fromTemplate,
  updateMapDetails,
  type ValueStreamMapDoc,
} from '../../../shared/vsm';
import { listedArtefacts } from '../../../shared/workshop/listedArtefacts';
import { addArtefact, deleteArtefact, newWorkshop } from '../../../shared/workshop/workshopChanges';
import type { WorkshopDoc } from '../../../shared/workshop/WorkshopDoc';
import { PRESENCE_TYPE, type PresenceMessage } from '../../../shared/sync/presence';
import { AppServicesProvider, type AppServices } from '../../../renderer/app/AppServices';
import { NotificationsProvider } from '../../../renderer/app/Notifications';
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
          <NotificationsProvider>
            <ArtefactList workshopHandle={workshop} />
          </NotificationsProvider>
        </AppServicesProvider>,
      ),
    );
  }

  const link = () => container.querySelector<HTMLAnchorElement>('.artefact-title')!;

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

  it('keeps the recorded title of a document this device does not have, and says so', async () => {
    const absent = new Repo();
    const elsewhere = absent.create({ kind: 'valueStreamMap', title: 'Elsewhere' });
    workshop.change((doc) => addArtefact(doc, elsewhere.url, 'valueStreamMap', 2, 'Elsewhere'));
    render();
    await expect
      .poll(() => container.querySelector('.artefact-meta')?.textContent)
      .toBe('Value stream map · not on this device yet');
    expect(link().textContent).toBe('Elsewhere');
    expect(link().hasAttribute('aria-busy')).toBe(false);
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

  describe('managing documents', () => {
    let current: DocHandle<ValueStreamMapDoc>;
    let future: DocHandle<ValueStreamMapDoc>;

    /** A current state of eight steps and the future state derived from it, linked both ways. */
    function addLinkedMaps(): void {
      const map = fromTemplate('software-delivery', 1);
      updateMapDetails(map, { title: 'Current state' });
      current = repo.create<ValueStreamMapDoc>(map);
      future = repo.create<ValueStreamMapDoc>(
        deriveFutureState(map, 2, { currentMapUrl: current.url }),
      );
      current.change((draft) => updateMapDetails(draft, { linkedMapUrl: future.url }));
      workshop.change((doc) => {
        addArtefact(doc, current.url, 'valueStreamMap', 3, 'Current state');
        addArtefact(doc, future.url, 'valueStreamMap', 3, future.doc().title);
      });
    }

    const titles = () =>
      [...container.querySelectorAll('.artefact-row')].map(
        (row) => row.querySelector('.artefact-title, input')?.textContent,
      );
    const rowOf = (title: string) =>
      [...container.querySelectorAll<HTMLElement>('.artefact-row')].find(
        (row) => row.querySelector('.artefact-title')?.textContent === title,
      );
    const titleLink = (title: string) => rowOf(title)?.querySelector('.artefact-title');
    const control = (label: string) =>
      container.querySelector<HTMLButtonElement>(`button[aria-label="${label}"]`)!;
    const notice = () => container.querySelector('.notice-message')?.textContent;
    const noticeButton = (label: string) =>
      [...container.querySelectorAll<HTMLButtonElement>('.notice button')].find(
        (button) => button.textContent === label,
      )!;

    async function loaded(): Promise<void> {
      await expect
        .poll(() => container.querySelectorAll('.artefact-title[aria-busy]').length)
        .toBe(0);
    }

    it('shows what each document is and its size once it is loaded, not before the first paint', async () => {
      addLinkedMaps();
      render();
      const meta = () =>
        [...container.querySelectorAll('.artefact-meta')].map((line) => line.textContent);
      expect(meta()).toEqual(['Value stream map', 'Value stream map']);
      await expect
        .poll(meta)
        .toEqual([
          'Value stream map · Current state · 8 steps',
          'Value stream map · Future state · 8 steps',
        ]);
      future.change((draft) => void draft.steps.splice(1, 7));
      await expect.poll(() => meta()[1]).toBe('Value stream map · Future state · 1 step');
    });

    it('renames a document from the keyboard through its own change function, focuses its title, and undoes the rename', async () => {
      addLinkedMaps();
      render();
      await loaded();
      control('Rename Current state').focus();
      await userEvent.keyboard('{Enter}');
      const input = container.querySelector<HTMLInputElement>('.inline-rename input')!;
      expect(document.activeElement).toBe(input);
      await userEvent.keyboard('As is{Enter}');
      await expect.poll(() => current.doc().title).toBe('As is');
      expect(workshop.doc().artefacts[0]?.title).toBe('As is');
      expect(document.activeElement).toBe(titleLink('As is'));
      expect(notice()).toBe('Renamed “Current state” to “As is”.');

      await userEvent.click(noticeButton('Undo'));
      expect(current.doc().title).toBe('Current state');
      expect(workshop.doc().artefacts[0]?.title).toBe('Current state');
      await expect.poll(() => document.activeElement).toBe(titleLink('Current state'));
    });

    it('keeps the title on Escape or when the new one is empty, with focus back on Rename', async () => {
      addLinkedMaps();
      render();
      await loaded();
      await userEvent.click(control('Rename Current state'));
      await userEvent.keyboard('{Control>}a{/Control}{Backspace}{Enter}');
      expect(container.querySelector('.field-error')?.textContent).toBe(
        'The title cannot be empty',
      );
      await userEvent.keyboard('{Escape}');
      expect(current.doc().title).toBe('Current state');
      expect(titles()).toEqual(['Current state', 'Future state']);
      await expect.poll(() => document.activeElement).toBe(control('Rename Current state'));
    });

    it('refuses a title the kind refuses, says so and changes nothing', async () => {
      addLinkedMaps();
      render();
      await loaded();
      await userEvent.click(control('Rename Current state'));
      // A map damaged elsewhere: the map's own change function refuses any change to it.
      current.change((draft) => void (draft.timeConventions.workingHoursPerDay = 0));
      await userEvent.keyboard('As is{Enter}');
      await expect
        .poll(() => container.querySelector('[role="alert"] .notice-message')?.textContent)
        .toMatch(/^Could not rename “Current state”: .+\. Nothing was changed\.$/);
      expect(current.doc().title).toBe('Current state');
      expect(workshop.doc().artefacts[0]?.title).toBe('Current state');
    });

    it('duplicates a map as an independent copy right after it, without its link to the future state, and focuses the copy', async () => {
      addLinkedMaps();
      render();
      await loaded();
      await userEvent.click(control('Duplicate Current state'));
      await expect.poll(titles).toEqual(['Current state', 'Current state (copy)', 'Future state']);
      await expect.poll(() => document.activeElement).toBe(titleLink('Current state (copy)'));
      expect(notice()).toBe('Duplicated “Current state” as “Current state (copy)”.');

      const copyRef = listedArtefacts(workshop.doc())[1]!;
      const copy = await repo.find<ValueStreamMapDoc>(copyRef.url as never);
      expect(copy.url).not.toBe(current.url);
      expect(copy.doc().steps).toEqual(current.doc().steps);
      expect(copy.doc().state).toBe('current');
      expect(copy.doc().linkedMapUrl).toBeUndefined();
      expect(current.doc().linkedMapUrl).toBe(future.url);
      expect(future.doc().linkedMapUrl).toBe(current.url);

      copy.change((draft) => void (draft.steps[0]!.name = 'Changed in the copy'));
      expect(current.doc().steps[0]!.name).not.toBe('Changed in the copy');

      await userEvent.click(control('Duplicate Current state'));
      await expect.poll(titles).toContain('Current state (copy 2)');
    });

    it('deletes a document at once, focuses the next one, and Undo brings it back in its place', async () => {
      addLinkedMaps();
      render();
      await loaded();
      await userEvent.click(control('Delete Current state'));
      expect(titles()).toEqual(['Future state']);
      expect(document.activeElement).toBe(titleLink('Future state'));
      expect(notice()).toBe('Deleted “Current state”.');
      expect(workshop.doc().artefacts[0]?.deletedAt).toBeTypeOf('number');
      // Hidden, not gone: the document stays until the deletion is final.
      expect(current.doc().title).toBe('Current state');

      await userEvent.click(noticeButton('Undo'));
      expect(titles()).toEqual(['Current state', 'Future state']);
      expect(workshop.doc().artefacts[0]?.deletedAt).toBeUndefined();
      await expect.poll(() => document.activeElement).toBe(titleLink('Current state'));
      expect(notice()).toBeUndefined();
    });

    it('makes the deletion final when the message expires: the partner forgets its link, the document is gone', async () => {
      addLinkedMaps();
      render();
      await loaded();
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      try {
        await userEvent.click(control('Delete Future state'));
        vi.advanceTimersByTime(10_000);
      } finally {
        vi.useRealTimers();
      }
      await expect
        .poll(() => workshop.doc().artefacts.map((ref) => ref.url))
        .toEqual([current.url]);
      await expect.poll(() => current.doc().linkedMapUrl).toBeUndefined();
      expect(future.isDeleted()).toBe(true);
      expect(notice()).toBeUndefined();
    });

    it('focuses the previous document after deleting the last, and the heading after deleting the only one', async () => {
      addLinkedMaps();
      render();
      await loaded();
      await userEvent.click(control('Delete Future state'));
      expect(document.activeElement).toBe(titleLink('Current state'));
      await userEvent.click(control('Delete Current state'));
      expect(container.querySelectorAll('.artefact-row')).toHaveLength(0);
      expect(document.activeElement).toBe(container.querySelector('#documents-heading'));
    });

    it('follows a deletion and a rename made on another laptop', async () => {
      addLinkedMaps();
      render();
      await loaded();
      // What arrives through sync: the workshop's deletion mark, the map's new title.
      workshop.change((doc) => void deleteArtefact(doc, future.url, 5));
      current.change((draft) => void (draft.title = 'Renamed elsewhere'));
      await expect.poll(titles).toEqual(['Renamed elsewhere']);
    });
  });
});
