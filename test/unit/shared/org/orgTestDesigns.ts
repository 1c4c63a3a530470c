import { newOrgDesign } from '../../../../shared/org/designChanges';
import type { IdFactory } from '../../../../shared/org/ids';
import type { OrgDesignDoc, Structure } from '../../../../shared/org/OrgDesignDoc';
import { addPerson, type NewPerson } from '../../../../shared/org/personChanges';
import { placePerson, type NewPlacement } from '../../../../shared/org/placementChanges';
import { addPool } from '../../../../shared/org/poolChanges';
import { ROLE_IDS } from '../../../../shared/org/roleCatalogue';
import { addService, type NewService } from '../../../../shared/org/serviceChanges';

export const NOW = Date.UTC(2025, 5, 1);

/** Predictable ids so tests can name things: p1, p2, … */
export function sequentialIds(prefix = 'id'): IdFactory {
  let next = 0;
  return () => `${prefix}${++next}`;
}

/** A design with one empty scenario, id "s1", of the given structure. */
export function emptyDesign(structure: Structure = 'flat'): OrgDesignDoc {
  return newOrgDesign({ title: 'Design', structure }, NOW, () => 's1');
}

export function withPerson(design: OrgDesignDoc, id: string, fields: NewPerson): string {
  return addPerson(design, fields, () => id);
}

export function withPool(design: OrgDesignDoc, id: string, name = id): string {
  return addPool(design, { name }, () => id);
}

export function withService(design: OrgDesignDoc, id: string, fields: Partial<NewService> = {}) {
  return addService(design, { name: id, ...fields }, () => id);
}

export function place(design: OrgDesignDoc, input: NewPlacement, scenarioId = 's1'): string {
  return placePerson(design, scenarioId, input);
}

/** The seats every team needs, with experience that fits each. */
export const CORE_SEATS = [
  ['sm', 'Sam', ROLE_IDS.serviceMaster, 'Product Owner'],
  ['pm', 'Pia', ROLE_IDS.processMaster, 'Scrum Master'],
  ['gk', 'Gus', ROLE_IDS.gatekeeper, 'Operations'],
  ['dev', 'Dev', ROLE_IDS.developmentTeam, 'Development'],
  ['ops', 'Oli', ROLE_IDS.operationTeam, 'Operations'],
] as const;

/**
 * A sound flat team ("s1"): the five required seats, each person qualified and full time, on
 * one simple service; `developers` more developers (d1, d2, …) join it.
 */
export function flatTeam(developers = 0): OrgDesignDoc {
  const design = emptyDesign('flat');
  withService(design, 'svc', { name: 'Shop', complexity: 'simple' });
  for (const [id, name, roleId, experience] of CORE_SEATS) {
    withPerson(design, id, { name, experience: [experience] });
    place(design, { personId: id, roleId, allocation: 100 });
  }
  for (let i = 1; i <= developers; i++) {
    withPerson(design, `d${i}`, { name: `Developer ${i}`, experience: ['Development'] });
    place(design, { personId: `d${i}`, roleId: ROLE_IDS.developmentTeam, allocation: 100 });
  }
  return design;
}

/**
 * A sound matrix ("s1") of pools dev, ops, mgmt and the given services, each with its own
 * five seats (people `${seat}-${service}`, e.g. "dev-pay"), everyone in a pool, full time.
 */
export function matrixOf(serviceIds: readonly string[]): OrgDesignDoc {
  const design = emptyDesign('matrix');
  withPool(design, 'mgmt', 'Service management');
  withPool(design, 'devPool', 'Development');
  withPool(design, 'opsPool', 'Operations');
  const poolOf = { sm: 'mgmt', pm: 'mgmt', gk: 'opsPool', dev: 'devPool', ops: 'opsPool' };
  for (const serviceId of serviceIds) {
    withService(design, serviceId, { name: serviceId });
    for (const [seat, name, roleId, experience] of CORE_SEATS) {
      const personId = `${seat}-${serviceId}`;
      withPerson(design, personId, {
        name: `${name} ${serviceId}`,
        experience: [experience],
        poolId: poolOf[seat],
      });
      place(design, { personId, serviceId, roleId, allocation: 100 });
    }
  }
  return design;
}
