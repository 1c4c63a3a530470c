import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Repo, type DocHandle, type PeerId } from '@automerge/automerge-repo';
import { WebSocketClientAdapter } from '@automerge/automerge-repo-network-websocket';
import { startChangeRelay } from '../../shared/sync/changeRelay';
import { joinHub } from '../../shared/sync/joinHub';
import { NodeHubClientAdapter } from '../unit/main/hub/NodeHubClientAdapter';
import { summarize } from './stats';
import type { FromServer, SyncServerKind, ToServer } from './syncServerProcess';

export interface SyncRunOptions {
  server: SyncServerKind;
  peers: number;
  editsPerSecond: number;
  /** How long edits are measured, after the warm-up. */
  durationMs: number;
  warmupMs: number;
}

export interface SyncRunResult {
  server: SyncServerKind;
  peers: number;
  editsPerSecond: number;
  /** Edits made while measuring. */
  edits: number;
  /** Edit → visible on every other peer, in ms (median, p95, max). */
  latencyMs: { median: number; p95: number; max: number; n: number };
  /** From the last edit to identical heads on every peer. */
  convergenceMs: number;
  hubCpuPercent: number;
  hubPeakRssMb: number;
  /** All peers share this one process; near 200 % (two cores) the peers, not the hub, are the limit. */
  peersCpuPercent: number;
  hubWarnings: number;
}

interface Step {
  name: string;
  note: string;
}
interface MapDoc {
  steps: Step[];
}

const SERVER_PROCESS = fileURLToPath(new URL('./syncServerProcess.ts', import.meta.url));
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One configuration of the sync benchmark: a server process and `peers` client Repos on
 * loopback sharing one map-like document; every peer edits its own step's note
 * `editsPerSecond` times a second, and every other peer records when it sees the edit.
 */
export async function runSyncWorkload(options: SyncRunOptions): Promise<SyncRunResult> {
  const { server, peers, editsPerSecond } = options;
  const child = fork(SERVER_PROCESS, [server, String(peers)], { execArgv: ['--import', 'tsx'] });
  const repos: Repo[] = [];
  try {
    const ready = await nextMessage(child, 'ready');
    for (let i = 0; i < peers; i++) repos.push(await connectPeer(ready, i));
    await Promise.all(repos.map((repo) => repo.networkSubsystem.whenReady()));

    const handles = await shareOneMap(child, server, repos);
    if (server === 'obeya') for (const handle of handles) startChangeRelay(handle);

    const latencies: number[] = [];
    const sentAt = handles.map(() => new Map<number, number>());
    const seenBy = handles.map(() => new Map<number, number>());
    let measuring = false;
    handles.forEach((handle, reader) => {
      const lastSeen = handles.map(() => -1);
      handle.on('change', ({ doc }) => {
        const now = performance.now();
        doc.steps.forEach((step, author) => {
          if (author === reader || !step.note) return;
          const seq = Number(step.note.split(':')[1]);
          // A later edit to the same note shows every earlier one as seen too.
          for (let edit = lastSeen[author]! + 1; edit <= seq; edit++) {
            const count = (seenBy[author]!.get(edit) ?? 0) + 1;
            seenBy[author]!.set(edit, count);
            const sent = sentAt[author]!.get(edit);
            if (count === peers - 1 && sent !== undefined) latencies.push(now - sent);
          }
          lastSeen[author] = Math.max(lastSeen[author]!, seq);
        });
      });
    });

    const intervalMs = 1000 / editsPerSecond;
    const timers: NodeJS.Timeout[] = [];
    handles.forEach((handle, author) => {
      let seq = 0;
      // A random phase, so edits spread over the second as people's do.
      const start = setTimeout(() => {
        timers.push(
          setInterval(() => {
            const edit = seq++;
            if (measuring) sentAt[author]!.set(edit, performance.now());
            handle.change((doc) => {
              doc.steps[author]!.note = `${author}:${edit}`;
            });
          }, intervalMs),
        );
      }, Math.random() * intervalMs);
      timers.push(start);
    });

    await pause(options.warmupMs);
    measuring = true;
    child.send({ type: 'start-measuring' } satisfies ToServer);
    const peersCpu = process.cpuUsage();
    const wallStart = performance.now();
    await pause(options.durationMs);
    measuring = false;
    const report = nextMessage(child, 'report');
    child.send({ type: 'report' } satisfies ToServer);
    const hub = await report;
    const cpu = process.cpuUsage(peersCpu);
    const peersCpuPercent =
      (100 * (cpu.user + cpu.system)) / ((performance.now() - wallStart) * 1000);
    for (const timer of timers) clearInterval(timer);

    const settled = performance.now();
    await until(() => sameHeads(handles), 30_000);
    const convergenceMs = performance.now() - settled;

    const summary = summarize(latencies, 1);
    return {
      server,
      peers,
      editsPerSecond,
      edits: sentAt.reduce((total, sent) => total + sent.size, 0),
      latencyMs: { ...summary, max: round(Math.max(...latencies)) },
      convergenceMs: round(convergenceMs),
      hubCpuPercent: round(hub.cpuPercent),
      hubPeakRssMb: round(hub.peakRssMb),
      peersCpuPercent: round(peersCpuPercent),
      hubWarnings: hub.warnings,
    };
  } finally {
    await Promise.all(repos.map((repo) => repo.shutdown()));
    child.send({ type: 'exit' } satisfies ToServer);
  }
}

