import type { DocHandle } from '@automerge/automerge-repo/slim';
import { AssessmentValidationError, type AssessmentDoc } from '../../shared/assessment';
import { changeDocument } from '../documents/documentHistory';

/**
 * Applies an assessment change through the undo history; a refusal (an answer off its scale, a
 * round a colleague's laptop does not know) comes back as its message, and nothing is stored:
 * Automerge discards a change whose callback throws.
 */
export function tryAssessmentChange(
  handle: DocHandle<AssessmentDoc>,
  edit: (doc: AssessmentDoc) => void,
  groupKey?: string,
): string | null {
  try {
    changeDocument(handle, edit, groupKey);
    return null;
  } catch (error) {
    if (error instanceof AssessmentValidationError) return error.message;
    throw error;
  }
}
