import { generateAutomergeUrl } from '@automerge/automerge-repo';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBrowserHost, type BrowserHost } from '../../../../main/host/BrowserHost';
import type { DiscoveredHub as AnnouncedHub, HubDiscovery } from '../../../../main/hub/discovery';
import { NearbyHubs } from '../../../../main/hub/NearbyHubs';
import { WorkshopHosting } from '../../../../main/hub/WorkshopHosting';
import type { DiscoveredHub } from '../../../../shared/ipc/contract';
import { hostingInfoSchema } from '../../../../shared/ipc/ipcSchemas';
import { joinChallengeSchema } from '../../../../shared/sync/hubApiSchemas';
import { HUB_PATHS, HUB_PROTOCOL_VERSION } from '../../../../shared/sync/hubProtocol';
import { recordingLogger } from '../hub/hubTestPeers';

const WORKSHOP_URL = generateAutomergeUrl();

interface Reply {
  status: number;
  body: unknown;
}

/** One request with exactly the Host and Origin headers given, as a browser would send them. */
function call(
  host: BrowserHost,
  method: string,
  requestPath: string,
  headers: { host?: string; origin?: string } = {},
  body?: string,
): Promise<Reply> {
  const { port } = new URL(host.url);
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: '127.0.0.1',
        port,
        method,
        path: requestPath,
        setHost: false,
        headers: {
          ...(headers.host === undefined ? {} : { host: headers.host }),
          ...(headers.origin === undefined ? {} : { origin: headers.origin }),
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: response.statusCode ?? 0, body: text ? JSON.parse(text) : undefined });
        });
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

/** Discovery as the host sees it, without multicast: the test says which hubs are in view. */
function fakeDiscovery() {
  let report: (hubs: AnnouncedHub[]) => void = () => undefined;
  const discovery: HubDiscovery = {
    announce: () => ({ update: () => undefined, stop: () => undefined }),
    browseHubs: (onChange) => {
      report = onChange;
      return () => (report = () => undefined);
    },
    close: async () => undefined,
  };
  return { discovery, announce: (hubs: AnnouncedHub[]) => report(hubs) };
}

