/**
 * A share of the benchmark's peers, in a worker thread: N laptops are N processors in a room,
 * and one JavaScript thread for all of them would measure that thread rather than the sync.
 * Driven by syncWorkload.ts over postMessage; times are absolute (timeOrigin + now), so threads
 * compare them.
 */
import { performance, type EventLoopUtilization } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import { isValidAutomergeUrl, Repo, type DocHandle, type PeerId } from '@automerge/automerge-repo';
import { WebSocketClientAdapter } from '@automerge/automerge-repo-network-websocket';
import { startChangeRelay } from '../../shared/sync/changeRelay';
import { addStep, newValueStreamMap, updateStep, type ValueStreamMapDoc } from '../../shared/vsm';
import { joinHub } from '../../shared/sync/joinHub';
import {
  RELAYED_CHANGES_SYNC_INTERVAL_MS,
  RELAYED_SYNC_INTERVAL_MS,
  setSyncInterval,
} from '../../shared/sync/syncInterval';
import { HubClientAdapter } from '../../shared/sync/HubClientAdapter';

export interface PeerWorkerData {
  /** ws:// for bare automerge-repo; http:// plus a join code for our hub. */
  serverUrl: string;
  joinCode?: string;
  /** Indices of this worker's peers; each edits the step with its index. */
  peers: number[];
  totalPeers: number;
}

export type ToPeers =
  | { type: 'create-map'; hosted: boolean }
  | { type: 'open-map'; url: string }
  | { type: 'start-editing'; editsPerSecond: number; relay: boolean }
  | { type: 'start-measuring' }
  | { type: 'stop-measuring' }
  | { type: 'stop-editing' }
  | { type: 'heads' }
  | { type: 'report' }
  | { type: 'close' };

export type FromPeers =
  | { type: 'connected' }
  | { type: 'map-created'; mapUrl: string; workshopUrl?: string }
  | { type: 'map-opened' }
  | { type: 'editing' }
  | { type: 'stopped' }
  | { type: 'heads'; heads: string[] }
  | {
      type: 'report';
      /** `[author, seq, made at, how late against its schedule (ms)]` per edit while measuring. */
      sent: [number, number, number, number][];
      seen: [number, number, number, number][];
      disconnections: number;
      /** The share of the measuring time this thread's event loop was busy, in %. */
      busyPercent: number;
    }
  | { type: 'closed' };

const data = workerData as PeerWorkerData;
const port = parentPort!;
const now = () => performance.timeOrigin + performance.now();
const reply = (message: FromPeers) => port.postMessage(message);

const repos = new Map<number, Repo>();
const handles = new Map<number, DocHandle<ValueStreamMapDoc>>();
/** `author:seq` → when it was made and how late against its schedule, while measuring. */
const sentAt = new Map<string, { time: number; lateMs: number }>();
/** `author:seq` → how many of this worker's peers have seen it, and when the last one did. */
const seen = new Map<string, { count: number; last: number }>();
/** Each peer's next edit. */
const editTimers = new Map<number, NodeJS.Timeout>();
let measuring = false;
/** Event-loop utilization when measuring started; its share of the measuring time at the end. */
let loopAtStart: EventLoopUtilization | undefined;
let busyPercent = 0;
/** Connections lost during the run: such a peer stops syncing, and the run says little. */
let disconnections = 0;

for (const index of data.peers) repos.set(index, await connect(index));
await Promise.all([...repos.values()].map((repo) => repo.networkSubsystem.whenReady()));
reply({ type: 'connected' });

port.on('message', (message: ToPeers) => void handle(message));

async function handle(message: ToPeers): Promise<void> {
  if (message.type === 'create-map') {
    const repo = repos.get(0)!;
    const map = repo.create<ValueStreamMapDoc>(benchmarkMap(data.totalPeers));
    handles.set(0, map);
    const workshop = message.hosted
      ? repo.create({
          kind: 'workshop',
          title: 'Benchmark',
          artefacts: [{ url: map.url, kind: 'valueStreamMap', addedAt: 0 }],
        })
      : undefined;
    reply({ type: 'map-created', mapUrl: map.url, workshopUrl: workshop?.url });
  } else if (message.type === 'open-map' && isValidAutomergeUrl(message.url)) {
    for (const [index, repo] of repos) {
      if (handles.has(index)) continue;
      // The hub may list the map a moment after a peer first asks: "unavailable" is "not yet".
      const options = { allowableStates: ['ready', 'unavailable'] };
      handles.set(index, await repo.find<ValueStreamMapDoc>(message.url, options));
    }
    while (![...handles.values()].every((handle) => handle.isReady())) await pause(10);
    reply({ type: 'map-opened' });
  } else if (message.type === 'start-editing') {
    startEditing(message.editsPerSecond, message.relay);
    reply({ type: 'editing' });
  } else if (message.type === 'start-measuring') {
    measuring = true;
    loopAtStart = performance.eventLoopUtilization();
  } else if (message.type === 'stop-measuring') {
    measuring = false;
    if (loopAtStart) busyPercent = 100 * performance.eventLoopUtilization(loopAtStart).utilization;
  } else if (message.type === 'stop-editing') {
    for (const timer of editTimers.values()) clearTimeout(timer);
    editTimers.clear();
    reply({ type: 'stopped' });
  } else if (message.type === 'heads') {
    reply({ type: 'heads', heads: [...handles.values()].map((handle) => handle.heads().join()) });
  } else if (message.type === 'report') {
    reply({
      type: 'report',
      sent: [...sentAt].map(([key, { time, lateMs }]) => [...parseKey(key), time, lateMs]),
      seen: [...seen].map(([key, { count, last }]) => [...parseKey(key), count, last]),
      disconnections,
      busyPercent,
    });
  } else if (message.type === 'close') {
    await Promise.all([...repos.values()].map((repo) => repo.shutdown()));
    reply({ type: 'closed' });
  }
}

