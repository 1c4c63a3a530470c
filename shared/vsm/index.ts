// The value stream map domain: types, change functions, metrics, schemas, templates, tables.
export * from './ValueStreamMapDoc';
export { VsmValidationError } from './VsmValidationError';
export { randomId, type IdFactory } from './ids';
export { setText } from './setText';
export {
  convertDuration,
  formatDuration,
  formatNumber,
  fromMinutes,
  minutesPerUnit,
  toMinutes,
  UNIT_SYMBOLS,
} from './timeUnits';
export { leadTimeFromWait, stepWait } from './stepTimes';
export { displayDuration, formatDisplayDuration, formatDisplayNumber } from './displayDuration';
export { findStep, leadsTo, orderedSteps, successorsOf } from './stepLookup';
export { kaizenAnchorLabel } from './kaizenAnchors';
export {
  newValueStreamMap,
  updateMapDetails,
  type MapDetails,
  type MapDetailsPatch,
} from './mapChanges';
export {
  addStep,
  deleteStep,
  moveStep,
  reconcileStepTimes,
  setStepWait,
  staleLeadTimes,
  updateStep,
  validateNewStep,
  type NewStep,
  type StepFields,
  type StepPatch,
} from './stepChanges';
export {
  addDoneCriterion,
  removeDoneCriterion,
  updateDoneCriterion,
} from './definitionOfDoneChanges';
export {
  addInformationFlow,
  addReworkLoop,
  connectSteps,
  disconnectSteps,
  removeInformationFlow,
  removeReworkLoop,
  updateInformationFlow,
  updateReworkShare,
  type NewInformationFlow,
  type NewReworkLoop,
} from './flowChanges';
export {
  addKaizen,
  deleteKaizen,
  updateKaizen,
  type KaizenFields,
  type KaizenPatch,
  type NewKaizen,
} from './kaizenChanges';
export {
  activityRatio,
  inventoryDays,
  rolledCompleteAndAccurate,
  taktMinutes,
} from './flowFormulas';
export {
  computeMetrics,
  type StepMetrics,
  type VsmFlowLoop,
  type VsmMetrics,
  type VsmMetricsResult,
} from './computeMetrics';
export { deriveFutureState, type DeriveOptions } from './deriveFutureState';
export {
  compareMaps,
  type KaizenEffect,
  type MapComparison,
  type MapComparisonResult,
  type MetricDelta,
  type StepComparison,
} from './compareMaps';
export { fromTemplate, TEMPLATE_NAMES, type TemplateName } from './templates';
export {
  parseStepRows,
  stepsToCsv,
  type ParsedStepRows,
  type StepRowError,
  type StepRowsOptions,
} from './table/stepTable';
export { valueStreamMapDocSchema } from './schemas/valueStreamMapDocSchema';
export {
  calculationNote,
  stepTimeFields,
  timeConflict,
  typedTimePatch,
  unitChangePatch,
  type StepTimeFields,
  type TimeField,
} from './stepTimeFields';
