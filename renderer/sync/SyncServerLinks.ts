import { OpenSocketClientAdapter } from '../../shared/sync/OpenSocketClientAdapter';
import {
  parseAutomergeUrl,
  type AutomergeUrl,
  type DocHandleEncodedChangePayload,
  type DocumentId,
  type PeerId,
  type Repo,
} from '@automerge/automerge-repo/slim';
import { documentsOfWorkshop } from '../../shared/sync/workshopDocuments';

export type SyncServerState = 'connecting' | 'live' | 'reconnecting';

export interface SyncServerStatus {
  serverUrl: string;
  state: SyncServerState;
  workshopUrls: AutomergeUrl[];
}

interface LinkedWorkshop {
  documents: Set<DocumentId>;
  stop(): void;
}

interface ServerLink {
  /** The stock adapter, with its own reconnecting: a sync server has no handshake of ours. */
  adapter: OpenSocketClientAdapter;
  state: SyncServerState;
  workshops: Map<AutomergeUrl, LinkedWorkshop>;
  /** Turns "connecting" into "unreachable, retrying" when the server never answers. */
  unansweredTimer: ReturnType<typeof setTimeout>;
}

/**
 * The stock adapter reports no failed attempt (a browser WebSocket says nothing about why), and
 * retries every 5 s; after two tries without an answer the badge says the server is unreachable.
 */
const UNANSWERED_MS = 10_000;

type Listener = () => void;

/**
 * Workshops synced through standard automerge-repo sync servers, beyond the room: one stock
 * WebSocket client per server, and a share policy that gives each server exactly the documents
 * of the workshops linked to it (the workshop and the artefacts it lists), never the rest of
 * this laptop. Other peers (a LAN hub) keep the policy the Repo had.
 */
export class SyncServerLinks {
  readonly #repo: Repo;
  readonly #links = new Map<string, ServerLink>();
  readonly #listeners = new Set<Listener>();
  #statuses: SyncServerStatus[] = [];

  constructor(repo: Repo) {
    this.#repo = repo;
    const previous = repo.shareConfig;
    repo.shareConfig = {
      announce: async (peerId, documentId) =>
        this.#linkOfPeer(peerId)
          ? documentId !== undefined && this.#shares(peerId, documentId)
          : previous.announce(peerId, documentId),
      access: async (peerId, documentId) =>
        this.#linkOfPeer(peerId)
          ? this.#shares(peerId, documentId)
          : previous.access(peerId, documentId),
    };
  }

  /** One entry per server, for the status badge; the same array until something changes. */
  get statuses(): SyncServerStatus[] {
    return this.#statuses;
  }

  statusOf(workshopUrl: AutomergeUrl): SyncServerStatus | undefined {
    return this.#statuses.find((status) => status.workshopUrls.includes(workshopUrl));
  }

  /** Keeps `workshopUrl` synced through the server at `serverUrl` (a validated ws/wss URL). */
  connect(serverUrl: string, workshopUrl: AutomergeUrl): void {
    if (this.#links.get(serverUrl)?.workshops.has(workshopUrl)) return;
    this.disconnect(workshopUrl);
    const link = this.#links.get(serverUrl) ?? this.#open(serverUrl);
    link.workshops.set(workshopUrl, this.#link(workshopUrl));
    this.#repo.shareConfigChanged();
    this.#changed();
  }

  disconnect(workshopUrl: AutomergeUrl): void {
    for (const [serverUrl, link] of this.#links) {
      const workshop = link.workshops.get(workshopUrl);
      if (!workshop) continue;
      workshop.stop();
      link.workshops.delete(workshopUrl);
      if (link.workshops.size === 0) {
        this.#links.delete(serverUrl);
        clearTimeout(link.unansweredTimer);
        try {
          this.#repo.networkSubsystem.removeNetworkAdapter(link.adapter);
        } catch {
          // It never opened a socket, so there is nothing to close.
        }
      }
      this.#repo.shareConfigChanged();
      this.#changed();
    }
  }

  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #open(serverUrl: string): ServerLink {
    const adapter = new OpenSocketClientAdapter(serverUrl);
    const setState = (state: SyncServerState) => {
      if (this.#links.get(serverUrl) !== link) return;
      link.state = state;
      this.#changed();
    };
    const link: ServerLink = {
      adapter,
      state: 'connecting',
      workshops: new Map(),
      unansweredTimer: setTimeout(() => {
        if (link.state === 'connecting') setState('reconnecting');
      }, UNANSWERED_MS),
    };
    this.#links.set(serverUrl, link);
    adapter.on('peer-candidate', () => setState('live'));
    adapter.on('peer-disconnected', () => setState('reconnecting'));
    this.#repo.networkSubsystem.addNetworkAdapter(adapter);
    return link;
  }

  /**
   * Loads the workshop and its artefacts, so they sync at once, and follows its artefact list:
   * an artefact added later is shared with the server as soon as the list names it.
   */
  #link(workshopUrl: AutomergeUrl): LinkedWorkshop {
    const workshopId = parseAutomergeUrl(workshopUrl).documentId;
    const handle = this.#repo.findWithProgress<unknown>(workshopUrl).handle;
    const linked: LinkedWorkshop = {
      documents: new Set([workshopId]),
      stop: () => handle.off('heads-changed', onHeadsChanged),
    };
    const refresh = (doc: unknown) => {
      const documents = documentsOfWorkshop(workshopId, doc);
      const added = documents.filter((id) => !linked.documents.has(id));
      if (added.length === 0 && documents.length === linked.documents.size) return;
      linked.documents = new Set(documents);
      for (const id of added) this.#repo.findWithProgress(id);
      this.#repo.shareConfigChanged();
    };
    // 'heads-changed' carries the document: it fires before a requested handle counts as ready.
    const onHeadsChanged = ({ doc }: DocHandleEncodedChangePayload<unknown>) => refresh(doc);
    handle.on('heads-changed', onHeadsChanged);
    if (handle.isReady()) refresh(handle.doc());
    return linked;
  }

  #linkOfPeer(peerId: PeerId): ServerLink | undefined {
    for (const link of this.#links.values()) if (link.adapter.remotePeerId === peerId) return link;
    return undefined;
  }

  #shares(peerId: PeerId, documentId: DocumentId): boolean {
    const link = this.#linkOfPeer(peerId);
    if (!link) return false;
    for (const workshop of link.workshops.values())
      if (workshop.documents.has(documentId)) return true;
    return false;
  }

  #changed(): void {
    this.#statuses = [...this.#links].map(([serverUrl, link]) => ({
      serverUrl,
      state: link.state,
      workshopUrls: [...link.workshops.keys()],
    }));
    for (const listener of this.#listeners) listener();
  }
}