async function connect(index: number): Promise<Repo> {
  const repo = await connectedRepo(index);
  repo.networkSubsystem.on('peer-disconnected', () => (disconnections += 1));
  return repo;
}

async function connectedRepo(index: number): Promise<Repo> {
  const peerId = `bench-peer-${index}` as PeerId;
  if (data.joinCode === undefined) {
    return new Repo({ peerId, network: [new WebSocketClientAdapter(data.serverUrl)] });
  }
  const session = await joinHub({
    hubUrl: data.serverUrl,
    joinCode: data.joinCode,
    peerName: peerId,
    fetch,
  });
  const repo = new Repo({ peerId, network: [new HubClientAdapter(session.syncUrl)] });
  // As a laptop on our hub does: the relay carries the edits, sync only backs it up.
  setSyncInterval(
    repo,
    RELAYED_SYNC_INTERVAL_MS,
    (reason) => {
      throw new Error(`sync interval not applied: ${reason}`);
    },
    RELAYED_CHANGES_SYNC_INTERVAL_MS,
  );
  return repo;
}

function startEditing(editsPerSecond: number, relay: boolean): void {
  const intervalMs = 1000 / editsPerSecond;
  for (const [author, handle] of handles) {
    if (relay) startChangeRelay(handle);
    watch(author, handle);
    // Each edit has its time: a random phase, so edits spread over the second as people's do,
    // then every intervalMs. A thread too busy to edit on time edits late rather than less
    // often (setInterval would drift and quietly lower the load); how late is reported.
    let scheduled = performance.now() + Math.random() * intervalMs;
    let seq = 0;
    const edit = () => {
      const lateMs = performance.now() - scheduled;
      const key = `${author}:${seq}`;
      if (measuring) sentAt.set(key, { time: now(), lateMs });
      // What the step table does while someone types the step's notes.
      handle.change((doc) => updateStep(doc, stepIdOf(author), { notes: key }));
      seq += 1;
      scheduled += intervalMs;
      editTimers.set(author, setTimeout(edit, scheduled - performance.now()));
    };
    editTimers.set(author, setTimeout(edit, scheduled - performance.now()));
  }
}

/** Records when `reader` first shows each other peer's edit. */
function watch(reader: number, handle: DocHandle<ValueStreamMapDoc>): void {
  const lastSeen = new Map<number, number>();
  handle.on('change', ({ doc, patches }) => {
    const time = now();
    // Only the steps this change touched: reading every step through Automerge's proxies on
    // every change would make the measuring a real share of the peers' CPU.
    const authors = new Set(
      patches.map(({ path }) => path[1]).filter((index) => typeof index === 'number'),
    );
    for (const author of authors) {
      const note = doc.steps[author]?.notes;
      if (author === reader || !note) continue;
      const seq = Number(note.split(':')[1]);
      // A later edit to the same note shows every earlier one as seen too.
      for (let edit = (lastSeen.get(author) ?? -1) + 1; edit <= seq; edit++) {
        const key = `${author}:${edit}`;
        const entry = seen.get(key) ?? { count: 0, last: 0 };
        seen.set(key, { count: entry.count + 1, last: Math.max(entry.last, time) });
      }
      lastSeen.set(author, Math.max(lastSeen.get(author) ?? -1, seq));
    }
  });
}

/** A map as the app makes it, one step per peer; peer `i` edits step `i`. */
function benchmarkMap(steps: number): ValueStreamMapDoc {
  const map = newValueStreamMap({ title: 'Benchmark' }, 0);
  for (let index = 0; index < steps; index++) {
    addStep(map, { name: `Step ${index}` }, () => stepIdOf(index));
  }
  return map;
}

function stepIdOf(index: number): string {
  return `step-${index}`;
}

function parseKey(key: string): [number, number] {
  const [author, seq] = key.split(':').map(Number);
  return [author!, seq!];
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
