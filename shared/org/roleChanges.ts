import { z } from 'zod';
import { setText } from '../vsm/setText';
import { definedOnly } from '../vsm/definedOnly';
import { randomId, type IdFactory } from './ids';
import type { OrgDesignDoc, Role } from './OrgDesignDoc';
import {
  has,
  nameList,
  nextOrder,
  orderedScenarios,
  requireFreeName,
  requireRole,
  sameName,
} from './orgLookup';
import { OrgValidationError, parseOrThrow } from './OrgValidationError';
import { isBuiltInRole } from './roleCatalogue';
import { roleFieldsShape } from './schemas/orgFieldSchemas';
import { distinctTags, writeList } from './writeList';

/** What a role is, as the role catalogue edits it. */
export type RoleFields = Omit<Role, 'id' | 'order'>;

/** A custom role: a name and any other fields (no experience asked, no stages by default). */
export type NewRole = Partial<RoleFields> & { name: string };

const roleFieldsSchema = z.object(roleFieldsShape);

/** Adds a custom role to the catalogue, after the others, and returns its id. */
export function addRole(design: OrgDesignDoc, input: NewRole, newId: IdFactory = randomId): string {
  const fields = validRole({
    responsibility: '',
    requiredExperience: [],
    stages: [],
    requiredPerService: false,
    ...definedOnly(input),
  });
  requireFreeName(design.roles, fields.name, 'a role');
  const id = newId();
  design.roles[id] = { id, ...fields, order: nextOrder(design.roles) };
  return id;
}

/** Changes a role of the catalogue, the white paper's too, field by field. */
export function updateRole(design: OrgDesignDoc, roleId: string, patch: Partial<RoleFields>): void {
  const role = requireRole(design, roleId);
  const fields = validRole({
    name: role.name,
    responsibility: role.responsibility,
    requiredExperience: [...role.requiredExperience],
    stages: [...role.stages],
    requiredPerService: role.requiredPerService,
    ...definedOnly(patch),
  });
  if (!sameName(fields.name, role.name)) requireFreeName(design.roles, fields.name, 'a role');
  if (role.name !== fields.name) role.name = fields.name;
  setText(role, 'responsibility', fields.responsibility);
  writeList(role.requiredExperience, fields.requiredExperience);
  writeList(role.stages, fields.stages);
  if (role.requiredPerService !== fields.requiredPerService) {
    role.requiredPerService = fields.requiredPerService;
  }
}

/**
 * Deletes a custom role. The white paper's seven stay (the checks rely on them: rename one
 * instead). A role someone holds is kept, with a message saying where, unless
 * `withPlacements` asks to remove those placements too.
 */
export function deleteRole(
  design: OrgDesignDoc,
  roleId: string,
  options: { withPlacements?: boolean } = {},
): void {
  if (!has(design.roles, roleId)) return;
  const role = design.roles[roleId]!;
  if (isBuiltInRole(roleId)) {
    throw new OrgValidationError(
      'roleId',
      `${role.name} is one of the white paper's seven roles and stays in the catalogue. Nothing was deleted: rename it or leave it unused.`,
    );
  }
  const held = orderedScenarios(design).filter((scenario) =>
    Object.values(scenario.placements).some((placement) => placement.roleId === roleId),
  );
  if (held.length > 0 && !options.withPlacements) {
    throw new OrgValidationError(
      'roleId',
      `People hold the role ${role.name} in ${nameList(held.map((scenario) => `“${scenario.name}”`))}. Nothing was deleted: give them another role first, or delete the role together with those placements.`,
    );
  }
  for (const scenario of Object.values(design.scenarios)) {
    for (const [key, placement] of Object.entries(scenario.placements)) {
      if (placement.roleId === roleId) delete scenario.placements[key];
    }
  }
  delete design.roles[roleId];
}

function validRole(candidate: Record<string, unknown>): RoleFields {
  const fields = parseOrThrow(roleFieldsSchema, candidate);
  return {
    ...fields,
    requiredExperience: distinctTags(fields.requiredExperience),
    stages: [...new Set(fields.stages)],
  };
}