async function connectPeer(
  ready: Extract<FromServer, { type: 'ready' }>,
  index: number,
): Promise<Repo> {
  const peerId = `bench-peer-${index}` as PeerId;
  if (ready.joinCode === undefined) {
    return new Repo({ peerId, network: [new WebSocketClientAdapter(ready.url)] });
  }
  const session = await joinHub({
    hubUrl: ready.url,
    joinCode: ready.joinCode,
    peerName: peerId,
    fetch,
  });
  return new Repo({ peerId, network: [new NodeHubClientAdapter(session.syncUrl)] });
}

/** Peer 0 creates the map (for our hub, inside a hosted workshop); every other peer opens it. */
async function shareOneMap(
  child: ChildProcess,
  server: SyncServerKind,
  repos: Repo[],
): Promise<DocHandle<MapDoc>[]> {
  const [first, ...others] = repos;
  const map = first!.create<MapDoc>({
    steps: repos.map((_, index) => ({ name: `Step ${index}`, note: '' })),
  });
  if (server === 'obeya') {
    const workshop = first!.create({
      kind: 'workshop',
      title: 'Benchmark',
      artefacts: [{ url: map.url, kind: 'valueStreamMap', addedAt: 0 }],
    });
    child.send({ type: 'host-workshop', url: workshop.url } satisfies ToServer);
  }
  const copies = await Promise.all(
    others.map((repo) => repo.find<MapDoc>(map.url, { allowableStates: ['ready', 'unavailable'] })),
  );
  const handles = [map, ...copies];
  await until(() => handles.every((handle) => handle.isReady()), 30_000);
  return handles;
}

function sameHeads(handles: DocHandle<MapDoc>[]): boolean {
  const first = handles[0]!.heads().join();
  return handles.every((handle) => handle.heads().join() === first);
}

function nextMessage<T extends FromServer['type']>(
  child: ChildProcess,
  type: T,
): Promise<Extract<FromServer, { type: T }>> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: FromServer) => {
      if (message.type !== type) return;
      child.off('message', onMessage);
      resolve(message as Extract<FromServer, { type: T }>);
    };
    child.on('message', onMessage);
    child.once('exit', (code) => reject(new Error(`sync server exited (${code})`)));
  });
}

async function until(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error('benchmark peers did not converge in time');
    await pause(10);
  }
}

const round = (value: number) => Number(value.toFixed(1));
