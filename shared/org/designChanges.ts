import { z } from 'zod';
import { definedOnly } from '../vsm/definedOnly';
import { lineSchema, requiredLineSchema } from '../schemas/fieldSchemas';
import { randomId, type IdFactory } from './ids';
import {
  DEFAULT_THRESHOLDS,
  ORG_DESIGN_SCHEMA_VERSION,
  type OrgDesignDoc,
  type OrgThresholds,
  type Role,
  type Structure,
} from './OrgDesignDoc';
import { parseOrThrow } from './OrgValidationError';
import { WHITE_PAPER_ROLE_CATALOGUE } from './roleCatalogue';
import { thresholdsSchema } from './schemas/orgFieldSchemas';

export interface NewOrgDesign {
  title: string;
  currency?: string;
  /** The structure of the first scenario (flat unless said). */
  structure?: Structure;
}

export interface DesignDetailsPatch {
  title?: string;
  currency?: string;
}

const detailsSchema = z.object({
  title: requiredLineSchema('The title'),
  currency: lineSchema('The currency'),
});

export const SCENARIO_NAMES: Record<Structure, string> = {
  flat: 'Flat team',
  matrix: 'Matrix',
};

export const DEFAULT_SMO_NAME = 'Service Management Office';

/**
 * A new design: the white paper's seven roles, no people, pools or services yet, the default
 * thresholds and one empty scenario of the given structure, marked as the baseline.
 */
export function newOrgDesign(
  input: NewOrgDesign,
  now: number,
  newId: IdFactory = randomId,
): OrgDesignDoc {
  const details = parseOrThrow(detailsSchema, { currency: '', ...definedOnly(input) });
  const structure = input.structure ?? 'flat';
  const scenarioId = newId();
  const roles: Record<string, Role> = {};
  WHITE_PAPER_ROLE_CATALOGUE.forEach((role, order) => {
    roles[role.id] = {
      ...role,
      requiredExperience: [...role.requiredExperience],
      stages: [...role.stages],
      order,
    };
  });
  return {
    schemaVersion: ORG_DESIGN_SCHEMA_VERSION,
    kind: 'orgDesign',
    title: details.title,
    currency: details.currency,
    people: {},
    pools: {},
    roles,
    services: {},
    smo: { name: DEFAULT_SMO_NAME, memberIds: {} },
    scenarios: {
      [scenarioId]: {
        id: scenarioId,
        name: SCENARIO_NAMES[structure],
        structure,
        order: 0,
        placements: {},
        approvalBoards: {},
      },
    },
    baselineScenarioId: scenarioId,
    thresholds: { ...DEFAULT_THRESHOLDS },
    createdAt: now,
  };
}

/** Changes the design's title or currency. */
export function updateDesignDetails(design: OrgDesignDoc, patch: DesignDetailsPatch): void {
  const details = parseOrThrow(detailsSchema, {
    title: design.title,
    currency: design.currency,
    ...definedOnly(patch),
  });
  if (design.title !== details.title) design.title = details.title;
  if (design.currency !== details.currency) design.currency = details.currency;
}

/** Changes the limits the checks use, each in place (two people may change two limits). */
export function updateThresholds(design: OrgDesignDoc, patch: Partial<OrgThresholds>): void {
  const limits = parseOrThrow(thresholdsSchema, { ...design.thresholds, ...definedOnly(patch) });
  for (const key of Object.keys(limits) as (keyof OrgThresholds)[]) {
    if (design.thresholds[key] !== limits[key]) design.thresholds[key] = limits[key];
  }
}
