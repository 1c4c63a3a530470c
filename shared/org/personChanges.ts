import { z } from 'zod';
import { definedOnly } from '../vsm/definedOnly';
import { randomId, type IdFactory } from './ids';
import type { OrgDesignDoc, Person } from './OrgDesignDoc';
import { findByName, has, orderedScenarios, requirePerson, sameName } from './orgLookup';
import { OrgValidationError, parseOrThrow } from './OrgValidationError';
import { personFieldsShape } from './schemas/orgFieldSchemas';
import { distinctTags, writeList } from './writeList';

/** What a person is, as the table, the charts and import edit it. */
export type PersonFields = Omit<Person, 'id'>;

/** A new person: a name and any other fields (capacity 1.0 FTE, no experience by default). */
export type NewPerson = Partial<PersonFields> & { name: string };

/** Changes to a person: `null` clears an optional field (cost, location, pool). */
export type PersonPatch = {
  [K in keyof PersonFields]?: undefined extends PersonFields[K]
    ? Exclude<PersonFields[K], undefined> | null
    : PersonFields[K];
};

const OPTIONAL_FIELDS = ['costPerFteYear', 'location', 'poolId'] as const;

const personFieldsSchema = z.object(personFieldsShape);

/** Where a person is placed: each scenario and the keys of their placements there. */
export interface PersonPlacements {
  scenarioId: string;
  keys: string[];
}

/** Adds a person and returns their id. */
export function addPerson(
  design: OrgDesignDoc,
  input: NewPerson,
  newId: IdFactory = randomId,
): string {
  return addPeople(design, [input], newId)[0]!;
}

/**
 * Adds several people at once (a paste, an import): all of them, or — when one is refused —
 * none, with the refusal of the first bad one.
 */
export function addPeople(
  design: OrgDesignDoc,
  inputs: readonly NewPerson[],
  newId: IdFactory = randomId,
): string[] {
  const accepted: PersonFields[] = [];
  for (const input of inputs) {
    const fields = validateNewPerson(design, input);
    const twin = accepted.find((other) => sameName(other.name, fields.name));
    if (twin) throw duplicateName(fields.name);
    accepted.push(fields);
  }
  return accepted.map((fields) => {
    const id = newId();
    design.people[id] = { id, ...fields };
    return id;
  });
}

/**
 * The fields a new person would get, with defaults filled in, or an
 * {@link OrgValidationError}: an empty or taken name, a capacity outside 0–1.5 FTE, a
 * negative cost, a pool that does not exist. Import checks rows with it before adding them.
 */
export function validateNewPerson(design: OrgDesignDoc, input: NewPerson): PersonFields {
  return validPerson(design, { experience: [], capacity: 1, ...definedOnly(input) }, {});
}

/** Changes a person's fields, each in place so that concurrent edits of two fields both stay. */
export function updatePerson(design: OrgDesignDoc, personId: string, patch: PersonPatch): void {
  const person = requirePerson(design, personId);
  const candidate: Record<string, unknown> = {
    name: person.name,
    experience: [...person.experience],
    capacity: person.capacity,
  };
  for (const key of OPTIONAL_FIELDS) {
    if (person[key] !== undefined) candidate[key] = person[key];
  }
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete candidate[key];
    else if (value !== undefined) candidate[key] = value;
  }
  // What a merge left behind (a twin's name, a deleted pool) does not block other edits.
  const fields = validPerson(design, candidate, {
    exceptId: personId,
    checkName: !sameName(String(candidate.name), person.name),
    checkPool: candidate.poolId !== person.poolId,
  });
  if (person.name !== fields.name) person.name = fields.name;
  writeList(person.experience, fields.experience);
  if (person.capacity !== fields.capacity) person.capacity = fields.capacity;
  for (const key of OPTIONAL_FIELDS) {
    if (fields[key] === undefined) {
      if (key in person) delete person[key];
    }
  }
  if (fields.costPerFteYear !== undefined && person.costPerFteYear !== fields.costPerFteYear) {
    person.costPerFteYear = fields.costPerFteYear;
  }
  if (fields.location !== undefined && person.location !== fields.location) {
    person.location = fields.location;
  }
  if (fields.poolId !== undefined && person.poolId !== fields.poolId) {
    person.poolId = fields.poolId;
  }
}

/**
 * Deletes a person. Someone who is placed in a scenario is kept, with a message saying where,
 * unless `withPlacements` asks to remove their placements (and SMO membership) too.
 */
export function deletePerson(
  design: OrgDesignDoc,
  personId: string,
  options: { withPlacements?: boolean } = {},
): void {
  if (!has(design.people, personId)) return;
  const placed = placementsOfPerson(design, personId);
  if (placed.length > 0 && !options.withPlacements) {
    const names = placed.map(({ scenarioId }) => `“${design.scenarios[scenarioId]!.name}”`);
    throw new OrgValidationError(
      'personId',
      `${design.people[personId]!.name} is placed in ${names.join(', ')}. Nothing was deleted: remove the placements first, or delete the person together with the placements.`,
    );
  }
  for (const { scenarioId, keys } of placed) {
    const placements = design.scenarios[scenarioId]!.placements;
    for (const key of keys) delete placements[key];
  }
  if (has(design.smo.memberIds, personId)) delete design.smo.memberIds[personId];
  delete design.people[personId];
}

/** Every scenario that places the person, in display order, with the placements' keys. */
export function placementsOfPerson(design: OrgDesignDoc, personId: string): PersonPlacements[] {
  const result: PersonPlacements[] = [];
  for (const scenario of orderedScenarios(design)) {
    const keys = Object.entries(scenario.placements)
      .filter(([, placement]) => placement.personId === personId)
      .map(([key]) => key);
    if (keys.length > 0) result.push({ scenarioId: scenario.id, keys });
  }
  return result;
}

function validPerson(
  design: OrgDesignDoc,
  candidate: Record<string, unknown>,
  { exceptId, checkName = true, checkPool = true }: ValidityOptions,
): PersonFields {
  const fields = parseOrThrow(personFieldsSchema, candidate);
  if (checkName && findByName(design.people, fields.name, exceptId)) {
    throw duplicateName(fields.name);
  }
  if (checkPool && fields.poolId !== undefined && !has(design.pools, fields.poolId)) {
    throw new OrgValidationError('poolId', 'That pool is no longer in the design');
  }
  const person: PersonFields = {
    name: fields.name,
    experience: distinctTags(fields.experience),
    capacity: fields.capacity,
  };
  if (fields.costPerFteYear !== undefined) person.costPerFteYear = fields.costPerFteYear;
  if (fields.location) person.location = fields.location;
  if (fields.poolId !== undefined) person.poolId = fields.poolId;
  return person;
}

interface ValidityOptions {
  exceptId?: string;
  checkName?: boolean;
  checkPool?: boolean;
}

function duplicateName(name: string): OrgValidationError {
  return new OrgValidationError(
    'name',
    `There is already a person called “${name}”: add something that tells the two apart`,
  );
}
