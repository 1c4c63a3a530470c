/**
 * The organisation design document: one Automerge document per design (kind 'orgDesign').
 *
 * Everything two laptops may add at the same time lives in maps keyed by id, never in lists,
 * so concurrent additions merge instead of conflicting. Lists are kept only for small sets
 * edited by one person at a time (experience tags, stages), and readers treat them as sets.
 */

export const ORG_DESIGN_SCHEMA_VERSION = 1;

export const STRUCTURES = ['flat', 'matrix'] as const;
/** Flat: one team around one Service Master. Matrix: pooled experts placed on services. */
export type Structure = (typeof STRUCTURES)[number];

/** The eleven stages of the white paper's DevOps process (§7), in order. */
export const PROCESS_STAGES = [
  'strategyPlanning',
  'marketingSales',
  'administration',
  'projectPlanning',
  'requirementsDesign',
  'development',
  'deployment',
  'operation',
  'maintenance',
  'customerService',
  'endOfLife',
] as const;
export type ProcessStage = (typeof PROCESS_STAGES)[number];

export const STAGE_LABELS: Record<ProcessStage, string> = {
  strategyPlanning: 'Business strategy & planning',
  marketingSales: 'Marketing & sales',
  administration: 'Administration',
  projectPlanning: 'Project planning',
  requirementsDesign: 'Requirements & design',
  development: 'Development',
  deployment: 'Deployment',
  operation: 'Operation',
  maintenance: 'Maintenance',
  customerService: 'Customer service',
  endOfLife: 'End of life',
};

/**
 * Team Topologies' domain complexity: a team can carry two or three simple services, one
 * complicated one, and a complex one leaves room for no other.
 */
export const SERVICE_COMPLEXITIES = ['simple', 'complicated', 'complex'] as const;
export type ServiceComplexity = (typeof SERVICE_COMPLEXITIES)[number];

export interface Person {
  id: string;
  name: string;
  /** Experience tags ("Scrum Master", "Operations"); matched case-insensitively. */
  experience: string[];
  /** Full-time equivalents this person can work: 1.0 full time, 0.5 half time. */
  capacity: number;
  /**
   * What one full-time year of this person costs, in the design's currency. A placement of
   * 50 % costs half of it, whatever the person's capacity.
   */
  costPerFteYear?: number;
  location?: string;
  /** The functional pool that is this person's home (the matrix's rows). */
  poolId?: string;
}

/** A functional pool of experts (development, operations, …) that places them on services. */
export interface Pool {
  id: string;
  name: string;
  /** Display order; ties (two pools added at once) fall back to the name. */
  order: number;
}

/** A role of the catalogue: the white paper's seven or one the workshop adds. */
export interface Role {
  id: string;
  name: string;
  /** Automerge text. */
  responsibility: string;
  /** Someone with any one of these experiences can take the role; empty asks for none. */
  requiredExperience: string[];
  /** Where the role acts in the DevOps process (the responsibility view). */
  stages: ProcessStage[];
  /** Every service (the flat team) needs someone in this role. */
  requiredPerService: boolean;
  order: number;
}

/** An IT service, the responsibility of one Service Master. */
export interface Service {
  id: string;
  name: string;
  complexity: ServiceComplexity;
  order: number;
}

/** The Service Management Office that supports the Service Masters. */
export interface ServiceManagementOffice {
  name: string;
  /** Its people, as a set keyed by person id. */
  memberIds: Record<string, true>;
}

/**
 * A person working in a role, for `allocation` % of one full-time equivalent (100 % = 1 FTE).
 * In a matrix scenario on a service; in a flat scenario in the one team, with no service.
 */
export interface Placement {
  personId: string;
  serviceId?: string;
  roleId: string;
  allocation: number;
}

/** One arrangement of the design's people; several scenarios compare designs of one staff. */
export interface Scenario {
  id: string;
  name: string;
  /** Fixed when the scenario is made. */
  structure: Structure;
  order: number;
  /**
   * Keyed by {@link placementKey}: person, service and role. Placing the same person in the
   * same cell and role on two laptops at once therefore merges into one placement.
   */
  placements: Record<string, Placement>;
  /** Services whose releases wait for an external approval board (a set of service ids). */
  approvalBoards: Record<string, true>;
  /** The scenario this one was duplicated from. */
  duplicatedFrom?: string;
}

/** The limits the checks use; each design can change them. */
export interface OrgThresholds {
  /** A warning above this many people in a team (Team Topologies: 7–9). */
  teamSizeWarnAbove: number;
  /** An error above this many (Scrum Guide: "typically 10 or fewer"). */
  teamSizeErrorAbove: number;
  /** Direct reports of a Service Master (Toyota's chief engineer: about six). */
  serviceMasterSpan: number;
  /** An expert on this many services or more is spread too thin. */
  expertServices: number;
  /** Simple services one team can carry (Team Topologies: 2–3). */
  simpleServicesPerTeam: number;
}

export const DEFAULT_THRESHOLDS: OrgThresholds = {
  teamSizeWarnAbove: 9,
  teamSizeErrorAbove: 10,
  serviceMasterSpan: 6,
  expertServices: 3,
  simpleServicesPerTeam: 3,
};

export interface OrgDesignDoc {
  schemaVersion: number;
  kind: 'orgDesign';
  title: string;
  /** Currency of the cost rates ("EUR"); free text, may be empty. */
  currency: string;
  people: Record<string, Person>;
  pools: Record<string, Pool>;
  roles: Record<string, Role>;
  services: Record<string, Service>;
  smo: ServiceManagementOffice;
  scenarios: Record<string, Scenario>;
  /** The scenario others are compared with by default. */
  baselineScenarioId?: string;
  thresholds: OrgThresholds;
  createdAt: number;
}
