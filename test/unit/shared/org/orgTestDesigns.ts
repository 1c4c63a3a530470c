import { newOrgDesign } from '../../../../shared/org/designChanges';
import type { IdFactory } from '../../../../shared/org/ids';
import type { OrgDesignDoc, Structure } from '../../../../shared/org/OrgDesignDoc';
import { addPerson, type NewPerson } from '../../../../shared/org/personChanges';
import { placePerson, type NewPlacement } from '../../../../shared/org/placementChanges';
import { addPool } from '../../../../shared/org/poolChanges';
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
