// Everything of organisation design the workshop home loads at once, after it has painted:
// the editor, the create dialog and the summary that counts failing checks.
export { designSummary } from './designSummary';
export { NewOrgDesignDialog } from './NewOrgDesignDialog';
export { OrgEditor } from './OrgEditor';
