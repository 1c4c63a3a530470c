import { randomBytes as cryptoRandomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  interpretAsDocumentId,
  isValidAutomergeUrl,
  parseAutomergeUrl,
  Repo,
  type AutomergeUrl,
  type DocumentId,
  type PeerId,
} from '@automerge/automerge-repo';
import { WebSocketServer } from 'ws';
import { cleanDisplayName } from '../../shared/sync/displayName';
import { generateJoinCode, parseJoinCode, type RandomBytes } from '../../shared/sync/joinCode';
import {
  RELAYED_CHANGES_SYNC_INTERVAL_MS,
  RELAYED_SYNC_INTERVAL_MS,
  setSyncInterval,
} from '../../shared/sync/syncInterval';
import { createStaticHandler } from '../host/BrowserHost';
import { advertiseHub } from './advertiseHub';
import { ConnectionRegistry } from './ConnectionRegistry';
import { DirectoryStorageAdapter } from './DirectoryStorageAdapter';
import type { HubDiscovery } from './discovery';
import { GuardedWebSocketServerAdapter, type FrameCounters } from './GuardedWebSocketServerAdapter';
import { handleHubApi } from './hubApi';
import { DEFAULT_HUB_LIMITS, type HubLimits } from './hubLimits';
import { consoleHubLogger, type HubLogger } from './HubLogger';
import { HostedWorkshops } from './HostedWorkshops';
import { JoinAuthority } from './JoinAuthority';
import { RelayFanOut } from './RelayFanOut';
import { SyncPacer } from './SyncPacer';
import { lanAddress } from './lanAddress';
import { handleSyncUpgrade } from './syncUpgrade';

export interface HubOptions {
  /** The built renderer (dist/renderer), served at / so a browser participant joins from the link. */
  rendererRoot?: string;
  /** Interface to listen on; '0.0.0.0' (the default) for the room, '127.0.0.1' in tests. */
  host?: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** The join code of an earlier session, so printed links and QR codes stay valid. */
  joinCode?: string;
  /** Shown to people choosing a hub: "on Anna's laptop". */
  hostName?: string;
  /** Keep the hub's copy of the documents here across restarts; in memory when omitted. */
  storageDirectory?: string;
  /** Announce the hub over mDNS; omitted in tests and where multicast is blocked. */
  discovery?: HubDiscovery;
  logger?: HubLogger;
  limits?: Partial<HubLimits>;
  /** Cryptographic randomness for the join code, nonces and tokens; node:crypto by default. */
  randomBytes?: RandomBytes;
  /** Clock for expiring challenges and tokens; Date.now by default. */
  now?: () => number;
  /**
   * How often the hub's sync protocol pushes a document changed by sync (a peer without the
   * relay), and hears a peer that is in step (SyncPacer); `RELAYED_SYNC_INTERVAL_MS` by default.
   */
  syncIntervalMs?: number;
  /**
   * How often it pushes a document changed by relayed edits, which reached every peer at once
   * anyway; `RELAYED_CHANGES_SYNC_INTERVAL_MS` by default.
   */
  relayedSyncIntervalMs?: number;
}

export interface HubStats {
  connections: number;
  peers: number;
  sharedDocuments: number;
  framesIn: number;
  bytesIn: number;
  framesRefused: number;
  unsharedRequests: number;
  echoesDropped: number;
  upgradesRefused: number;
  relayedChangesApplied: number;
  /** Peers' in-step sync messages a later one replaced before the hub handled them. */
  syncMessagesReplaced: number;
}

export interface Hub {
  /** `http://<lan address>:<port>`: the join link, and where the renderer is served. */
  url: string;
  port: number;
  /** The join code without its dash (show it with `formatJoinCode`). */
  joinCode: string;
  /** Shares a workshop (by document id or automerge URL) and every artefact it lists. */
  addWorkshop(workshop: DocumentId | AutomergeUrl): void;
  stats(): HubStats;
  close(): Promise<void>;
}

/**
 * Starts the LAN hub: one HTTP server for the renderer, the join handshake and automerge-repo
 * WebSocket sync of the hosted workshops' documents. Plain Node, no Electron.
 */
