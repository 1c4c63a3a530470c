// The organisation design domain: types, change functions, checks, comparison, tables.
export * from './OrgDesignDoc';
export { OrgValidationError } from './OrgValidationError';
export { randomId, type IdFactory } from './ids';
export { placementKey } from './placementKey';
export {
  isBuiltInRole,
  ROLE_IDS,
  WHITE_PAPER_ROLE_CATALOGUE,
  type BuiltInRoleId,
} from './roleCatalogue';
export {
  orderedPeople,
  orderedPools,
  orderedRoles,
  orderedScenarios,
  orderedServices,
} from './orgLookup';
export {
  DEFAULT_SMO_NAME,
  newOrgDesign,
  SCENARIO_NAMES,
  updateDesignDetails,
  updateThresholds,
  type DesignDetailsPatch,
  type NewOrgDesign,
} from './designChanges';
export { preloadedOrgDesign } from './preloadedDesigns';
export {
  addPeople,
  addPerson,
  deletePerson,
  placementsOfPerson,
  updatePerson,
  validateNewPerson,
  type NewPerson,
  type PersonFields,
  type PersonPatch,
  type PersonPlacements,
} from './personChanges';
export { addPool, deletePool, renamePool } from './poolChanges';
export { addRole, deleteRole, updateRole, type NewRole, type RoleFields } from './roleChanges';
export {
  addService,
  deleteService,
  renameSmo,
  setSmoMember,
  updateService,
  type NewService,
} from './serviceChanges';
export {
  addScenario,
  deleteScenario,
  duplicateScenario,
  markBaseline,
  renameScenario,
  setApprovalBoard,
} from './scenarioChanges';
export {
  movePlacement,
  placeMany,
  placePerson,
  setAllocation,
  unplace,
  validatePlacement,
  type NewPlacement,
  type PlacementTarget,
} from './placementChanges';
export {
  danglingReferences,
  repairDanglingReferences,
  type DanglingReference,
  type DanglingReport,
} from './danglingReferences';
export { sameNames, type NamedKind, type SameName } from './sameNames';
export { orgDesignDocSchema } from './schemas/orgDesignDocSchema';
export {
  scenarioModel,
  type PersonLoad,
  type ResolvedPlacement,
  type ScenarioModel,
  type Team,
} from './scenarioModel';
export {
  CHECK_RULES,
  CHECK_SEVERITIES,
  CHECK_SOURCES,
  type CheckRule,
  type CheckSeverity,
  type CheckTarget,
  type OrgCheck,
} from './checks/OrgCheck';
export { checkDesign, checkScenario, checksOf } from './checks/checkScenario';
export { effectiveCapacity, switchingLoss } from './checks/weinberg';
export {
  compareScenarios,
  scenarioFigures,
  type PersonMove,
  type PlacementSummary,
  type ScenarioComparison,
  type ScenarioFigures,
  type ServiceDelta,
  type ServiceFigures,
  type TeamFigures,
} from './compareScenarios';
export {
  IMPLEMENTATION_TYPES,
  recommendStructure,
  type AssessmentHint,
  type ImplementationType,
  type StructureReason,
  type StructureRecommendation,
} from './recommendStructure';
export {
  responsibilityView,
  type ResponsibilityRow,
  type ResponsibilityView,
  type StageCoverage,
} from './responsibilityView';
export {
  handoffsByScenario,
  matchRole,
  valueStreamHandoffs,
  type HandoffOptions,
  type HandoffUnit,
  type StepUnit,
  type TeamHandoff,
  type ValueStreamHandoffs,
} from './valueStreamHandoffs';
export {
  importOrgTables,
  peopleToCsv,
  placementsToCsv,
  readOrgTables,
  type OrgTableImport,
  type OrgTables,
  type OrgTableTexts,
  type PlacementRow,
  type TableFormat,
  type TableRowError,
} from './table/orgTables';
