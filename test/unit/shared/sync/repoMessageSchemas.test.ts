import { cbor, generateAutomergeUrl, Repo, type PeerId } from '@automerge/automerge-repo';
import { WebSocketClientAdapter } from '@automerge/automerge-repo-network-websocket';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocketServer } from 'ws';
import { PEER_FRAME_TYPES, peerFrameSchema } from '../../../../shared/sync/repoMessageSchemas';

/** Frames a real automerge-repo client sends: join, request/sync, ephemeral. */
const recorded: Record<string, unknown>[] = [];
let server: WebSocketServer;
let client: Repo;

beforeAll(async () => {
  server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise((resolve) => server.once('listening', resolve));
  server.on('connection', (socket) => {
    socket.on('message', (data: Buffer) => recorded.push(cbor.decode(data)));
    socket.send(
      cbor.encode({
        type: 'peer',
        senderId: 'server',
        targetId: 'client',
        peerMetadata: {},
        selectedProtocolVersion: '1',
      }),
    );
  });
  const { port } = server.address() as { port: number };
  client = new Repo({
    network: [new WebSocketClientAdapter(`ws://127.0.0.1:${port}`)],
    peerId: 'client' as PeerId,
  });
  const handle = client.create({ steps: [] });
  await new Promise((resolve) => setTimeout(resolve, 300));
  handle.broadcast({ cursor: 1 });
  void client.find(generateAutomergeUrl()).catch(() => undefined);
  await new Promise((resolve) => setTimeout(resolve, 300));
});

afterAll(async () => {
  await client.shutdown();
  await new Promise((resolve) => server.close(resolve));
});

describe('peerFrameSchema', () => {
  it('accepts every frame a real automerge-repo client sends', () => {
    const types = new Set(recorded.map((frame) => frame.type));
    expect([...types].sort()).toEqual(['ephemeral', 'join', 'request', 'sync']);
    for (const frame of recorded) expect(peerFrameSchema.safeParse(frame).error).toBeUndefined();
  });

  it('refuses a frame with a field of the wrong kind', () => {
    const sync = recorded.find((frame) => frame.type === 'sync')!;
    expect(peerFrameSchema.safeParse({ ...sync, data: 'text' }).success).toBe(false);
    expect(peerFrameSchema.safeParse({ ...sync, data: new Uint8Array() }).success).toBe(false);
    expect(peerFrameSchema.safeParse({ ...sync, documentId: '../etc/passwd' }).success).toBe(false);
    expect(peerFrameSchema.safeParse({ ...sync, senderId: 'x'.repeat(500) }).success).toBe(false);
  });

  it('knows the message types of the protocol and no others', () => {
    expect(PEER_FRAME_TYPES).toEqual([
      'join',
      'sync',
      'request',
      'ephemeral',
      'doc-unavailable',
      'remote-subscription-change',
      'remote-heads-changed',
    ]);
  });
});
