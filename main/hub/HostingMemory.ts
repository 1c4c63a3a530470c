import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { rememberedHubSchema, type RememberedHub } from '../../shared/sync/rememberedHub';
import type { HubLogger } from './HubLogger';

/**
 * Where this laptop's last hub listened, with which join code, for which workshops. The room's
 * laptops keep reconnecting to that address with that code, and a participant with only a
 * browser keeps the page (and the IndexedDB holding their offline edits) of that address; so a
 * hub started again after a crash, a restart or "Stop hosting" comes back there (WorkshopHosting).
 */
export interface HostingMemory {
  recall(): Promise<RememberedHub | undefined>;
  remember(hub: RememberedHub): Promise<void>;
}

/** A HostingMemory in a JSON file; a missing or damaged file is nothing remembered. */
export function hostingMemoryFile(file: string, logger: HubLogger): HostingMemory {
  // One write at a time, in order: two workshops hosted at once must not leave the first's list.
  let writing = Promise.resolve();
  return {
    async recall() {
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch {
        return undefined;
      }
      const remembered = rememberedHubSchema.safeParse(parseJson(text));
      if (remembered.success) return remembered.data;
      logger.warn('hosting memory ignored', { file, problem: remembered.error.issues[0]?.message });
      return undefined;
    },
    remember(hub) {
      const text = JSON.stringify(rememberedHubSchema.parse(hub), null, 2);
      // A failed write fails its caller; the next one still runs.
      writing = writing
        .catch(() => undefined)
        .then(async () => {
          await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
          // Write then rename: a crash mid-write leaves the old file, never half a new one.
          const temporary = `${file}.${process.pid}.tmp`;
          // The join code is a secret: readable by this user only.
          await writeFile(temporary, text, { mode: 0o600 });
          await rename(temporary, file);
        });
      return writing;
    },
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
