import type { DocHandle, DocHandleChangePayload } from '@automerge/automerge-repo/slim';
import { applyChanges, getLastLocalChange } from '@automerge/automerge/slim';
import { z } from 'zod';

/**
 * The fast path for edits. automerge-repo 2.5 sends sync messages for a document at most every
 * 100 ms per hop (a fixed `DocSynchronizer.syncDebounceRate`, not a Repo option), so an edit
 * waits up to 100 ms on the author's laptop and again at the hub. Ephemeral messages are not
 * throttled, and every automerge-repo server relays them to the document's other peers. So each
 * local change is also broadcast as an ephemeral message, and receivers apply it at once. The
 * sync protocol still carries every change and stays the source of truth: a lost or
 * out-of-order relay message costs nothing but the speed-up.
 */

export const RELAYED_CHANGES_TYPE = 'obeya/changes';

/** One edit is one change; a hub batching a busy moment sends more, up to this many. */
export const MAX_RELAYED_CHANGES = 64;

const relayedChangesSchema = z.object({
  type: z.literal(RELAYED_CHANGES_TYPE),
  changes: z
    .array(z.custom<Uint8Array>((value) => value instanceof Uint8Array))
    .min(1)
    .max(MAX_RELAYED_CHANGES),
});

export type RelayedChanges = z.infer<typeof relayedChangesSchema>;

/** The changes in a relayed-changes message, or null for any other ephemeral message. */
export function relayedChangesOf(message: unknown): Uint8Array[] | null {
  const parsed = relayedChangesSchema.safeParse(message);
  return parsed.success ? parsed.data.changes : null;
}

export function relayedChangesMessage(changes: Uint8Array[]): RelayedChanges {
  return { type: RELAYED_CHANGES_TYPE, changes };
}

/**
 * How many of this peer's latest changes it recognises when the hub sends them back (it relays
 * every edit to every peer, the author too). A few hundred milliseconds of edits is plenty; an
 * older one that comes back is simply a duplicate, which Automerge skips.
 */
const OWN_CHANGES_REMEMBERED = 8;

/**
 * Broadcasts every local change of `handle` as it happens and applies changes other peers relay.
 * Returns the function that stops both.
 *
 * Relayed changes that arrive together — read from the socket in one go, because this laptop was
 * busy — are applied in one document update. Each update costs about half a millisecond besides
 * its changes (heads hashed and encoded, patches, listeners), so a peer that falls behind catches
 * up in fewer, larger steps instead of falling further behind. This peer's own changes, sent back
 * by the hub, are left out, and a message with nothing else updates nothing.
 */
export function startChangeRelay<T>(handle: DocHandle<T>): () => void {
  let lastSent = handle.isReady() ? getLastLocalChange(handle.doc()) : undefined;
  const ownRecent: Uint8Array[] = [];
  let arrived: Uint8Array[] = [];
  let applyingRelayed = false;
  let stopped = false;
  const onChange = ({ doc }: DocHandleChangePayload<T>) => {
    // Remote changes fire 'change' too; only a new change by this document's own actor is ours.
    // Relayed ones are skipped before asking Automerge: under load they are most 'change' events,
    // and finding the last local change costs about a tenth of a millisecond each time.
    if (applyingRelayed) return;
    const change = getLastLocalChange(doc);
    if (!change || (lastSent && sameBytes(change, lastSent))) return;
    lastSent = change;
    ownRecent.push(change);
    if (ownRecent.length > OWN_CHANGES_REMEMBERED) ownRecent.shift();
    try {
      handle.broadcast(relayedChangesMessage([change]));
    } catch {
      // The WebSocket adapter throws while its socket closes. This runs inside the handle's
      // own update, where an exception would leave it holding an outdated document; and the
      // sync protocol delivers the change anyway.
    }
  };
  const applyArrived = () => {
    const changes = arrived;
    arrived = [];
    if (stopped) return;
    // The handle emits 'change' within the update, so the flag covers exactly these changes.
    applyingRelayed = true;
    try {
      applyRelayedChanges(handle, changes);
    } finally {
      applyingRelayed = false;
    }
  };
  const onEphemeral = ({ message }: { message: unknown }) => {
    const changes = relayedChangesOf(message)?.filter(
      (change) => !ownRecent.some((own) => sameBytes(own, change)),
    );
    if (!changes?.length) return;
    // automerge-repo hands on the messages read together one after the other, each through the
    // same chain of promises; a microtask queued by the first runs after the last of them.
    if (arrived.length === 0) void Promise.resolve().then(applyArrived);
    arrived.push(...changes);
  };
  handle.on('change', onChange);
  handle.on('ephemeral-message', onEphemeral);
  return () => {
    stopped = true;
    handle.off('change', onChange);
    handle.off('ephemeral-message', onEphemeral);
  };
}

/** Document states that applying relayed changes produced (see `carriedByRelay`). */
const relayedStates = new WeakSet<object>();

/**
 * Whether `doc` — the document a 'change' event reports — is the outcome of relayed changes:
 * every peer running the relay has those already, so sync need not hurry them (syncInterval.ts).
 */
export function carriedByRelay(doc: unknown): boolean {
  return typeof doc === 'object' && doc !== null && relayedStates.has(doc);
}

/**
 * Applies relayed changes to `handle`; false when the document is not loaded yet (sync will
 * bring the changes) or the bytes are not Automerge changes.
 */
export function applyRelayedChanges<T>(handle: DocHandle<T>, changes: Uint8Array[]): boolean {
  if (!handle.isReady()) return false;
  try {
    handle.update((doc) => {
      const next = applyChanges(doc, changes)[0];
      relayedStates.add(next);
      return next;
    });
    return true;
  } catch {
    // Bytes that are not an Automerge change: ignored here, exactly as sync would refuse them.
    return false;
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.byteLength; i++) if (a[i] !== b[i]) return false;
  return true;
}
