import { ObeyaFileError } from '../../shared/file/ObeyaFileError';
import { MAX_FILE_BYTES } from '../../shared/ipc/ipcSchemas';

/** Reads a file the user dropped or picked, refusing sizes no workshop reaches. */
export async function readPickedFile(file: File): Promise<Uint8Array> {
  if (file.size > MAX_FILE_BYTES) {
    throw new ObeyaFileError('too-large', `${file.size} bytes, over ${MAX_FILE_BYTES}`);
  }
  return new Uint8Array(await file.arrayBuffer());
}
