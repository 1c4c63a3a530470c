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
 * Broadcasts every local change of `handle` as it happens and applies changes other peers relay.
 * Returns the function that stops both.
 */
export function startChangeRelay<T>(handle: DocHandle<T>): () => void {
  let lastSent = handle.isReady() ? getLastLocalChange(handle.doc()) : undefined;
  let applyingRelayed = false;
  const onChange = ({ doc }: DocHandleChangePayload<T>) => {
    // Remote changes fire 'change' too; only a new change by this document's own actor is ours.
    // Relayed ones are skipped before asking Automerge: under load they are most 'change' events,
    // and finding the last local change costs about a tenth of a millisecond each time.
    if (applyingRelayed) return;
    const change = getLastLocalChange(doc);
    if (!change || (lastSent && sameBytes(change, lastSent))) return;
    lastSent = change;
    try {
      handle.broadcast(relayedChangesMessage([change]));
    } catch {
      // The WebSocket adapter throws while its socket closes. This runs inside the handle's
      // own update, where an exception would leave it holding an outdated document; and the
      // sync protocol delivers the change anyway.
    }
  };
  const onEphemeral = ({ message }: { message: unknown }) => {
    const changes = relayedChangesOf(message);
    if (!changes) return;
    // The handle emits 'change' within the update, so the flag covers exactly these changes.
    applyingRelayed = true;
    try {
      applyRelayedChanges(handle, changes);
    } finally {
      applyingRelayed = false;
    }
  };
  handle.on('change', onChange);
  handle.on('ephemeral-message', onEphemeral);
  return () => {
    handle.off('change', onChange);
    handle.off('ephemeral-message', onEphemeral);
  };
}

/**
 * Applies relayed changes to `handle`; false when the document is not loaded yet (sync will
 * bring the changes) or the bytes are not Automerge changes.
 */
export function applyRelayedChanges<T>(handle: DocHandle<T>, changes: Uint8Array[]): boolean {
  if (!handle.isReady()) return false;
  try {
    handle.update((doc) => applyChanges(doc, changes)[0]);
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
