import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HUB_PATHS } from '../../../../shared/sync/hubProtocol';
import { joinChallengeSchema } from '../../../../shared/sync/hubApiSchemas';
import { HubJoinError, joinHub } from '../../../../shared/sync/joinHub';
import { computeJoinProof } from '../../../../shared/sync/joinProof';
import { formatJoinCode, parseJoinCode } from '../../../../shared/sync/joinCode';
import { openRawSocket, startTestHub, syncUrlFor } from './hubTestPeers';

async function challenge(hubUrl: string) {
  const response = await fetch(`${hubUrl}${HUB_PATHS.challenge}`);
  return joinChallengeSchema.parse(await response.json());
}

async function postJoin(hubUrl: string, body: unknown) {
  const response = await fetch(`${hubUrl}${HUB_PATHS.join}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** A clock the test moves by hand, for expiry. */
function manualClock() {
  let time = 1_000_000;
  return { now: () => time, advance: (ms: number) => (time += ms) };
}

describe('joining a hub', () => {
  it('hands out a typable join code', async () => {
    const hub = await startTestHub();
    expect(formatJoinCode(hub.joinCode)).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    expect(parseJoinCode(formatJoinCode(hub.joinCode).toLowerCase())).toBe(hub.joinCode);
  });

  it('grants a working sync connection for the right join code', async () => {
    const hub = await startTestHub({ hostName: 'Anna' });
    const session = await joinHub({
      hubUrl: hub.url,
      joinCode: hub.joinCode,
      peerName: 'Ben',
      fetch,
    });
    expect(session.hub.name).toBe('Anna');
    const raw = openRawSocket(session.syncUrl);
    expect(await raw.outcome).toBe('open');
    expect(hub.logger.events).toContainEqual(
      expect.objectContaining({
        event: 'join granted',
        details: expect.objectContaining({ peerName: 'Ben' }),
      }),
    );
  });

  it('says "wrong-join-code" for a wrong code, with 403', async () => {
    const hub = await startTestHub();
    const wrongCode = hub.joinCode === '22222222' ? '33333333' : '22222222';
    await expect(
      joinHub({ hubUrl: hub.url, joinCode: wrongCode, peerName: 'Eve', fetch }),
    ).rejects.toEqual(new HubJoinError('wrong-join-code'));
    const { nonce } = await challenge(hub.url);
    const answer = await postJoin(hub.url, {
      nonce,
      proof: computeJoinProof(wrongCode, nonce),
      peerName: 'Eve',
    });
    expect(answer).toEqual({ status: 403, body: { error: 'wrong-join-code' } });
  });

  it('refuses a join without a proof', async () => {
    const hub = await startTestHub();
    const { nonce } = await challenge(hub.url);
    expect(await postJoin(hub.url, { nonce, peerName: 'Eve' })).toEqual({
      status: 400,
      body: { error: 'bad-request' },
    });
  });

  it('refuses a replayed challenge, even with the right proof', async () => {
    const hub = await startTestHub();
    const { nonce } = await challenge(hub.url);
    const request = { nonce, proof: computeJoinProof(hub.joinCode, nonce), peerName: 'Ben' };
    expect((await postJoin(hub.url, request)).status).toBe(200);
    expect(await postJoin(hub.url, request)).toEqual({
      status: 410,
      body: { error: 'expired-challenge' },
    });
  });

  it('refuses an answer to a challenge that has expired', async () => {
    const clock = manualClock();
    const hub = await startTestHub({ now: clock.now, limits: { challengeTtlMs: 60_000 } });
    const { nonce } = await challenge(hub.url);
    clock.advance(60_001);
    const answer = await postJoin(hub.url, {
      nonce,
      proof: computeJoinProof(hub.joinCode, nonce),
      peerName: 'Ben',
    });
    expect(answer).toEqual({ status: 410, body: { error: 'expired-challenge' } });
  });

  it('makes an address wait after too many wrong codes, right code included', async () => {
    const clock = manualClock();
    const hub = await startTestHub({ now: clock.now, limits: { wrongCodesPerMinute: 3 } });
    const wrongCode = hub.joinCode === '22222222' ? '33333333' : '22222222';
    for (let attempt = 0; attempt < 3; attempt++) {
      await expect(
        joinHub({ hubUrl: hub.url, joinCode: wrongCode, peerName: 'Eve', fetch }),
      ).rejects.toEqual(new HubJoinError('wrong-join-code'));
    }
    const refused = joinHub({ hubUrl: hub.url, joinCode: hub.joinCode, peerName: 'Eve', fetch });
    await expect(refused).rejects.toMatchObject({
      reason: 'too-many-attempts',
      retryAfterSeconds: 60,
    });

    clock.advance(60_000);
    await expect(
      joinHub({ hubUrl: hub.url, joinCode: hub.joinCode, peerName: 'Ben', fetch }),
    ).resolves.toBeDefined();
  });
});

describe('the sync WebSocket upgrade', () => {
  it('accepts a token once', async () => {
    const hub = await startTestHub();
    const syncUrl = await syncUrlFor(hub);
    expect(await openRawSocket(syncUrl).outcome).toBe('open');
    expect(await openRawSocket(syncUrl).outcome).toBe(401);
  });

  it('refuses a token that has expired', async () => {
    const clock = manualClock();
    const hub = await startTestHub({ now: clock.now, limits: { tokenTtlMs: 30_000 } });
    const syncUrl = await syncUrlFor(hub);
    clock.advance(30_001);
    expect(await openRawSocket(syncUrl).outcome).toBe(401);
  });

  it('answers an upgrade without a token with 401 and sends no data', async () => {
    const hub = await startTestHub();
    const wsUrl = hub.url.replace('http', 'ws');
    const withoutToken = openRawSocket(`${wsUrl}/sync`);
    const madeUpToken = openRawSocket(`${wsUrl}/sync?token=${'ab'.repeat(32)}`);
    const elsewhere = openRawSocket(`${wsUrl}/other`);
    expect(await withoutToken.outcome).toBe(401);
    expect(await madeUpToken.outcome).toBe(401);
    expect(await elsewhere.outcome).toBe(404);
    expect([...withoutToken.received, ...madeUpToken.received, ...elsewhere.received]).toEqual([]);
    expect(hub.stats()).toMatchObject({ upgradesRefused: 3, connections: 0 });
  });
});

describe('the hub web server', () => {
  it('serves the renderer and the API on one port, the API to any origin', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'obeya-hub-renderer-'));
    writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Obeya</title>');
    try {
      const hub = await startTestHub({ rendererRoot: root });
      const page = await fetch(`${hub.url}/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<title>Obeya</title>');
      const api = await fetch(`${hub.url}${HUB_PATHS.challenge}`);
      expect(api.headers.get('access-control-allow-origin')).toBe('*');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
