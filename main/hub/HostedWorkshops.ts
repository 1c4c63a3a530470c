import { getMissingDeps } from '@automerge/automerge';
import {
  stringifyAutomergeUrl,
  type DocHandle,
  type DocumentId,
  type Repo,
  type RepoConfig,
} from '@automerge/automerge-repo';
import type { HostedWorkshop } from '../../shared/sync/hubApiSchemas';
import { documentsOfWorkshop, titleOfWorkshop } from '../../shared/sync/workshopDocuments';

// automerge-repo 2.5 does not export the ShareConfig type itself.
type ShareConfig = NonNullable<RepoConfig['shareConfig']>;

interface Workshop {
  documents: DocumentId[];
  title: string;
}

/**
 * The hub's share policy: exactly the documents of the workshops it hosts, i.e. each workshop
 * document and the artefacts it lists, kept current as artefacts are added. A document that
 * becomes shared is looked up at once, which makes the hub request it from every connected
 * peer; so a new artefact reaches everyone even when its first sync arrived before the workshop
 * change that lists it (and was refused then).
 */
export class HostedWorkshops {
  #workshops = new Map<DocumentId, Workshop>();
  #shared = new Set<DocumentId>();
  #repo: Repo | undefined;
  /** Called when a workshop is added or its document changes (its title, say). */
  onListChanged: () => void = () => undefined;

  readonly shareConfig: ShareConfig = {
    announce: async (_peerId, documentId) =>
      documentId !== undefined && this.#shared.has(documentId),
    access: async (_peerId, documentId) => this.#shared.has(documentId),
  };

  /** The repo whose documents these are; it is built with `shareConfig`, hence the two steps. */
  attach(repo: Repo): void {
    this.#repo = repo;
  }

  get sharedCount(): number {
    return this.#shared.size;
  }

  isShared(documentId: DocumentId): boolean {
    return this.#shared.has(documentId);
  }

  /** The hub's handle of a shared document. */
  handleOf(documentId: DocumentId): DocHandle<unknown> | undefined {
    return this.#shared.has(documentId) ? this.#repo?.handles[documentId] : undefined;
  }

  /** Whether the hub's copy of a shared document holds every one of `heads` (hex hashes). */
  hasHeads(documentId: DocumentId, heads: string[]): boolean {
    const handle = this.handleOf(documentId);
    // Not Automerge's hasHeads, which re-encodes every change it looks up: this is a lookup of
    // the hashes. It also lists the deps of changes still waiting for theirs, so a gap in the
    // hub's copy counts as not holding the heads.
    return handle?.isReady() === true && getMissingDeps(handle.doc(), heads).length === 0;
  }

  add(workshopId: DocumentId): void {
    if (this.#workshops.has(workshopId)) return;
    const handle = this.#open(workshopId);
    const workshop: Workshop = { documents: [workshopId], title: '' };
    this.#workshops.set(workshopId, workshop);
    this.#updateShared();
    const refresh = (doc: unknown) => {
      workshop.documents = documentsOfWorkshop(workshopId, doc);
      workshop.title = titleOfWorkshop(doc);
      this.#updateShared();
    };
    // 'heads-changed' carries the document: it fires before the handle counts as ready, and
    // when the whole workshop arrives in one sync message it is the only event, so the title is
    // read from it too (not from the handle, which has no document to give yet).
    handle.on('heads-changed', ({ doc }) => refresh(doc));
    if (handle.isReady()) refresh(handle.doc());
  }

  list(): HostedWorkshop[] {
    return [...this.#workshops].map(([id, { title }]) => ({
      id,
      url: stringifyAutomergeUrl({ documentId: id }),
      title,
    }));
  }

  #updateShared(): void {
    const shared = new Set([...this.#workshops.values()].flatMap(({ documents }) => documents));
    const changed =
      shared.size !== this.#shared.size || [...shared].some((id) => !this.#shared.has(id));
    this.#shared = shared;
    for (const id of shared) this.#open(id);
    if (changed) this.#repo?.shareConfigChanged();
    this.onListChanged();
  }

  #open(documentId: DocumentId): DocHandle<unknown> {
    const repo = this.#repo;
    if (!repo) throw new Error('HostedWorkshops.attach(repo) first');
    return repo.findWithProgress<unknown>(documentId).handle;
  }
}
