import { availableParallelism, loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { summarize } from './stats';
import type { SyncServerKind } from './syncServerProcess';
import { runSyncWorkload, type SyncRunResult } from './syncWorkload';

export interface SyncBenchOptions {
  /** Peer counts and edit rates to run, each against every server. */
  runs: { peers: number; editsPerSecond: number }[];
  servers: SyncServerKind[];
  /** Measured time per run, after `warmupMs`. */
  durationMs: number;
  /**
   * Editing before measuring starts. Thirty peers starting at once take several seconds to
   * settle (V8 and the wasm tiering up in fresh threads, every peer's first syncs): after 3 s
   * they were still behind their schedule, and catching up put 1–3 % more edits than asked for
   * into the measured window, at twice the steady latency.
   */
  warmupMs: number;
  /** Worker threads the peers are spread over (one per core by default). */
  peerThreads: number;
  /**
   * How many times the whole set of runs is repeated. The goals are judged on each
   * configuration's median over the rounds: on a shared machine one run's tail can follow
   * others' load on it more than the code.
   */
  rounds: number;
  /** Profile each run's server process into this folder (`--cpu-prof`), to see where it spends. */
  serverCpuProfileDir?: string;
}

/** One configuration over every round: medians, and each round's figure to show the spread. */
export interface SyncRunSummary {
  server: SyncServerKind;
  peers: number;
  editsPerSecond: number;
  rounds: number;
  /** Median over the rounds of each run's median, p95 and max; null if any run could not measure. */
  latencyMs: { median: number; p95: number; max: number } | null;
  p95sMs: (number | null)[];
  /** The lowest share of the edits asked for that a round made. */
  editsShareMin: number | null;
  hubCpuPercent: number | null;
  hubCpuPercents: (number | null)[];
  peerThreadBusyPercent: number | null;
}

export interface SyncGoal {
  goal: string;
  measured: number | null;
  met: boolean;
}

export interface SyncBenchReport {
  machine: { cpus: number; loadAverageBefore: number; loadAverageAfter: number };
  runs: SyncRunResult[];
  summaries: SyncRunSummary[];
  goals: SyncGoal[];
}

const DEFAULTS: SyncBenchOptions = {
  runs: [
    { peers: 10, editsPerSecond: 1 },
    { peers: 30, editsPerSecond: 1 },
    { peers: 30, editsPerSecond: 4 },
  ],
  servers: ['bare', 'obeya'],
  durationMs: 20_000,
  warmupMs: 10_000,
  peerThreads: availableParallelism(),
  rounds: 3,
};

/**
 * Edit → visible latency and hub cost of LAN sync: our hub (with peers relaying their changes)
 * against bare automerge-repo, run after run on the same machine so noise hits both alike.
 */
export async function benchSync(options: Partial<SyncBenchOptions> = {}): Promise<SyncBenchReport> {
  const settings = { ...DEFAULTS, ...options };
  const loadAverageBefore = loadavg()[0]!;
  const runs: SyncRunResult[] = [];
  for (let round = 1; round <= settings.rounds; round++) {
    // Which server runs first alternates from round to round: a run can leave the machine
    // slower for the next (a saturated bare server's minute at full load), and that should not
    // always fall on the same one.
    const servers = round % 2 === 1 ? settings.servers : [...settings.servers].reverse();
    for (const run of settings.runs) {
      for (const server of servers) {
        // Progress on stderr keeps stdout pure JSON.
        console.error(
          `sync bench, round ${round}/${settings.rounds}: ${server}, ${run.peers} peers × ${run.editsPerSecond} edit/s`,
        );
        const result = await runSyncWorkload({
          ...run,
          server,
          durationMs: settings.durationMs,
          warmupMs: settings.warmupMs,
          peerThreads: settings.peerThreads,
          serverCpuProfileDir: settings.serverCpuProfileDir,
        });
        console.error(JSON.stringify(result));
        runs.push(result);
      }
    }
  }
  const summaries = settings.runs.flatMap((run) =>
    settings.servers.map((server) =>
      summarizeRuns(
        runs.filter(
          (result) =>
            result.server === server &&
            result.peers === run.peers &&
            result.editsPerSecond === run.editsPerSecond,
        ),
      ),
    ),
  );
  return {
    machine: {
      cpus: availableParallelism(),
      loadAverageBefore,
      loadAverageAfter: loadavg()[0]!,
    },
    runs,
    summaries,
    goals: goalsOf(summaries),
  };
}

/** Medians over the rounds of one configuration's runs (at least one). */
function summarizeRuns(runs: SyncRunResult[]): SyncRunSummary {
  const first = runs[0]!;
  const median = (values: (number | null | undefined)[]) =>
    values.every((value) => typeof value === 'number')
      ? summarize(values as number[], 1).median
      : null;
  const latencies = runs.map((run) => run.latencyMs);
  const shares = runs.map((run) => (run.edits === null ? null : run.edits / run.editsExpected));
  return {
    server: first.server,
    peers: first.peers,
    editsPerSecond: first.editsPerSecond,
    rounds: runs.length,
    latencyMs: latencies.every((latency) => latency !== null)
      ? {
          median: median(latencies.map((latency) => latency?.median))!,
          p95: median(latencies.map((latency) => latency?.p95))!,
          max: median(latencies.map((latency) => latency?.max))!,
        }
      : null,
    p95sMs: latencies.map((latency) => latency?.p95 ?? null),
    editsShareMin: shares.every((share) => share !== null)
      ? Number(Math.min(...(shares as number[])).toFixed(2))
      : null,
    hubCpuPercent: median(runs.map((run) => run.hubCpuPercent)),
    hubCpuPercents: runs.map((run) => run.hubCpuPercent),
    peerThreadBusyPercent: median(runs.map((run) => run.peerThreadBusyPercent)),
  };
}

/**
 * The targets, judged on each configuration's medians over the rounds (not met when a
 * run could not measure).
 */
function goalsOf(summaries: SyncRunSummary[]): SyncGoal[] {
  const find = (server: SyncServerKind, peers: number, editsPerSecond: number) =>
    summaries.find(
      (run) =>
        run.server === server && run.peers === peers && run.editsPerSecond === editsPerSecond,
    );
  const goal = (
    name: string,
    measured: number | null | undefined,
    met: (value: number) => boolean,
  ) => ({
    goal: name,
    measured: measured ?? null,
    met: measured !== null && measured !== undefined && met(measured),
  });
  const ours = find('obeya', 30, 1);
  const bare = find('bare', 30, 1);
  const stress = find('obeya', 30, 4);
  const goals: SyncGoal[] = [];
  if (ours)
    goals.push(goal('30 peers × 1 edit/s: p95 ≤ 100 ms', ours.latencyMs?.p95, (p95) => p95 <= 100));
  if (ours && bare) {
    const ratio =
      ours.latencyMs && bare.latencyMs
        ? Number((ours.latencyMs.p95 / bare.latencyMs.p95).toFixed(2))
        : null;
    goals.push(
      goal('30 peers × 1 edit/s: p95 ≤ 0.5 × bare automerge-repo', ratio, (value) => value <= 0.5),
    );
  }
  if (stress) {
    // Fewer edits than asked for mean the peers could not keep up: the latencies then describe
    // a lighter load than the one named.
    goals.push(
      goal(
        '30 peers × 4 edits/s: ≥ 98 % of the edits asked for made, in every round',
        stress.editsShareMin,
        (share) => share >= 0.98,
      ),
      goal(
        '30 peers × 4 edits/s: hub CPU < 80 % of one core',
        stress.hubCpuPercent,
        (cpu) => cpu < 80,
      ),
      goal('30 peers × 4 edits/s: p95 < 250 ms', stress.latencyMs?.p95, (p95) => p95 < 250),
    );
  }
  return goals;
}

/**
 * `--duration=20 --warmup=10 --runs=10x1,30x1,30x4 --servers=bare,obeya --threads=2 --rounds=3
 * --server-cpu-prof=DIR`
 */
function optionsFromArgs(args: string[]): Partial<SyncBenchOptions> {
  const options: Partial<SyncBenchOptions> = {};
  for (const arg of args) {
    const [name, value = ''] = arg.replace(/^--/, '').split('=');
    if (name === 'duration') options.durationMs = Number(value) * 1000;
    if (name === 'warmup') options.warmupMs = Number(value) * 1000;
    if (name === 'threads') options.peerThreads = Number(value);
    if (name === 'rounds') options.rounds = Number(value);
    if (name === 'server-cpu-prof') options.serverCpuProfileDir = value;
    if (name === 'servers') options.servers = value.split(',') as SyncServerKind[];
    if (name === 'runs') {
      options.runs = value.split(',').map((run) => {
        const [peers, editsPerSecond] = run.split('x').map(Number);
        return { peers: peers!, editsPerSecond: editsPerSecond! };
      });
    }
  }
  return options;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const report = await benchSync(optionsFromArgs(process.argv.slice(2)));
  console.log(JSON.stringify(report, null, 2));
}
