import { fork, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { summarize } from './stats';
import type { FromPeers, PeerWorkerData, ToPeers } from './syncPeerWorker';
import type { FromServer, SyncServerKind, ToServer } from './syncServerProcess';

export interface SyncRunOptions {
  server: SyncServerKind;
  peers: number;
  editsPerSecond: number;
  /** How long edits are measured, after the warm-up. */
  durationMs: number;
  warmupMs: number;
  /** Threads the peers are spread over. */
  peerThreads: number;
  /** Where the server process writes a V8 CPU profile (`--cpu-prof`) as it exits; none if unset. */
  serverCpuProfileDir?: string;
}

export interface SyncRunResult {
  server: SyncServerKind;
  peers: number;
  editsPerSecond: number;
  /**
   * Edits made while measuring (fewer than intended when the peers cannot keep up); this and
   * the latencies are null when the peers were still too far behind to report 30 s later.
   */
  edits: number | null;
  /** Edits the workload asks for while measuring: peers × edits/s × duration. */
  editsExpected: number;
  /**
   * How late the peers made their edits against their schedule (median, p95), in ms: a peer
   * thread too busy to keep time shows here first.
   */
  editLateMs: { median: number; p95: number } | null;
  /** Edit → visible on every other peer, in ms (median, p95, max). */
  latencyMs: { median: number; p95: number; max: number; n: number } | null;
  /** From the last edit to identical heads on every peer; null if that took over 30 s. */
  convergenceMs: number | null;
  /** From the server itself, or from /proc when it was too busy to report; else null. */
  hubCpuPercent: number | null;
  /** Null when the server was too busy to report even once while measuring. */
  hubPeakRssMb: number | null;
  /** All peers share one process; near 100 % per peer thread they, not the hub, are the limit. */
  peersCpuPercent: number;
  /** The busiest peer thread's event-loop utilization while measuring, in %. */
  peerThreadBusyPercent: number | null;
  hubWarnings: number | null;
  /** Peers that lost their connection before the report (a server too busy to answer pings). */
  peersDisconnected: number | null;
}

const SERVER_PROCESS = fileURLToPath(new URL('./syncServerProcess.ts', import.meta.url));
const PEER_WORKER = new URL('./syncPeerWorker.ts', import.meta.url).href;
const CONVERGENCE_TIMEOUT_MS = 30_000;
const ANSWER_TIMEOUT_MS = 30_000;
/** Linux counts process CPU time in ticks of 10 ms (USER_HZ = 100). */
const MS_PER_TICK = 10;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One configuration of the sync benchmark: a server process and `peers` client Repos on
 * loopback sharing one value stream map; every peer edits its own step's notes
 * `editsPerSecond` times a second, and every other peer records when it sees the edit.
 */
export async function runSyncWorkload(options: SyncRunOptions): Promise<SyncRunResult> {
  const { server, peers, editsPerSecond } = options;
  const profile = options.serverCpuProfileDir
    ? ['--cpu-prof', `--cpu-prof-dir=${options.serverCpuProfileDir}`]
    : [];
  const child = fork(SERVER_PROCESS, [server, String(peers)], {
    execArgv: ['--import', 'tsx', ...profile],
  });
  const threads: PeerThread[] = [];
  try {
    const ready = await nextServerMessage(child, 'ready');
    for (let thread = 0; thread < options.peerThreads; thread++) {
      const indices = Array.from({ length: peers }, (_, index) => index).filter(
        (index) => index % options.peerThreads === thread,
      );
      threads.push(
        new PeerThread({
          serverUrl: ready.url,
          joinCode: ready.joinCode,
          peers: indices,
          totalPeers: peers,
        }),
      );
    }
    await Promise.all(threads.map((thread) => thread.next('connected')));

    // Peer 0 creates the map (for our hub, inside a hosted workshop); every other peer opens it.
    const hosted = server === 'obeya';
    const created = await threads[0]!.ask({ type: 'create-map', hosted }, 'map-created');
    if (created.workshopUrl)
      child.send({ type: 'host-workshop', url: created.workshopUrl } satisfies ToServer);
    await Promise.all(
      threads.map((thread) => thread.ask({ type: 'open-map', url: created.mapUrl }, 'map-opened')),
    );
    await Promise.all(
      threads.map((thread) =>
        thread.ask({ type: 'start-editing', editsPerSecond, relay: hosted }, 'editing'),
      ),
    );

    await pause(options.warmupMs);
    let usage: Extract<FromServer, { type: 'usage' }> | undefined;
    const onUsage = (message: FromServer) => {
      if (message.type === 'usage') usage = message;
    };
    child.on('message', onUsage);
    for (const thread of threads) thread.send({ type: 'start-measuring' });
    child.send({ type: 'start-measuring' } satisfies ToServer);
    const serverTicksAtStart = await cpuTicksOf(child.pid);
    const peersCpu = process.cpuUsage();
    const wallStart = performance.now();
    await pause(options.durationMs);
    // Edits made after this are not counted, however long the server takes to report below.
    for (const thread of threads) thread.send({ type: 'stop-measuring' });
    const cpu = process.cpuUsage(peersCpu);
    const peersCpuPercent =
      (100 * (cpu.user + cpu.system)) / ((performance.now() - wallStart) * 1000);
    const serverTicks = await cpuTicksOf(child.pid);
    const serverWallMs = performance.now() - wallStart;
    // A busy server's report may be late; give it a moment (its figure covers its own clock).
    await Promise.race([nextServerMessage(child, 'usage').catch(() => undefined), pause(3000)]);
    child.off('message', onUsage);
    // A saturated server may not report at all; on Linux its CPU time can be read from outside.
    const hubCpuPercent =
      usage?.cpuPercent ??
      (serverTicks === null || serverTicksAtStart === null
        ? null
        : (100 * (serverTicks - serverTicksAtStart) * MS_PER_TICK) / serverWallMs);

    // An overloaded run can fall minutes behind; what it managed by then is the answer.
    const stopped = await settles(
      Promise.all(threads.map((thread) => thread.ask({ type: 'stop-editing' }, 'stopped'))),
    );
    const settled = performance.now();
    const converged =
      stopped &&
      (await until(async () => {
        const heads = await Promise.all(
          threads.map((thread) => thread.ask({ type: 'heads' }, 'heads')),
        );
        return new Set(heads.flatMap((reply) => reply.heads)).size === 1;
      }, CONVERGENCE_TIMEOUT_MS));
    const convergenceMs = converged ? performance.now() - settled : null;
    const reports = await Promise.all(
      threads.map((thread) => thread.ask({ type: 'report' }, 'report')),
    ).catch(() => null);
    const latencies = reports ? latenciesOf(reports, peers) : [];
    const lateness = reports?.flatMap((report) => report.sent.map(([, , , lateMs]) => lateMs));
    return {
      server,
      peers,
      editsPerSecond,
      edits: reports?.reduce((total, report) => total + report.sent.length, 0) ?? null,
      editsExpected: Math.round((peers * editsPerSecond * options.durationMs) / 1000),
      editLateMs: lateness?.length ? summarize(lateness, 1) : null,
      latencyMs:
        latencies.length > 0
          ? { ...summarize(latencies, 1), max: round(Math.max(...latencies)) }
          : null,
      convergenceMs: convergenceMs === null ? null : round(convergenceMs),
      hubCpuPercent: hubCpuPercent === null ? null : round(hubCpuPercent),
      hubPeakRssMb: usage ? round(usage.peakRssMb) : null,
      peersCpuPercent: round(peersCpuPercent),
      peerThreadBusyPercent: reports
        ? round(Math.max(...reports.map((report) => report.busyPercent)))
        : null,
      hubWarnings: usage?.warnings ?? null,
      peersDisconnected:
        reports?.reduce((total, report) => total + report.disconnections, 0) ?? null,
    };
  } finally {
    await Promise.all(threads.map((thread) => thread.close()));
    // A saturated server works through its backlog before it reads 'exit'; left running, it
    // would take CPU from the next run.
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.send({ type: 'exit' } satisfies ToServer);
      if (!(await Promise.race([exited.then(() => true), pause(5000).then(() => false)]))) {
        child.kill('SIGKILL');
        await exited;
      }
    }
  }
}

