/** The value stream map document: one Automerge document per map (kind 'valueStreamMap'). */

export const VALUE_STREAM_MAP_SCHEMA_VERSION = 1;

export const TIME_UNITS = ['minutes', 'hours', 'days', 'weeks'] as const;
export type TimeUnit = (typeof TIME_UNITS)[number];

/** A time as the person typed it; converted with the map's {@link TimeConventions}. */
export interface Duration {
  value: number;
  unit: TimeUnit;
}

/** How days and weeks convert to hours: working time, not calendar time. */
export interface TimeConventions {
  workingHoursPerDay: number;
  workingDaysPerWeek: number;
  /** The unit metrics are reported in. */
  displayUnit: TimeUnit;
}

export const DEFAULT_TIME_CONVENTIONS: TimeConventions = {
  workingHoursPerDay: 8,
  workingDaysPerWeek: 5,
  displayUnit: 'hours',
};

export const MAP_STATES = ['current', 'future'] as const;
export type MapState = (typeof MAP_STATES)[number];

/** Customer demand: `quantity` items per one `per` of working time (e.g. 40 per week). */
export interface Demand {
  quantity: number;
  per: TimeUnit;
}

export const HANDOFF_TYPES = ['push', 'pull', 'fifo'] as const;
export type HandoffType = (typeof HANDOFF_TYPES)[number];

/** The roles the white paper names; a step's role may also be free text. */
export const WHITE_PAPER_ROLES = [
  'Service Master',
  'Process Master',
  'DevOps Engineer',
  'Gatekeeper / Release coordinator',
  'Reliability Engineer',
  'Development team',
  'Operation team',
] as const;

export interface DoneCriterion {
  id: string;
  text: string;
  done: boolean;
}

export interface Step {
  id: string;
  name: string;
  /** One of {@link WHITE_PAPER_ROLES} or free text. */
  role: string;
  processTime: Duration;
  /**
   * Stored always: what the figures read. The coach types either it or the wait; the other
   * follows from the process time (see {@link Step.wait}).
   */
  leadTime: Duration;
  /**
   * The wait as the coach typed it. Present: the lead time follows as process time + wait, so
   * a new process time keeps this wait. Absent: the lead time was typed, a new process time
   * keeps it, and the wait is lead time − process time.
   */
  wait?: Duration;
  /** %C&A, 0–100. */
  completeAndAccurate: number;
  people: number;
  /** Uptime in %, 0–100. */
  uptime?: number;
  changeoverTime?: Duration;
  batchSize?: number;
  queueSize?: number;
  /** Automerge text: co-edited with setText. */
  notes: string;
  definitionOfDone: DoneCriterion[];
  /**
   * Incoming handoffs keyed by predecessor step id. A map, not a list, so two people drawing the
   * same connection at once merge into one edge.
   */
  predecessors: Record<string, HandoffType>;
  /** In a future-state map: the current-state step this one was copied from. */
  derivedFromStepId?: string;
}

/** A box an information flow can start or end at. */
export type FlowEnd = { stepId: string } | { party: 'customer' | 'supplier' };

export const INFORMATION_FLOW_KINDS = ['manual', 'electronic'] as const;
export type InformationFlowKind = (typeof INFORMATION_FLOW_KINDS)[number];

export interface InformationFlow {
  id: string;
  from: FlowEnd;
  to: FlowEnd;
  kind: InformationFlowKind;
  label: string;
}

/** Work sent back from `fromStepId` to the upstream `toStepId` for `share` % of items. */
export interface ReworkLoop {
  id: string;
  fromStepId: string;
  toStepId: string;
  share: number;
}

export interface MapFlows {
  information: InformationFlow[];
  rework: ReworkLoop[];
}

export const PDCA_PHASES = ['plan', 'do', 'check', 'act', 'done'] as const;
export type PdcaPhase = (typeof PDCA_PHASES)[number];

/**
 * Where a kaizen burst sits. `{ map: true }` is the whole stream; a kaizen whose step or
 * handoff is deleted moves there so no improvement plan is lost.
 */
export type KaizenAnchor =
  { stepId: string } | { handoff: { from: string; to: string } } | { map: true };

export interface KaizenKpi {
  name: string;
  unit: string;
  target?: number;
  measured?: number;
}

export interface Kaizen {
  id: string;
  attachedTo: KaizenAnchor;
  /** Automerge text. */
  problem: string;
  /** The data that shows the problem (the white paper: problems are backed by data). */
  evidence: string;
  /** Always five entries, empty until answered. */
  fiveWhys: string[];
  hypothesis: string;
  countermeasure: string;
  owner: string;
  /** ISO date (yyyy-mm-dd) or empty. */
  dueDate: string;
  pdca: PdcaPhase;
  kpi: KaizenKpi;
  /** In a future-state map: the current-state kaizen this one was copied from. */
  derivedFromKaizenId?: string;
}

export interface MapScope {
  trigger: string;
  outcome: string;
}

export interface ValueStreamMapDoc {
  schemaVersion: number;
  kind: 'valueStreamMap';
  title: string;
  scope: MapScope;
  customer: string;
  supplier: string;
  timeConventions: TimeConventions;
  state: MapState;
  /** The automerge URL of the paired map (future ↔ current), when there is one. */
  linkedMapUrl?: string;
  demand?: Demand;
  /** Table order; the flow itself is given by each step's predecessors. */
  steps: Step[];
  flows: MapFlows;
  kaizens: Kaizen[];
  createdAt: number;
}
