import type { AssessmentDoc } from './AssessmentDoc';
import { parseOrThrow } from './AssessmentValidationError';
import { assessmentTitleSchema } from './schemas/assessmentTitleSchema';

/**
 * Renames an assessment, with the title rule of `updateAssessmentDetails`. Its own module: the
 * workshop home renames any kind of document, and its first screen must not load the
 * questionnaire or the scoring.
 */
export function renameAssessment(doc: AssessmentDoc, title: string): void {
  const checked = parseOrThrow(assessmentTitleSchema, title, 'title');
  if (doc.title !== checked) doc.title = checked;
}
