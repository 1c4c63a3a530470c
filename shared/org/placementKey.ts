import type { Placement } from './OrgDesignDoc';

/**
 * The key of a placement in its scenario: one person in one cell (service) and role. Ids hold
 * no "|" (the schema checks), so two different placements never share a key.
 */
export function placementKey(placement: Pick<Placement, 'personId' | 'serviceId' | 'roleId'>) {
  return `${placement.personId}|${placement.serviceId ?? ''}|${placement.roleId}`;
}
