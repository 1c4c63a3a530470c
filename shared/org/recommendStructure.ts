import { serviceOverload } from './checks/teamChecks';
import type { OrgDesignDoc, Structure } from './OrgDesignDoc';
import { orderedServices } from './orgLookup';

/** The white paper's three implementation types (§8), as the assessment recommends them. */
export const IMPLEMENTATION_TYPES = ['toyotaWay', 'collaboration', 'continuousDelivery'] as const;
export type ImplementationType = (typeof IMPLEMENTATION_TYPES)[number];

/** What the implementation-type assessment tells the organisation design, when there is one. */
export interface AssessmentHint {
  recommendedType?: ImplementationType;
}

export interface StructureReason {
  /** The structure this fact points to; null when it points to neither. */
  favours: Structure | null;
  /** One sentence for the manager, with the numbers. */
  text: string;
  source: string;
  /** Whether the recommendation rests on it. */
  decisive: boolean;
}

export interface StructureRecommendation {
  structure: Structure;
  /** Services, then headcount, then the assessment. */
  reasons: StructureReason[];
}

const WHITE_PAPER = 'Enterprise DevOps white paper, §6 organisation';

/**
 * Which structure fits this design, with each reason shown. Size decides first: several
 * services that one team cannot carry (Team Topologies) or more people than one team holds
 * (Scrum Guide) call for a matrix; one service and a small team for a flat team. The
 * assessment's implementation type decides only where size does not (a Toyota way calls for a
 * matrix, Continuous Delivery for one team), never against a size that clearly fits one team.
 */
export function recommendStructure(
  design: OrgDesignDoc,
  hint: AssessmentHint = {},
): StructureRecommendation {
  const size = [servicesReason(design), headcountReason(design)];
  const assessment = assessmentReason(hint);
  let structure: Structure;
  if (size.some((reason) => reason.favours === 'matrix')) structure = 'matrix';
  else if (size.every((reason) => reason.favours === 'flat')) structure = 'flat';
  else structure = assessment?.favours ?? 'flat';

  const reasons = assessment ? [...size, assessment] : size;
  for (const reason of reasons) reason.decisive = reason.favours === structure;
  if (!reasons.some((reason) => reason.decisive)) {
    reasons.push({
      favours: 'flat',
      text: 'Nothing calls for a matrix yet: start with the basic structure, one team around one Service Master',
      source: WHITE_PAPER,
      decisive: true,
    });
  }
  return { structure, reasons };
}

function servicesReason(design: OrgDesignDoc): StructureReason {
  const services = orderedServices(design);
  if (services.length === 0) {
    return reason(
      null,
      'No IT services yet: add the services this organisation provides',
      WHITE_PAPER,
    );
  }
  if (services.length === 1) {
    return reason(
      'flat',
      `One IT service (${services[0]!.name}): one team around its Service Master can own it`,
      WHITE_PAPER,
    );
  }
  const excess = serviceOverload(services, design.thresholds.simpleServicesPerTeam);
  return excess
    ? reason(
        'matrix',
        `${services.length} IT services are too much for one team — it would carry ${excess}`,
        'Team Topologies, chapter 3',
      )
    : reason(
        'flat',
        `${services.length} simple IT services: one team can carry them`,
        'Team Topologies, chapter 3',
      );
}

function headcountReason(design: OrgDesignDoc): StructureReason {
  const count = Object.keys(design.people).length;
  const { teamSizeWarnAbove, teamSizeErrorAbove } = design.thresholds;
  const source = 'Scrum Guide 2020; Team Topologies';
  if (count === 0) return reason(null, 'No people in the design yet', source);
  if (count <= teamSizeWarnAbove) {
    return reason(
      'flat',
      `${count} ${count === 1 ? 'person fits' : 'people fit'} in one team`,
      source,
    );
  }
  if (count <= teamSizeErrorAbove) {
    return reason(null, `${count} people: one team at the limit of its size`, source);
  }
  return reason(
    'matrix',
    `${count} people are more than one team of ${teamSizeErrorAbove} holds: pool the experts and assign them to Service Masters`,
    source,
  );
}

const TYPE_REASONS: Record<ImplementationType, [Structure | null, string]> = {
  toyotaWay: [
    'matrix',
    'The assessment points to the Toyota way: strategic IT services of a large enterprise, run as a matrix',
  ],
  collaboration: [
    null,
    'The assessment points to Collaboration, led by Service Masters: either structure, as size decides',
  ],
  continuousDelivery: [
    'flat',
    'The assessment points to Continuous Delivery: quick, frequent releases from one team',
  ],
};

function assessmentReason(hint: AssessmentHint): StructureReason | null {
  if (!hint.recommendedType) return null;
  const [favours, text] = TYPE_REASONS[hint.recommendedType];
  return reason(favours, text, 'Enterprise DevOps white paper, §8 implementation types');
}

function reason(favours: Structure | null, text: string, source: string): StructureReason {
  return { favours, text, source, decisive: false };
}
