/**
 * The sync server of one benchmark run, in its own process so its CPU time and memory are its
 * own: either our hub, or bare automerge-repo (a Repo behind the stock WebSocket server adapter,
 * default settings, no app code) as the baseline. Driven by the parent over IPC.
 */
import { isValidAutomergeUrl, Repo } from '@automerge/automerge-repo';
import { WebSocketServerAdapter } from '@automerge/automerge-repo-network-websocket';
import { WebSocketServer } from 'ws';
import { asAdapterServer } from '../../main/hub/GuardedWebSocketServerAdapter';
import { startHub } from '../../main/hub/startHub';

export type SyncServerKind = 'bare' | 'obeya';

export type ToServer =
  { type: 'host-workshop'; url: string } | { type: 'start-measuring' } | { type: 'exit' };

export type FromServer =
  | { type: 'ready'; url: string; joinCode?: string }
  /** Sent twice a second once measuring, so an overloaded server still reports. */
  | { type: 'usage'; cpuPercent: number; peakRssMb: number; warnings: number };

const send = (message: FromServer) => process.send?.(message);

async function main(kind: SyncServerKind, peers: number): Promise<void> {
  let warnings = 0;
  let hostWorkshop: (url: string) => void = () => undefined;
  if (kind === 'bare') {
    const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise((resolve) => wss.once('listening', resolve));
    new Repo({ network: [new WebSocketServerAdapter(asAdapterServer(wss))] });
    send({ type: 'ready', url: `ws://127.0.0.1:${(wss.address() as { port: number }).port}` });
  } else {
    const hub = await startHub({
      host: '127.0.0.1',
      // Every benchmark peer connects from loopback.
      limits: { maxConnectionsPerAddress: peers + 2, maxConnections: peers + 10 },
      logger: { info: () => undefined, warn: () => (warnings += 1) },
    });
    hostWorkshop = (url) => {
      if (isValidAutomergeUrl(url)) hub.addWorkshop(url);
    };
    send({ type: 'ready', url: hub.url, joinCode: hub.joinCode });
  }

  let peakRss = 0;
  setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 200);
  // A benchmark that is interrupted must not leave its server behind.
  process.on('disconnect', () => process.exit(0));
  process.on('message', (message: ToServer) => {
    if (message.type === 'host-workshop') hostWorkshop(message.url);
    if (message.type === 'start-measuring') {
      const cpuStart = process.cpuUsage();
      const wallStart = performance.now();
      peakRss = process.memoryUsage().rss;
      setInterval(() => {
        const cpu = process.cpuUsage(cpuStart);
        send({
          type: 'usage',
          cpuPercent: (100 * (cpu.user + cpu.system)) / ((performance.now() - wallStart) * 1000),
          peakRssMb: peakRss / 2 ** 20,
          warnings,
        });
      }, 500);
    }
    if (message.type === 'exit') process.exit(0);
  });
}

void main(process.argv[2] as SyncServerKind, Number(process.argv[3]));
