import type { DocHandle } from '@automerge/automerge-repo/slim';
import { VsmValidationError, type ValueStreamMapDoc } from '../../shared/vsm';
import { changeDocument } from '../documents/documentHistory';

/**
 * Applies a map change; a refusal (invalid figure, a cycle, a step a colleague just deleted)
 * comes back as its message, and nothing is stored. Automerge discards a change whose callback
 * throws, so a half-applied edit cannot happen.
 */
export function tryMapChange(
  handle: DocHandle<ValueStreamMapDoc>,
  edit: (map: ValueStreamMapDoc) => void,
  groupKey?: string,
): string | null {
  try {
    changeDocument(handle, edit, groupKey);
    return null;
  } catch (error) {
    if (error instanceof VsmValidationError) return error.message;
    throw error;
  }
}
