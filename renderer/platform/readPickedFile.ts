import { MAX_FILE_BYTES } from '../../shared/ipc/ipcSchemas';

/** Reads a file the user dropped or picked, refusing sizes no workshop reaches. */
export async function readPickedFile(file: File): Promise<Uint8Array> {
  if (file.size > MAX_FILE_BYTES) {
    throw new Error(`"${file.name}" is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB.`);
  }
  return new Uint8Array(await file.arrayBuffer());
}
