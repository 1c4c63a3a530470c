import { z } from 'zod';
import { randomId, type IdFactory } from './ids';
import type { OrgDesignDoc } from './OrgDesignDoc';
import {
  has,
  nameList,
  nextOrder,
  orderedPeople,
  requireFreeName,
  requirePool,
  sameName,
} from './orgLookup';
import { OrgValidationError, parseOrThrow } from './OrgValidationError';
import { poolFieldsShape } from './schemas/orgFieldSchemas';

const poolFieldsSchema = z.object(poolFieldsShape);

/** Adds a functional pool (a row of the matrix) after the others and returns its id. */
export function addPool(
  design: OrgDesignDoc,
  input: { name: string },
  newId: IdFactory = randomId,
): string {
  const { name } = parseOrThrow(poolFieldsSchema, input);
  requireFreeName(design.pools, name, 'a pool');
  const id = newId();
  design.pools[id] = { id, name, order: nextOrder(design.pools) };
  return id;
}

export function renamePool(design: OrgDesignDoc, poolId: string, name: string): void {
  const pool = requirePool(design, poolId);
  const fields = parseOrThrow(poolFieldsSchema, { name });
  if (!sameName(fields.name, pool.name)) requireFreeName(design.pools, fields.name, 'a pool');
  if (pool.name !== fields.name) pool.name = fields.name;
}

/**
 * Deletes a pool. A pool that people belong to is kept, with a message naming them, unless
 * `unassignMembers` asks to leave them without a pool.
 */
export function deletePool(
  design: OrgDesignDoc,
  poolId: string,
  options: { unassignMembers?: boolean } = {},
): void {
  if (!has(design.pools, poolId)) return;
  const members = orderedPeople(design).filter((person) => person.poolId === poolId);
  if (members.length > 0 && !options.unassignMembers) {
    throw new OrgValidationError(
      'poolId',
      `${nameList(members.map((person) => person.name))} ${members.length === 1 ? 'belongs' : 'belong'} to ${design.pools[poolId]!.name}. Nothing was deleted: move them to another pool first, or delete the pool and leave them without one.`,
    );
  }
  for (const person of members) delete design.people[person.id]!.poolId;
  delete design.pools[poolId];
}