export async function startHub(options: HubOptions = {}): Promise<Hub> {
  const limits = { ...DEFAULT_HUB_LIMITS, ...options.limits };
  const logger = options.logger ?? consoleHubLogger;
  const randomBytes = options.randomBytes ?? ((length: number) => cryptoRandomBytes(length));
  const now = options.now ?? Date.now;
  const joinCode =
    options.joinCode === undefined
      ? generateJoinCode(randomBytes)
      : parseJoinCode(options.joinCode);
  if (!joinCode) throw new Error('The join code must be 8 characters of the join-code alphabet');
  const hostName = cleanDisplayName(options.hostName ?? '') || 'Obeya hub';

  const authority = new JoinAuthority(joinCode, limits, randomBytes, now);
  const connections = new ConnectionRegistry(limits, logger);
  const counters: FrameCounters & { upgradesRefused: number } = {
    framesIn: 0,
    bytesIn: 0,
    framesRefused: 0,
    unsharedRequests: 0,
    echoesDropped: 0,
    upgradesRefused: 0,
  };
  const workshops = new HostedWorkshops();
  const relay = new RelayFanOut((documentId) => workshops.handleOf(documentId));
  const syncIntervalMs = options.syncIntervalMs ?? RELAYED_SYNC_INTERVAL_MS;
  const relayedSyncIntervalMs = options.relayedSyncIntervalMs ?? RELAYED_CHANGES_SYNC_INTERVAL_MS;
  const syncPacer = new SyncPacer(syncIntervalMs);

  const wss = new WebSocketServer({ noServer: true, maxPayload: limits.maxFrameBytes });
  const adapter = new GuardedWebSocketServerAdapter(wss, {
    connections,
    isShared: (documentId) => workshops.isShared(documentId),
    onRelayedChanges: (documentId, changes) => relay.receive(documentId, changes),
    hasHeads: (documentId, heads) => workshops.hasHeads(documentId, heads),
    syncPacer,
    logger,
    counters,
  });
  const repo = new Repo({
    network: [adapter],
    storage: options.storageDirectory
      ? new DirectoryStorageAdapter(options.storageDirectory)
      : undefined,
    peerId: `hub-${Buffer.from(randomBytes(6)).toString('hex')}` as PeerId,
    shareConfig: workshops.shareConfig,
  });
  setSyncInterval(
    repo,
    syncIntervalMs,
    (reason) => logger.warn('sync interval not applied', { reason }),
    relayedSyncIntervalMs,
  );
  workshops.attach(repo);

  const serveStatic = options.rendererRoot ? createStaticHandler(options.rendererRoot) : undefined;
  const apiContext = { authority, hubName: hostName, workshops: () => workshops.list(), logger };
  const server = http.createServer((request, response) => {
    if (handleHubApi(apiContext, request, response)) return;
    if (serveStatic) serveStatic(request, response);
    else response.writeHead(404).end();
  });
  const upgradeContext = { wss, authority, connections, logger, counters };
  server.on('upgrade', (request, socket, head) =>
    handleSyncUpgrade(upgradeContext, request, socket, head),
  );

  await adapter.pluggedIn;
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, options.host ?? '0.0.0.0', () => resolve());
    });
  } catch (error) {
    // A port taken or an address this machine lacks: leave nothing running for the caller's retry.
    await repo.shutdown();
    wss.close();
    throw error;
  }
  const { address, port } = server.address() as AddressInfo;
  const reachableAt = address === '0.0.0.0' || address === '::' ? lanAddress() : address;
  const url = `http://${reachableAt.includes(':') ? `[${reachableAt}]` : reachableAt}:${port}`;
  const advert = options.discovery && advertiseHub(options.discovery, workshops, port, hostName);
  logger.info('hub listening', { url });

  return {
    url,
    port,
    joinCode,
    addWorkshop(workshop) {
      workshops.add(
        isValidAutomergeUrl(workshop)
          ? parseAutomergeUrl(workshop).documentId
          : interpretAsDocumentId(workshop),
      );
    },
    stats: () => ({
      connections: connections.size,
      peers: repo.peers.length,
      sharedDocuments: workshops.sharedCount,
      framesIn: counters.framesIn,
      bytesIn: counters.bytesIn,
      framesRefused: counters.framesRefused,
      unsharedRequests: counters.unsharedRequests,
      echoesDropped: counters.echoesDropped,
      upgradesRefused: counters.upgradesRefused,
      relayedChangesApplied: relay.changesApplied,
      syncMessagesReplaced: syncPacer.replaced,
    }),
    async close() {
      advert?.stop();
      relay.stop();
      await repo.shutdown();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
