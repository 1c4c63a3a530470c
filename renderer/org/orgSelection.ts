import type { CheckTarget } from '../../shared/org/checks/OrgCheck';
import type { Structure } from '../../shared/org/OrgDesignDoc';

/** What is selected in the design's editor; the charts, table, checks and inspector share it. */
export type OrgSelection =
  | { kind: 'person'; personId: string }
  | { kind: 'placement'; key: string; personId: string }
  /** A matrix cell: a pool's row (or the no-pool row) and a service's column. */
  | { kind: 'cell'; rowId: string; serviceId: string }
  /** A role group of the flat chart. */
  | { kind: 'role'; roleId: string }
  /** The flat scenario's one team. */
  | { kind: 'team' }
  | { kind: 'service'; serviceId: string };

/** The person whose placements are highlighted together, if the selection names one. */
export function selectedPersonId(selection: OrgSelection | null): string | null {
  return selection?.kind === 'person' || selection?.kind === 'placement'
    ? selection.personId
    : null;
}

/**
 * What a click on a finding selects: the person, the placement, the team or the service. A
 * matrix's teams are its services' columns.
 */
export function selectionForCheck(target: CheckTarget, structure: Structure): OrgSelection {
  switch (target.kind) {
    case 'person':
      return { kind: 'person', personId: target.personId };
    case 'placement':
      return { kind: 'placement', key: target.key, personId: target.personId };
    case 'team':
      return structure === 'matrix'
        ? { kind: 'service', serviceId: target.teamId }
        : { kind: 'team' };
    case 'service':
      return { kind: 'service', serviceId: target.serviceId };
  }
}
