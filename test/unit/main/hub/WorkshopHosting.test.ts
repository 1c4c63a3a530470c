import { generateAutomergeUrl } from '@automerge/automerge-repo';
import { describe, expect, it, onTestFinished } from 'vitest';
import { WorkshopHosting } from '../../../../main/hub/WorkshopHosting';
import { joinChallengeSchema } from '../../../../shared/sync/hubApiSchemas';
import { HUB_PATHS } from '../../../../shared/sync/hubProtocol';
import { recordingLogger } from './hubTestPeers';

const WORKSHOP_A = generateAutomergeUrl();
const WORKSHOP_B = generateAutomergeUrl();

function testHosting(host = '127.0.0.1'): WorkshopHosting {
  const hosting = new WorkshopHosting({ host, logger: recordingLogger() });
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