describe('the browser host API', () => {
  let root: string;
  let host: BrowserHost;
  let hosting: WorkshopHosting;
  let own: { host: string; origin: string };
  const rooms = fakeDiscovery();

  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'obeya-host-'));
    await writeFile(path.join(root, 'index.html'), '<!doctype html><title>Obeya</title>');
    hosting = new WorkshopHosting({
      rendererRoot: root,
      host: '127.0.0.1',
      logger: recordingLogger(),
    });
    host = await startBrowserHost({ root, hosting, nearbyHubs: new NearbyHubs(rooms.discovery) });
    const authority = new URL(host.url).host;
    own = { host: authority, origin: `http://${authority}` };
  });

  afterEach(async () => {
    await hosting.stop();
    await host.close();
    await rm(root, { recursive: true, force: true });
  });

  const hostRequest = JSON.stringify({ workshopUrl: WORKSHOP_URL, hostName: 'Anna' });

  it('starts a hub for its own page, shares the workshop, and stops it', async () => {
    const started = await call(host, 'POST', '/api/host', own, hostRequest);
    expect(started.status).toBe(200);
    const info = hostingInfoSchema.parse(started.body);

    const challenge = await fetch(`${info.hubUrl}${HUB_PATHS.challenge}`);
    const { hub } = joinChallengeSchema.parse(await challenge.json());
    expect(hub.name).toBe('Anna');
    expect(hub.workshops.map((workshop) => workshop.url)).toEqual([WORKSHOP_URL]);

    // A second request shares through the same hub, with the same code.
    const again = await call(host, 'POST', '/api/host', own, hostRequest);
    expect(hostingInfoSchema.parse(again.body)).toEqual(info);

    expect((await call(host, 'DELETE', '/api/host', own)).status).toBe(204);
    await expect(fetch(`${info.hubUrl}${HUB_PATHS.challenge}`)).rejects.toThrow();
  });

  it.each([
    ['a page from another laptop', { origin: 'http://192.168.1.23:5190' }],
    ['a page on another port', { origin: 'http://127.0.0.1:1' }],
    [
      'a DNS name rebound to this laptop',
      { host: 'attacker.example', origin: 'http://attacker.example' },
    ],
    ['a request without Origin', { origin: undefined }],
  ])('refuses to host for %s, and starts nothing', async (_label, change) => {
    const headers = { ...own, ...change } as { host?: string; origin?: string };
    const refused = await call(host, 'POST', '/api/host', headers, hostRequest);
    expect(refused.status).toBe(403);
    expect(refused.body).toEqual({
      error: expect.stringContaining('Only the Obeya page on this laptop'),
    });
    expect((await call(host, 'DELETE', '/api/host', { ...own, ...change })).status).toBe(403);
    // Nothing started: the first real request gets a fresh hub.
    expect((await call(host, 'POST', '/api/host', own, hostRequest)).status).toBe(200);
  });

  it.each([
    [
      'not an automerge URL',
      { workshopUrl: 'https://example.org', hostName: 'Anna' },
      'workshopUrl: not an automerge URL',
    ],
    ['a missing host name', { workshopUrl: WORKSHOP_URL }, 'hostName:'],
    [
      'an extra field',
      { workshopUrl: WORKSHOP_URL, hostName: 'Anna', port: 22 },
      'Unrecognized key',
    ],
  ])('answers a body with %s with 400 naming the problem', async (_label, body, problem) => {
    const reply = await call(host, 'POST', '/api/host', own, JSON.stringify(body));
    expect(reply.status).toBe(400);
    expect(reply.body).toEqual({ error: expect.stringContaining('Invalid hosting request:') });
    expect((reply.body as { error: string }).error).toContain(problem);
  });

  it('answers a body that is not JSON with 400', async () => {
    const reply = await call(host, 'POST', '/api/host', own, '{"workshopUrl":');
    expect(reply).toEqual({
      status: 400,
      body: { error: 'Invalid hosting request: not JSON of at most 4096 bytes.' },
    });
  });

  it('refuses other methods', async () => {
    expect((await call(host, 'PUT', '/api/host', own, hostRequest)).status).toBe(405);
    expect((await call(host, 'POST', '/api/hubs', own, '{}')).status).toBe(405);
  });

  it('lists the well-formed hubs announced on the network, only to its own page', async () => {
    // The first request starts looking; nothing is in view yet.
    expect(await call(host, 'GET', '/api/hubs', { host: own.host })).toEqual({
      status: 200,
      body: [],
    });
    rooms.announce([
      {
        name: 'Anna 5190',
        url: 'http://192.168.1.20:5190',
        hostName: 'Anna',
        workshopTitle: 'Payments value stream',
        protocolVersion: HUB_PROTOCOL_VERSION,
      },
      // Anyone on the network can announce anything: this one is dropped.
      {
        name: 'x',
        url: 'javascript:alert(1)',
        hostName: '',
        workshopTitle: '',
        protocolVersion: 1,
      },
    ]);
    const listed = await call(host, 'GET', '/api/hubs', { host: own.host });
    expect(listed.body).toEqual<DiscoveredHub[]>([
      {
        name: 'Anna 5190',
        hubUrl: 'http://192.168.1.20:5190',
        hostName: 'Anna',
        workshopTitle: 'Payments value stream',
        protocolVersion: HUB_PROTOCOL_VERSION,
      },
    ]);
    const fromLan = await call(host, 'GET', '/api/hubs', {
      host: own.host,
      origin: 'http://192.168.1.23:5190',
    });
    expect(fromLan.status).toBe(403);
  });

  it('still serves the renderer beside the API', async () => {
    const page = await fetch(host.url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Obeya</title>');
  });
});

describe('a browser host without hosting', () => {
  it('answers 404 with a reason, which the page shows as "cannot host here"', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'obeya-host-'));
    const host = await startBrowserHost({ root });
    try {
      const authority = new URL(host.url).host;
      const own = { host: authority, origin: `http://${authority}` };
      const reply = await call(host, 'POST', '/api/host', own, '{}');
      expect(reply).toEqual({ status: 404, body: { error: 'This host does not host workshops.' } });
      expect((await call(host, 'GET', '/api/hubs', { host: authority })).status).toBe(404);
    } finally {
      await host.close();
      await rm(root, { recursive: true, force: true });
    }
  });
});
