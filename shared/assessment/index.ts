// The implementation-type assessment domain: questionnaire, document, change functions,
// scoring, the facilitator's figures, rounds and the link to organisation design.
export * from './Questionnaire';
export * from './AssessmentDoc';
export { AssessmentValidationError } from './AssessmentValidationError';
export {
  doraItems,
  findItem,
  fitQuestions,
  latestVersion,
  maturityItems,
  questionnaireFor,
  QUESTIONNAIRES,
} from './questionnaires';
export { answerProblem, scaleOf, type ItemScale } from './answerScale';
export {
  currentRound,
  findRound,
  listedRespondentNamed,
  orderedRespondents,
  type IdFactory,
} from './assessmentLookup';
export { newAssessment, updateAssessmentDetails } from './assessmentChanges';
export { hideRound, recordAgreedValue, renameRound, revealRound, startRound } from './roundChanges';
export {
  addRespondent,
  removeRespondent,
  restoreRespondent,
  updateRespondent,
  type RespondentFields,
  type RespondentPatch,
} from './respondentChanges';
export { answerItem, type AnswerContext, type GivenAnswer } from './answerChanges';
export { answerHistory, currentAnswers, latestEvent, supersedes } from './currentAnswers';
export { profileFromAnswers, type AnswerProfile } from './answerProfile';
export { scoreFit, type FitContribution, type FitDriver, type FitResult } from './scoreFit';
export {
  readinessFor,
  scoreMaturity,
  type ItemLevel,
  type MaturityResult,
  type PillarScore,
  type Readiness,
  type ReadinessCheck,
} from './scoreMaturity';
export {
  DORA_CAUTION,
  DORA_CLUSTER_NAMES,
  DORA_CLUSTERS,
  DORA_CLUSTERS_2024,
  type DoraCluster,
} from './doraClusters';
export {
  doraScore,
  scoreDora,
  type DoraMetricScore,
  type DoraPlacement,
  type DoraResult,
} from './scoreDora';
export { scoreAssessment, type AssessmentResult } from './scoreAssessment';
export {
  choiceConsensus,
  summarizeCounts,
  summarizeValues,
  summarizeWeighted,
  tastleWiermanConsensus,
  type ScaleBounds,
  type ValueSummary,
} from './statistics';
export {
  aggregateRound,
  answerProgress,
  type AnswerDot,
  type ChoiceItemAggregate,
  type ItemAggregate,
  type NumericItemAggregate,
  type RespondentDot,
  type RoleSplitGroup,
  type RoundAggregate,
} from './aggregateRound';
export { respondentResult, roundResult, type RoundResult } from './roundResult';
export {
  compareRounds,
  roundTrends,
  type FigureComparison,
  type ItemComparison,
  type PillarComparison,
  type RoundComparison,
  type RoundTrend,
  type Trend,
} from './compareRounds';
export {
  orgHintFrom,
  orgHintOfRound,
  recommendStructure,
  type AssessmentOrgHint,
  type OrgStructure,
  type StructureRecommendation,
} from './orgDesignHint';
export { assessmentDocSchema } from './schemas/assessmentDocSchema';
export { assessmentOutline } from './assessmentOutline';
export { renameAssessment } from './renameAssessment';
export { DIVIDED_BELOW, isDivided } from './disagreement';
export { answerFigure, answerText, shortNumber, shortOptionLabel } from './answerText';
export { roleGroupPillars, type RoleGroupPillars } from './roleGroupPillars';
export { ROLE_SPLIT_NAMES, roleSplits, type RoleSplit } from './roleSplits';
export { assessmentReadProblem } from './assessmentReadProblem';
