import type { DocHandle } from '@automerge/automerge-repo/slim';
import { OrgValidationError } from '../../shared/org/OrgValidationError';
import type { OrgDesignDoc } from '../../shared/org/OrgDesignDoc';
import { changeDocument } from '../documents/documentHistory';

/**
 * Applies a design change; a refusal (an empty name, a person placed twice, a person a
 * colleague just deleted) comes back as its message and nothing is stored: Automerge discards a
 * change whose callback throws, so a half-applied edit cannot happen.
 */
export function tryOrgChange(
  handle: DocHandle<OrgDesignDoc>,
  edit: (design: OrgDesignDoc) => void,
  groupKey?: string,
): string | null {
  try {
    changeDocument(handle, edit, groupKey);
    return null;
  } catch (error) {
    if (error instanceof OrgValidationError) return error.message;
    throw error;
  }
}
