import { newOrgDesign } from '../../../shared/org/designChanges';
import type { OrgDesignDoc, Structure } from '../../../shared/org/OrgDesignDoc';
import { addPerson, type NewPerson } from '../../../shared/org/personChanges';
import { placePerson, type NewPlacement } from '../../../shared/org/placementChanges';
import { addPool } from '../../../shared/org/poolChanges';
import { addService } from '../../../shared/org/serviceChanges';

/** A design the views' tests build up by hand: scenario "s1", ids as given. */
export function design(structure: Structure = 'matrix'): OrgDesignDoc {
  return newOrgDesign({ title: 'Bank', structure }, 1, () => 's1');
}

export function person(doc: OrgDesignDoc, id: string, fields: Partial<NewPerson> = {}): string {
  return addPerson(doc, { name: id, ...fields }, () => id);
}

export function pool(doc: OrgDesignDoc, id: string): string {
  return addPool(doc, { name: id }, () => id);
}

export function service(doc: OrgDesignDoc, id: string): string {
  return addService(doc, { name: id }, () => id);
}

export function place(doc: OrgDesignDoc, input: NewPlacement, scenarioId = 's1'): string {
  return placePerson(doc, scenarioId, input);
}
