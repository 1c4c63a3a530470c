import { z } from 'zod';
import { definedOnly } from '../vsm/definedOnly';
import { lineSchema } from '../schemas/fieldSchemas';
import { randomId, type IdFactory } from './ids';
import type { OrgDesignDoc, Service, ServiceComplexity } from './OrgDesignDoc';
import {
  has,
  nameList,
  nextOrder,
  orderedScenarios,
  requireFreeName,
  requirePerson,
  requireService,
  sameName,
} from './orgLookup';
import { OrgValidationError, parseOrThrow } from './OrgValidationError';
import { serviceFieldsShape } from './schemas/orgFieldSchemas';

export interface NewService {
  name: string;
  /** Complicated unless said: most IT services are, and Team Topologies lets a team carry one. */
  complexity?: ServiceComplexity;
}

const serviceFieldsSchema = z.object(serviceFieldsShape);

/** Adds an IT service (a column of the matrix) after the others and returns its id. */
export function addService(
  design: OrgDesignDoc,
  input: NewService,
  newId: IdFactory = randomId,
): string {
  const fields = parseOrThrow(serviceFieldsSchema, {
    complexity: 'complicated',
    ...definedOnly(input),
  });
  requireFreeName(design.services, fields.name, 'a service');
  const id = newId();
  design.services[id] = { id, ...fields, order: nextOrder(design.services) };
  return id;
}

export function updateService(
  design: OrgDesignDoc,
  serviceId: string,
  patch: Partial<Pick<Service, 'name' | 'complexity'>>,
): void {
  const service = requireService(design, serviceId);
  const fields = parseOrThrow(serviceFieldsSchema, {
    name: service.name,
    complexity: service.complexity,
    ...definedOnly(patch),
  });
  if (!sameName(fields.name, service.name)) {
    requireFreeName(design.services, fields.name, 'a service');
  }
  if (service.name !== fields.name) service.name = fields.name;
  if (service.complexity !== fields.complexity) service.complexity = fields.complexity;
}

/**
 * Deletes a service. A service with people placed on it is kept, with a message saying where,
 * unless `withPlacements` asks to remove those placements too.
 */
export function deleteService(
  design: OrgDesignDoc,
  serviceId: string,
  options: { withPlacements?: boolean } = {},
): void {
  if (!has(design.services, serviceId)) return;
  const placed = orderedScenarios(design).filter((scenario) =>
    Object.values(scenario.placements).some((placement) => placement.serviceId === serviceId),
  );
  if (placed.length > 0 && !options.withPlacements) {
    throw new OrgValidationError(
      'serviceId',
      `People are placed on ${design.services[serviceId]!.name} in ${nameList(placed.map((scenario) => `“${scenario.name}”`))}. Nothing was deleted: remove the placements first, or delete the service together with them.`,
    );
  }
  for (const scenario of Object.values(design.scenarios)) {
    for (const [key, placement] of Object.entries(scenario.placements)) {
      if (placement.serviceId === serviceId) delete scenario.placements[key];
    }
    if (has(scenario.approvalBoards, serviceId)) delete scenario.approvalBoards[serviceId];
  }
  delete design.services[serviceId];
}

/** Names the Service Management Office. */
export function renameSmo(design: OrgDesignDoc, name: string): void {
  const checked = parseOrThrow(z.object({ name: lineSchema('The SMO name') }), { name }).name;
  if (design.smo.name !== checked) design.smo.name = checked;
}

/** Puts a person into the Service Management Office or takes them out. */
export function setSmoMember(design: OrgDesignDoc, personId: string, member: boolean): void {
  if (member) {
    requirePerson(design, personId);
    if (!has(design.smo.memberIds, personId)) design.smo.memberIds[personId] = true;
  } else if (has(design.smo.memberIds, personId)) delete design.smo.memberIds[personId];
}
