/**
 * The questionnaire as data. Each version is fixed once released: answers keep the version
 * they were given under and are read with that version's items, scales and weights.
 */

/** The white paper's three ways to implement DevOps, from advanced to basic. */
export const IMPLEMENTATION_TYPES = ['toyotaWay', 'collaboration', 'continuousDelivery'] as const;
export type ImplementationType = (typeof IMPLEMENTATION_TYPES)[number];

export const IMPLEMENTATION_TYPE_NAMES: Record<ImplementationType, string> = {
  toyotaWay: 'Toyota way',
  collaboration: 'Collaboration',
  continuousDelivery: 'Continuous Delivery',
};

/** The three pillars and the foundation an organisation matures in. */
export const PILLARS = [
  'disciplinedAgile',
  'continuousDelivery',
  'serviceManagement',
  'leanFoundation',
] as const;
export type Pillar = (typeof PILLARS)[number];

export const PILLAR_NAMES: Record<Pillar, string> = {
  disciplinedAgile: 'Disciplined Agile',
  continuousDelivery: 'Continuous Delivery',
  serviceManagement: 'IT service management',
  leanFoundation: 'TPS / Lean foundation',
};

/** DORA's five software delivery performance metrics (2024 definitions). */
export const DORA_METRICS = [
  'leadTime',
  'deploymentFrequency',
  'recoveryTime',
  'changeFailRate',
  'reworkRate',
] as const;
export type DoraMetric = (typeof DORA_METRICS)[number];

/** Points an answer adds to each implementation type. */
export type TypeWeights = Record<ImplementationType, number>;

/** A range of whole numbers; `max` absent means "or more". */
export interface SizeRange {
  min: number;
  max?: number;
}

export interface FitOption {
  value: string;
  label: string;
  weights: TypeWeights;
  /** How many IT services this answer means, for the link to organisation design. */
  services?: SizeRange;
  /** How many people this answer means, for the link to organisation design. */
  headcount?: SizeRange;
}

/** A single-choice question whose answer points towards one implementation type. */
export interface FitQuestion {
  kind: 'fit';
  id: string;
  /** A few words for charts and messages. */
  title: string;
  text: string;
  options: FitOption[];
}

/** A Likert 1–5 statement with what "1" and "5" look like. */
export interface MaturityItem {
  kind: 'maturity';
  id: string;
  pillar: Pillar;
  title: string;
  text: string;
  /** What an answer of 1 looks like. */
  low: string;
  /** What an answer of 5 looks like. */
  high: string;
  /** What to do first when this item holds its pillar back. */
  nextStep: string;
}

/** DORA's six-step answer scale: 1 is the slowest, 6 the fastest. */
export interface DoraStepScale {
  kind: 'steps';
  labels: readonly [string, string, string, string, string, string];
}

/** A share of deployments from 0 to 100 %, where lower is better. */
export interface DoraPercentScale {
  kind: 'percent';
}

export interface DoraItem {
  kind: 'dora';
  id: string;
  metric: DoraMetric;
  title: string;
  text: string;
  scale: DoraStepScale | DoraPercentScale;
}

export type QuestionnaireItem = FitQuestion | MaturityItem | DoraItem;

/** The level (1–5, weakest component) each pillar needs before a type can work, and why. */
export interface ReadinessRule {
  levels: Record<Pillar, number>;
  why: string;
}

export interface Questionnaire {
  version: number;
  /** Items in the order they are asked. Ids are stable across versions for the same question. */
  items: readonly QuestionnaireItem[];
  readiness: Record<ImplementationType, ReadinessRule>;
}

/** Every questionnaire version this build can read, by version number. */
export type QuestionnaireCatalogue = ReadonlyMap<number, Questionnaire>;

/** What a respondent answers: a fit option's value, a Likert level, a DORA step or a percentage. */
export type AnswerValue = number | string;

export const LIKERT_MIN = 1;
export const LIKERT_MAX = 5;
export const DORA_STEP_MIN = 1;
export const DORA_STEP_MAX = 6;
