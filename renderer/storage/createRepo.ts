import {
  Repo,
  type NetworkAdapterInterface,
  type SharePolicy,
} from '@automerge/automerge-repo/slim';
import { DexieStorageAdapter } from './DexieStorageAdapter';
import type { ObeyaDatabase } from './ObeyaDatabase';

/**
 * How long automerge-repo gathers edits to one document before writing them. Half of the
 * ~100 ms promise ("every edit persists at once") leaves the other half for the write itself
 * and for a save already in flight, which the next one waits for.
 */
export const SAVE_DEBOUNCE_MS = 50;

export interface CreateRepoOptions {
  db: ObeyaDatabase;
  /** None by default: documents stay on this device until sync is switched on. */
  network?: NetworkAdapterInterface[];
  sharePolicy?: SharePolicy;
}

/** The document repo of this window, persisted in `db`. Call after `initAutomerge()`. */
export function createRepo({ db, network = [], sharePolicy }: CreateRepoOptions): Repo {
  return new Repo({
    storage: new DexieStorageAdapter(db),
    network,
    sharePolicy,
    saveDebounceRate: SAVE_DEBOUNCE_MS,
  });
}
