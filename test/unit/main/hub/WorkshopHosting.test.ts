import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { generateAutomergeUrl } from '@automerge/automerge-repo';
import { describe, expect, it, onTestFinished } from 'vitest';
import { hostingMemoryFile } from '../../../../main/hub/HostingMemory';
import { WorkshopHosting } from '../../../../main/hub/WorkshopHosting';
import { joinChallengeSchema } from '../../../../shared/sync/hubApiSchemas';
import { HUB_PATHS } from '../../../../shared/sync/hubProtocol';
import { recordingLogger } from './hubTestPeers';

const WORKSHOP_A = generateAutomergeUrl();
const WORKSHOP_B = generateAutomergeUrl();

function testHosting(
  host = '127.0.0.1',
  memory?: ReturnType<typeof hostingMemoryFile>,
): WorkshopHosting {
  const hosting = new WorkshopHosting({ host, logger: recordingLogger(), memory });
  onTestFinished(() => hosting.stop());
  return hosting;
}

async function hostedWorkshops(hubUrl: string): Promise<string[]> {
  const response = await fetch(`${hubUrl}${HUB_PATHS.challenge}`);
  return joinChallengeSchema.parse(await response.json()).hub.workshops.map(({ url }) => url);
}

describe('WorkshopHosting', () => {
  it('shares every workshop through one hub, even when asked twice at once', async () => {
    const hosting = testHosting();
    const [a, b] = await Promise.all([
      hosting.host({ workshopUrl: WORKSHOP_A, hostName: 'Anna' }),
      hosting.host({ workshopUrl: WORKSHOP_B, hostName: 'Anna' }),
    ]);
    expect(b).toEqual(a);
    expect((await hostedWorkshops(a.hubUrl)).sort()).toEqual([WORKSHOP_A, WORKSHOP_B].sort());
  });

  it('starts a fresh hub after stop', async () => {
    const hosting = testHosting();
    const first = await hosting.host({ workshopUrl: WORKSHOP_A, hostName: 'Anna' });
    await hosting.stop();
    await expect(fetch(`${first.hubUrl}${HUB_PATHS.challenge}`)).rejects.toThrow();
    const second = await hosting.host({ workshopUrl: WORKSHOP_B, hostName: 'Anna' });
    expect(await hostedWorkshops(second.hubUrl)).toEqual([WORKSHOP_B]);
  });

  it('reports a hub that cannot start, and tries again on the next request', async () => {
    // TEST-NET-3: an address no interface of this machine has.
    const hosting = testHosting('203.0.113.7');
    const request = { workshopUrl: WORKSHOP_A, hostName: 'Anna' };
    await expect(hosting.host(request)).rejects.toThrow(/EADDRNOTAVAIL/);
    await expect(hosting.host(request)).rejects.toThrow(/EADDRNOTAVAIL/);
  });

  it('refuses what is not a workshop URL', async () => {
    await expect(testHosting().host({ workshopUrl: 'nope', hostName: 'Anna' })).rejects.toThrow(
      'Hosting needs the automerge URL of a workshop.',
    );
  });
});

