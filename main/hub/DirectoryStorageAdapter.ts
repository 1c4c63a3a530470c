import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Chunk, StorageAdapterInterface, StorageKey } from '@automerge/automerge-repo';

const CHUNK_SUFFIX = '.chunk';

/**
 * automerge-repo storage in a folder, so a restarted hub still has the workshop. Each key part
 * becomes a hex-named folder level: no part can climb out of the folder or collide with another
 * on a case-insensitive disk (document ids are base58, where `a` and `A` differ). A key's data is
 * `<parts…>.chunk`, so a key can be both stored and the prefix of other keys.
 */
export class DirectoryStorageAdapter implements StorageAdapterInterface {
  constructor(private readonly directory: string) {}

  async load(key: StorageKey): Promise<Uint8Array | undefined> {
    try {
      return new Uint8Array(await readFile(this.#fileOf(key)));
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  }

  async save(key: StorageKey, data: Uint8Array): Promise<void> {
    const file = this.#fileOf(key);
    await mkdir(path.dirname(file), { recursive: true });
    // Write then rename: a hub killed mid-write leaves the old chunk, never half a new one.
    const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
    await writeFile(temporary, data);
    await rename(temporary, file);
  }

  async remove(key: StorageKey): Promise<void> {
    await rm(this.#fileOf(key), { force: true });
  }

  async loadRange(keyPrefix: StorageKey): Promise<Chunk[]> {
    const chunks: Chunk[] = [];
    const own = keyPrefix.length > 0 ? await this.load(keyPrefix) : undefined;
    if (own) chunks.push({ key: keyPrefix, data: own });
    await this.#collect(this.#folderOf(keyPrefix), keyPrefix, chunks);
    return chunks;
  }

  async removeRange(keyPrefix: StorageKey): Promise<void> {
    if (keyPrefix.length > 0) await this.remove(keyPrefix);
    await rm(this.#folderOf(keyPrefix), { recursive: true, force: true });
  }

  async #collect(folder: string, prefix: StorageKey, chunks: Chunk[]): Promise<void> {
    let entries;
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch (error) {
      if (isMissing(error)) return;
      throw error;
    }
    for (const entry of entries) {
      if (entry.isDirectory()) {
        await this.#collect(
          path.join(folder, entry.name),
          [...prefix, fromHex(entry.name)],
          chunks,
        );
      } else if (entry.name.endsWith(CHUNK_SUFFIX)) {
        const key = [...prefix, fromHex(entry.name.slice(0, -CHUNK_SUFFIX.length))];
        chunks.push({ key, data: new Uint8Array(await readFile(path.join(folder, entry.name))) });
      }
    }
  }

  #folderOf(key: StorageKey): string {
    return path.join(this.directory, ...key.map(toHex));
  }

  #fileOf(key: StorageKey): string {
    if (key.length === 0) throw new Error('Storage keys have at least one part');
    return `${this.#folderOf(key)}${CHUNK_SUFFIX}`;
  }
}

function toHex(part: string): string {
  return Buffer.from(part, 'utf8').toString('hex');
}

function fromHex(name: string): string {
  return Buffer.from(name, 'hex').toString('utf8');
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'ENOENT';
}
