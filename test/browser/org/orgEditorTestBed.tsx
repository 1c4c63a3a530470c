import { Repo, type DocHandle } from '@automerge/automerge-repo/slim';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import type { OrgDesignDoc } from '../../../shared/org/OrgDesignDoc';
import { newWorkshop } from '../../../shared/workshop/workshopChanges';
import type { WorkshopDoc } from '../../../shared/workshop/WorkshopDoc';
import { AppServicesProvider, type AppServices } from '../../../renderer/app/AppServices';
import { NotificationsProvider } from '../../../renderer/app/Notifications';
import { OrgEditor } from '../../../renderer/org/OrgEditor';
import { createBrowserPlatform } from '../../../renderer/platform/browser';
import { ObeyaDatabase } from '../../../renderer/storage/ObeyaDatabase';
import { WorkshopSync } from '../../../renderer/sync/workshopSync';

/** The design editor on a real repo and IndexedDB, as the app shows it. */
export class OrgEditorTestBed {
  readonly container = document.createElement('div');
  readonly repo = new Repo();
  readonly db = new ObeyaDatabase(`obeya-test-${crypto.randomUUID()}`);
  // Before any document: the sync sets the repo's pacing first.
  readonly services = {
    repo: this.repo,
    readyRepo: () => Promise.resolve(this.repo),
    db: this.db,
    platform: createBrowserPlatform(),
    sync: new WorkshopSync(this.repo),
  } as AppServices;
  readonly workshop: DocHandle<WorkshopDoc> = this.repo.create<WorkshopDoc>(
    newWorkshop({ title: 'Bank', client: '', date: '', facilitator: '' }, 1),
  );
  private root: Root | null = null;

  open(design: OrgDesignDoc): DocHandle<OrgDesignDoc> {
    const handle = this.repo.create<OrgDesignDoc>(design);
    document.body.append(this.container);
    this.root = createRoot(this.container);
    flushSync(() =>
      this.root!.render(
        <AppServicesProvider services={this.services}>
          <NotificationsProvider>
            <OrgEditor handle={handle as DocHandle<unknown>} workshopUrl={this.workshop.url} />
          </NotificationsProvider>
        </AppServicesProvider>,
      ),
    );
    return handle;
  }

  /** A button by its visible text (and accessible name). */
  button(name: string | RegExp): HTMLButtonElement | undefined {
    return [...this.container.querySelectorAll('button')].find((button) =>
      typeof name === 'string' ? button.textContent === name : name.test(button.textContent ?? ''),
    );
  }

  async close(): Promise<void> {
    flushSync(() => this.root?.unmount());
    this.container.remove();
    await this.repo.shutdown();
    this.db.close();
    await this.db.delete();
  }
}