describe('WorkshopHosting with a memory of its last hub', () => {
  async function memoryFile(): Promise<string> {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'obeya-hosting-'));
    onTestFinished(() => rm(folder, { recursive: true, force: true }));
    return path.join(folder, 'hosting.json');
  }

  it('comes back at the same address with the same code for the same workshop', async () => {
    const file = await memoryFile();
    const hosting = testHosting('127.0.0.1', hostingMemoryFile(file, recordingLogger()));
    const first = await hosting.host({ workshopUrl: WORKSHOP_A, hostName: 'Anna' });
    await hosting.host({ workshopUrl: WORKSHOP_B, hostName: 'Anna' });
    await hosting.stop();

    // As after a crash: a new process, only the file.
    const restarted = testHosting('127.0.0.1', hostingMemoryFile(file, recordingLogger()));
    const again = await restarted.host({ workshopUrl: WORKSHOP_B, hostName: 'Anna' });
    expect(again).toEqual(first);
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({
      workshopUrls: [WORKSHOP_A, WORKSHOP_B],
    });
    // It holds the join code: no other user of the machine may read it.
    if (process.platform !== 'win32') expect((await stat(file)).mode & 0o077).toBe(0);
  });

  it('gives another workshop a new code, on the same address', async () => {
    const memory = hostingMemoryFile(await memoryFile(), recordingLogger());
    const hosting = testHosting('127.0.0.1', memory);
    const first = await hosting.host({ workshopUrl: WORKSHOP_A, hostName: 'Anna' });
    await hosting.stop();
    const other = await hosting.host({ workshopUrl: WORKSHOP_B, hostName: 'Anna' });
    expect(other.hubUrl).toBe(first.hubUrl);
    expect(other.joinCode).not.toBe(first.joinCode);
    expect(await memory.recall()).toEqual({
      port: Number(new URL(first.hubUrl).port),
      joinCode: other.joinCode,
      workshopUrls: [WORKSHOP_B],
    });
  });

  it('moves to a free port when another program took the last one, keeping the code', async () => {
    const memory = hostingMemoryFile(await memoryFile(), recordingLogger());
    const hosting = testHosting('127.0.0.1', memory);
    const first = await hosting.host({ workshopUrl: WORKSHOP_A, hostName: 'Anna' });
    await hosting.stop();
    const squatter = net.createServer();
    await new Promise<void>((resolve) =>
      squatter.listen(Number(new URL(first.hubUrl).port), '127.0.0.1', resolve),
    );
    onTestFinished(() => new Promise<void>((resolve) => squatter.close(() => resolve())));
    const moved = await hosting.host({ workshopUrl: WORKSHOP_A, hostName: 'Anna' });
    expect(moved.hubUrl).not.toBe(first.hubUrl);
    expect(moved.joinCode).toBe(first.joinCode);
    expect((await memory.recall())?.port).toBe(Number(new URL(moved.hubUrl).port));
  });

  it('gives a new join code on request, at the same address, still sharing every workshop', async () => {
    const memory = hostingMemoryFile(await memoryFile(), recordingLogger());
    const hosting = testHosting('127.0.0.1', memory);
    const first = await hosting.host({ workshopUrl: WORKSHOP_A, hostName: 'Anna' });
    await hosting.host({ workshopUrl: WORKSHOP_B, hostName: 'Anna' });
    const renewed = await hosting.host({
      workshopUrl: WORKSHOP_A,
      hostName: 'Anna',
      newJoinCode: true,
    });
    expect(renewed.hubUrl).toBe(first.hubUrl);
    expect(renewed.joinCode).not.toBe(first.joinCode);
    expect((await hostedWorkshops(renewed.hubUrl)).sort()).toEqual([WORKSHOP_A, WORKSHOP_B].sort());
    // Hosting again later keeps the new code, not the one the room had before.
    await hosting.stop();
    expect(await hosting.host({ workshopUrl: WORKSHOP_B, hostName: 'Anna' })).toEqual(renewed);
  });

  it('starts afresh from a damaged or hostile memory file, and says so', async () => {
    const file = await memoryFile();
    const logger = recordingLogger();
    const hosting = testHosting('127.0.0.1', hostingMemoryFile(file, logger));
    for (const content of [
      '{"port": 5190, "joinCode": "K7Q2',
      JSON.stringify({ port: 22, joinCode: 'aaaa', workshopUrls: [WORKSHOP_A] }),
      JSON.stringify({ port: 70000, joinCode: 'K7Q2M9XD', workshopUrls: [WORKSHOP_A] }),
    ]) {
      await writeFile(file, content);
      const hosted = await hosting.host({ workshopUrl: WORKSHOP_A, hostName: 'Anna' });
      expect(hosted.joinCode).not.toMatch(/K7Q2M9XD|aaaa/);
      await hosting.stop();
    }
    expect(logger.events.filter(({ event }) => event === 'hosting memory ignored')).toHaveLength(3);
  });
});
