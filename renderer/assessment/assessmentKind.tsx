import type { AssessmentDoc } from '../../shared/assessment/AssessmentDoc';
import { assessmentOutline } from '../../shared/assessment/assessmentOutline';
import { renameAssessment } from '../../shared/assessment/renameAssessment';
import { preloadable } from '../app/preloadable';
import type { ArtefactKindView } from '../workshop/ArtefactKindView';

// The library's first screen carries this file and the outline alone. The rest — editor,
// create dialog, the questionnaire and the scoring the summary names a type with — is one
// chunk, loaded once a workshop lists or creates an assessment.
let summarizeWithResult: ((doc: AssessmentDoc) => string) | undefined;
const code = () =>
  import('./assessmentCode').then((module) => {
    summarizeWithResult = module.assessmentSummary;
    return module;
  });
const editor = preloadable(
  () => code().then((module) => module.AssessmentEditor),
  <p className="page muted">Opening document…</p>,
);
const createDialog = preloadable(() => code().then((module) => module.NewAssessmentDialog), null);

export const assessmentKind: ArtefactKindView<AssessmentDoc> = {
  kind: 'assessment',
  label: 'assessment',
  CreateDialog: createDialog.Component,
  Editor: editor.Component,
  preloadEditor: editor.preload,
  // Until the scoring has loaded (right after the home paints), the row shows the outline.
  summarize: (doc) => (summarizeWithResult ?? assessmentOutline)(doc),
  rename: renameAssessment,
  linkedUrls: () => [],
  unlink: () => undefined,
};
