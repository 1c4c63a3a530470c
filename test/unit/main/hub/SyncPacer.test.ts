import type { DocumentId } from '@automerge/automerge-repo';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SyncPacer } from '../../../../main/hub/SyncPacer';

const map = 'map' as DocumentId;
const workshop = 'workshop' as DocumentId;

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** A pacer on the fake clock, and what it has handed on so far. */
function pacer(intervalMs = 1000) {
  const delivered: string[] = [];
  const syncPacer = new SyncPacer(intervalMs, () => Date.now());
  const receive = (connection: object, documentId: DocumentId, inStep: boolean, name: string) =>
    syncPacer.receive(connection, documentId, inStep, () => delivered.push(name));
  return { syncPacer, delivered, receive };
}

describe('SyncPacer', () => {
  it('hands on at once every message that may bring something', () => {
    const { delivered, receive } = pacer();
    const anna = {};
    receive(anna, map, false, 'first');
    receive(anna, map, false, 'second');
    receive(anna, map, false, 'third');
    expect(delivered).toEqual(['first', 'second', 'third']);
  });

  it('hands on an in-step message at most once per interval, the latest of those that waited', () => {
    const { syncPacer, delivered, receive } = pacer();
    const anna = {};
    receive(anna, map, true, 'at once');
    vi.advanceTimersByTime(300);
    receive(anna, map, true, 'replaced');
    receive(anna, map, true, 'latest');
    expect(delivered).toEqual(['at once']);

    vi.advanceTimersByTime(699);
    expect(delivered).toEqual(['at once']);
    vi.advanceTimersByTime(1);
    expect(delivered).toEqual(['at once', 'latest']);
    expect(syncPacer.replaced).toBe(1);

    vi.advanceTimersByTime(1000);
    receive(anna, map, true, 'after a quiet interval');
    expect(delivered).toEqual(['at once', 'latest', 'after a quiet interval']);
  });

  it('keeps a peer’s messages in order: a waiting one goes first when another must go at once', () => {
    const { delivered, receive } = pacer();
    const anna = {};
    receive(anna, map, true, 'in step');
    receive(anna, map, true, 'waiting');
    receive(anna, map, false, 'brings a change');
    expect(delivered).toEqual(['in step', 'waiting', 'brings a change']);

    // The next in-step message counts its interval from that last delivery.
    receive(anna, map, true, 'in step again');
    vi.advanceTimersByTime(999);
    expect(delivered).toHaveLength(3);
    vi.advanceTimersByTime(1);
    expect(delivered.at(-1)).toBe('in step again');
  });

  it('paces each peer and document on its own', () => {
    const { delivered, receive } = pacer();
    const anna = {};
    const ben = {};
    receive(anna, map, true, 'anna map');
    receive(anna, workshop, true, 'anna workshop');
    receive(ben, map, true, 'ben map');
    receive(anna, map, true, 'anna map, waiting');
    expect(delivered).toEqual(['anna map', 'anna workshop', 'ben map']);
  });
});
