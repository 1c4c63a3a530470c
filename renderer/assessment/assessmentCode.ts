// Everything of the assessment the workshop home loads at once, after it has painted: the
// editor, the create dialog and the summary that names the recommended type.
export { AssessmentEditor } from './AssessmentEditor';
export { assessmentSummary } from './assessmentSummary';
export { NewAssessmentDialog } from './NewAssessmentDialog';