/** For each edit made while measuring and seen by every other peer: when the last one saw it. */
function latenciesOf(reports: Extract<FromPeers, { type: 'report' }>[], peers: number): number[] {
  const seen = new Map<string, { count: number; last: number }>();
  for (const report of reports) {
    for (const [author, seq, count, last] of report.seen) {
      const key = `${author}:${seq}`;
      const entry = seen.get(key) ?? { count: 0, last: 0 };
      seen.set(key, { count: entry.count + count, last: Math.max(entry.last, last) });
    }
  }
  const latencies: number[] = [];
  for (const report of reports) {
    for (const [author, seq, sentAt] of report.sent) {
      const entry = seen.get(`${author}:${seq}`);
      if (entry?.count === peers - 1) latencies.push(entry.last - sentAt);
    }
  }
  return latencies;
}

/** One worker thread of peers (syncPeerWorker.ts), loaded through tsx like the rest. */
class PeerThread {
  readonly #worker: Worker;

  constructor(data: PeerWorkerData) {
    const load = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(PEER_WORKER)}); })`;
    this.#worker = new Worker(load, { eval: true, workerData: data });
  }

  send(message: ToPeers): void {
    this.#worker.postMessage(message);
  }

  next<T extends FromPeers['type']>(type: T): Promise<Extract<FromPeers, { type: T }>> {
    return new Promise((resolve, reject) => {
      const onMessage = (message: FromPeers) => {
        if (message.type !== type) return;
        this.#worker.off('message', onMessage);
        this.#worker.off('error', reject);
        resolve(message as Extract<FromPeers, { type: T }>);
      };
      this.#worker.on('message', onMessage);
      this.#worker.once('error', reject);
    });
  }

  /** Sends `message` and waits for `answer`, for at most `timeoutMs`. */
  ask<T extends FromPeers['type']>(
    message: ToPeers,
    answer: T,
    timeoutMs = ANSWER_TIMEOUT_MS,
  ): Promise<Extract<FromPeers, { type: T }>> {
    const reply = this.next(answer);
    this.send(message);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`peers did not answer ${message.type}`)),
        timeoutMs,
      );
    });
    return Promise.race([reply, timeout]).finally(() => clearTimeout(timer));
  }

  async close(): Promise<void> {
    await this.ask({ type: 'close' }, 'closed', 5000).catch(() => undefined);
    await this.#worker.terminate();
  }
}

function nextServerMessage<T extends FromServer['type']>(
  child: ChildProcess,
  type: T,
): Promise<Extract<FromServer, { type: T }>> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`sync server exited (${code})`));
    const onMessage = (message: FromServer) => {
      if (message.type !== type) return;
      child.off('message', onMessage);
      child.off('exit', onExit);
      resolve(message as Extract<FromServer, { type: T }>);
    };
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

/** Polls `condition`; false if it still fails (or throws) after `timeoutMs`. */
async function until(condition: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  while (!(await condition().catch(() => false))) {
    if (performance.now() > deadline) return false;
    await pause(10);
  }
  return true;
}

/** User + system CPU time of a process in clock ticks, from /proc; null elsewhere than Linux. */
async function cpuTicksOf(pid: number | undefined): Promise<number | null> {
  try {
    // Fields 14 and 15 (utime, stime), counted after the parenthesised command name.
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return null;
  }
}

/** Whether `promise` resolved (rather than failed). */
function settles(promise: Promise<unknown>): Promise<boolean> {
  return promise.then(
    () => true,
    () => false,
  );
}

const round = (value: number) => Number(value.toFixed(1));
