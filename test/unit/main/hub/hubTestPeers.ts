import {
  cbor,
  Repo,
  type DocHandle,
  type PeerId,
  type StorageAdapterInterface,
} from '@automerge/automerge-repo';
import { expect, onTestFinished } from 'vitest';
import { WebSocket } from 'ws';
import { startHub, type Hub, type HubOptions } from '../../../../main/hub/startHub';
import type { HubLogger } from '../../../../main/hub/HubLogger';
import { HubConnection } from '../../../../shared/sync/HubConnection';
import { joinHub } from '../../../../shared/sync/joinHub';
import { HubClientAdapter } from '../../../../shared/sync/HubClientAdapter';

export interface LoggedEvent {
  level: 'info' | 'warn';
  event: string;
  details: Record<string, unknown>;
}

export function recordingLogger(): HubLogger & { events: LoggedEvent[] } {
  const events: LoggedEvent[] = [];
  return {
    events,
    info: (event, details = {}) => events.push({ level: 'info', event, details }),
    warn: (event, details = {}) => events.push({ level: 'warn', event, details }),
  };
}

/** A hub on 127.0.0.1 with a recording logger, closed when the test ends. */
export async function startTestHub(
  options: HubOptions = {},
): Promise<Hub & { logger: ReturnType<typeof recordingLogger> }> {
  const logger = recordingLogger();
  const hub = await startHub({ host: '127.0.0.1', logger, ...options });
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await hub.close();
  };
  onTestFinished(close);
  return { ...hub, close, logger };
}

export interface TestPeer {
  repo: Repo;
  connection: HubConnection;
  /** Resolves once the connection reports `connected` (again). */
  connected(): Promise<void>;
}

/** A laptop: its own Repo, connected to `hubUrl` through the join handshake. */
export function joinPeer(
  hubUrl: string,
  joinCode: string,
  options: { name?: string; storage?: StorageAdapterInterface } = {},
): TestPeer {
  const name = options.name ?? 'peer';
  const repo = new Repo({
    peerId: `${name}-${Math.random().toString(36).slice(2, 8)}` as PeerId,
    storage: options.storage,
  });
  const connection = new HubConnection({
    hubUrl,
    joinCode,
    peerName: name,
    fetch,
    network: repo.networkSubsystem,
    createAdapter: (url) => new HubClientAdapter(url),
    timers: {
      set: (callback, ms) => setTimeout(callback, ms),
      clear: (timer) => clearTimeout(timer as NodeJS.Timeout),
    },
    // The shortest backoff keeps reconnection tests quick; the jitter itself is tested apart.
    random: () => 0,
  });
  connection.start();
  onTestFinished(async () => {
    connection.stop();
    await repo.shutdown();
  });
  return {
    repo,
    connection,
    connected: () =>
      until(() => connection.status.state === 'connected', 3000, `${name} to connect`),
  };
}

export interface Step {
  name: string;
  note: string;
}
export interface StepsDoc {
  steps: Step[];
}
export interface TestWorkshopDoc {
  kind: 'workshop';
  title: string;
  artefacts: { url: string; kind: string; addedAt: number }[];
}

/** A workshop with one map-like artefact, created on `peer`, hosted by `hub`, synced there. */
export async function hostWorkshop(
  hub: Hub,
  peer: TestPeer,
  stepCount = 3,
): Promise<{ workshop: DocHandle<TestWorkshopDoc>; map: DocHandle<StepsDoc> }> {
  const map = peer.repo.create<StepsDoc>({
    steps: Array.from({ length: stepCount }, (_, index) => ({ name: `Step ${index}`, note: '' })),
  });
  const workshop = peer.repo.create<TestWorkshopDoc>({
    kind: 'workshop',
    title: 'Payments value stream',
    artefacts: [{ url: map.url, kind: 'valueStreamMap', addedAt: 1 }],
  });
  await peer.connected();
  hub.addWorkshop(workshop.url);
  await until(() => hub.stats().sharedDocuments === 2, 3000, 'the hub to see the artefact');
  return { workshop, map };
}

/** Finds `original`'s document on `peer` and waits until `predicate` holds for its copy there. */
export async function seen<T>(
  peer: TestPeer,
  original: DocHandle<T>,
  predicate: (doc: T) => boolean = () => true,
): Promise<DocHandle<T>> {
  // Before the hub answers, a peer's only source is itself: find would report "unavailable".
  await peer.connected();
  // "Unavailable" only means "not here yet": a new artefact can be listed before its creator's
  // copy has reached the hub. The handle becomes ready when the document arrives.
  const handle = await peer.repo.find<T>(original.url, {
    allowableStates: ['ready', 'unavailable'],
  });
  await until(() => handle.isReady() && predicate(handle.doc()), 3000, 'the document to arrive');
  return handle;
}

/** Polls `condition` every 10 ms; fails the test with `what` after `timeoutMs`. */
export async function until(
  condition: () => boolean,
  timeoutMs = 3000,
  what = 'condition',
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** What a raw WebSocket to the hub saw: how the upgrade ended and every frame it got. */
export interface RawSocket {
  socket: WebSocket;
  /** 'open', or the HTTP status of a refused upgrade. */
  outcome: Promise<'open' | number>;
  received: unknown[];
  closed: Promise<{ code: number; reason: string }>;
}

/** A bare `ws` client, for speaking to the hub the way a hostile or broken peer would. */
export function openRawSocket(url: string): RawSocket {
  const socket = new WebSocket(url);
  const received: unknown[] = [];
  socket.on('message', (data: Buffer) => {
    try {
      received.push(cbor.decode(data));
    } catch {
      received.push(data);
    }
  });
  socket.on('error', () => undefined);
  const outcome = new Promise<'open' | number>((resolve) => {
    socket.once('open', () => resolve('open'));
    socket.once('unexpected-response', (_request, response) => {
      resolve(response.statusCode ?? 0);
      socket.terminate();
    });
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  onTestFinished(() => socket.terminate());
  return { socket, outcome, received, closed };
}

/** The join handshake, returning the sync URL with a fresh token. */
export async function syncUrlFor(hub: Hub, peerName = 'raw'): Promise<string> {
  return (await joinHub({ hubUrl: hub.url, joinCode: hub.joinCode, peerName, fetch })).syncUrl;
}

/** A raw socket that has passed the handshake and sent automerge-repo's join frame. */
export async function joinedRawSocket(hub: Hub, peerId = 'raw-peer'): Promise<RawSocket> {
  const raw = openRawSocket(await syncUrlFor(hub));
  expect(await raw.outcome).toBe('open');
  raw.socket.send(
    cbor.encode({
      type: 'join',
      senderId: peerId,
      peerMetadata: {},
      supportedProtocolVersions: ['1'],
    }),
  );
  await until(() => raw.received.length > 0, 3000, 'the hub to answer the join');
  return raw;
}
