import type { Role } from './OrgDesignDoc';

/**
 * The ids of the white paper's seven roles. Fixed, so checks, CSV files and every copy of a
 * design name them the same; the coach may rename them but not delete them.
 */
export const ROLE_IDS = {
  processMaster: 'processMaster',
  serviceMaster: 'serviceMaster',
  devopsEngineer: 'devopsEngineer',
  gatekeeper: 'gatekeeper',
  reliabilityEngineer: 'reliabilityEngineer',
  developmentTeam: 'developmentTeam',
  operationTeam: 'operationTeam',
} as const;
export type BuiltInRoleId = (typeof ROLE_IDS)[keyof typeof ROLE_IDS];

const BUILT_IN_IDS = new Set<string>(Object.values(ROLE_IDS));

export function isBuiltInRole(roleId: string): roleId is BuiltInRoleId {
  return BUILT_IN_IDS.has(roleId);
}

type RoleDefinition = Omit<Role, 'id' | 'order'> & { id: BuiltInRoleId };

/**
 * The white paper's roles (§5) with their required experience, and the stages of the DevOps
 * process (§7) in which the paper names them. Every service needs a Service Master, Process
 * Master, Gatekeeper, development and operation team; the Reliability Engineer is optional.
 */
export const WHITE_PAPER_ROLE_CATALOGUE: readonly RoleDefinition[] = [
  {
    id: ROLE_IDS.processMaster,
    name: 'Process Master',
    responsibility:
      'Leads and facilitates the team, like a Scrum Master; sets up visual control across the whole process and works towards one-piece flow.',
    requiredExperience: ['Scrum Master', 'Agile project leader'],
    stages: ['administration'],
    requiredPerService: true,
  },
  {
    id: ROLE_IDS.serviceMaster,
    name: 'Service Master',
    responsibility:
      'Owns providing the IT service just in time: prioritises the backlog like a Product Owner and plans the service’s cost, as Toyota’s chief engineer.',
    requiredExperience: ['Product Owner', 'Service owner'],
    stages: [
      'strategyPlanning',
      'marketingSales',
      'projectPlanning',
      'requirementsDesign',
      'maintenance',
      'customerService',
      'endOfLife',
    ],
    requiredPerService: true,
  },
  {
    id: ROLE_IDS.devopsEngineer,
    name: 'DevOps Engineer',
    responsibility:
      'Improves and maintains the automated process and its tools; builds the single deployment pipeline.',
    requiredExperience: ['Development', 'Tools'],
    stages: ['requirementsDesign', 'deployment'],
    requiredPerService: false,
  },
  {
    id: ROLE_IDS.gatekeeper,
    name: 'Gatekeeper / Release coordinator',
    responsibility:
      'Decides go / no-go for each deployment on security, compliance, regulation and operational readiness.',
    requiredExperience: ['IT service management', 'Operations'],
    stages: ['requirementsDesign', 'deployment'],
    requiredPerService: true,
  },
  {
    id: ROLE_IDS.reliabilityEngineer,
    name: 'Reliability Engineer',
    responsibility:
      'Optional. Monitors the services and the pipeline, keeps CI/CD disciplined and improves testing.',
    requiredExperience: ['Testing', 'Tools', 'Quality assurance'],
    stages: ['requirementsDesign', 'deployment', 'operation', 'maintenance', 'customerService'],
    requiredPerService: false,
  },
  {
    id: ROLE_IDS.developmentTeam,
    name: 'Development team',
    responsibility: 'Delivers with disciplined agile at a sustainable pace, meeting release plans.',
    requiredExperience: ['Development', 'Agile'],
    stages: ['requirementsDesign', 'development'],
    requiredPerService: true,
  },
  {
    id: ROLE_IDS.operationTeam,
    name: 'Operation team',
    responsibility:
      'Runs light-weight IT service management and KAIZEN in Advance; watches recovery point and recovery time objectives.',
    requiredExperience: ['Operations', 'KAIZEN'],
    stages: ['requirementsDesign', 'deployment', 'operation'],
    requiredPerService: true,
  },
];

/**
 * Other names a value stream map's step may give a built-in role ("Scrum Master", "Ops"),
 * lower-cased and without punctuation, as {@link roleWords} makes them.
 */
export const ROLE_ALIASES: Record<BuiltInRoleId, readonly string[]> = {
  processMaster: ['processmaster', 'scrummaster'],
  serviceMaster: ['servicemaster', 'productowner', 'serviceowner', 'chiefengineer'],
  devopsEngineer: ['devopsengineer', 'devops'],
  gatekeeper: ['gatekeeperreleasecoordinator', 'gatekeeper', 'releasecoordinator'],
  reliabilityEngineer: ['reliabilityengineer', 'sre', 'sitereliabilityengineer'],
  developmentTeam: ['developmentteam', 'development', 'developers', 'developer', 'devteam'],
  operationTeam: ['operationteam', 'operationsteam', 'operations', 'operation', 'ops'],
};

/** A role name reduced to what matching compares: lower-case letters and digits only. */
export function roleWords(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}
