import { change, clone, from, merge, type Doc } from '@automerge/automerge';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDesign } from '../../../../../shared/org/checks/checkScenario';
import type { OrgCheck } from '../../../../../shared/org/checks/OrgCheck';
import {
  danglingReferences,
  repairDanglingReferences,
} from '../../../../../shared/org/danglingReferences';
import type { OrgDesignDoc } from '../../../../../shared/org/OrgDesignDoc';
import {
  orderedPeople,
  orderedPools,
  orderedRoles,
  orderedServices,
} from '../../../../../shared/org/orgLookup';
import { OrgValidationError } from '../../../../../shared/org/OrgValidationError';
import { addPerson, deletePerson, updatePerson } from '../../../../../shared/org/personChanges';
import { placePerson, setAllocation, unplace } from '../../../../../shared/org/placementChanges';
import { addPool, deletePool } from '../../../../../shared/org/poolChanges';
import { addScenario, duplicateScenario } from '../../../../../shared/org/scenarioChanges';
import { addService, deleteService } from '../../../../../shared/org/serviceChanges';
import { orgDesignDocSchema } from '../../../../../shared/org/schemas/orgDesignDocSchema';
import { emptyDesign } from '../orgTestDesigns';

const TAGS = ['Development', 'Operations', 'Scrum Master', 'Product Owner', 'Tools', 'Agile'];

/** One edit a coach might make; indexes pick among what exists at that moment. */
type Edit =
  | { kind: 'addPerson'; capacity: number; tags: string[]; pool: number }
  | { kind: 'addPool' }
  | { kind: 'addService'; complexity: 'simple' | 'complicated' | 'complex' }
  | {
      kind: 'place';
      matrix: boolean;
      person: number;
      service: number;
      role: number;
      allocation: number;
    }
  | { kind: 'setAllocation'; matrix: boolean; placement: number; allocation: number }
  | { kind: 'unplace'; matrix: boolean; placement: number }
  | { kind: 'setPool'; person: number; pool: number }
  | { kind: 'deletePerson'; person: number }
  | { kind: 'deletePool'; pool: number }
  | { kind: 'deleteService'; service: number }
  | { kind: 'duplicate' };

const index = fc.nat({ max: 40 });
const allocation = fc.oneof(
  fc.integer({ min: 1, max: 100 }),
  fc.double({ min: 0.5, max: 100, noNaN: true }),
);

const editArbitrary: fc.Arbitrary<Edit> = fc.oneof(
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('addPerson' as const),
      capacity: fc.constantFrom(0, 0.5, 0.8, 1, 1.2),
      tags: fc.subarray(TAGS),
      pool: index,
    }),
  },
  fc.record({ kind: fc.constant('addPool' as const) }),
  fc.record({
    kind: fc.constant('addService' as const),
    complexity: fc.constantFrom('simple' as const, 'complicated' as const, 'complex' as const),
  }),
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('place' as const),
      matrix: fc.boolean(),
      person: index,
      service: index,
      role: index,
      allocation,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('setAllocation' as const),
      matrix: fc.boolean(),
      placement: index,
      allocation,
    }),
  },
  fc.record({ kind: fc.constant('unplace' as const), matrix: fc.boolean(), placement: index }),
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('setPool' as const), person: index, pool: index }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('deletePerson' as const), person: index }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('deletePool' as const), pool: index }) },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('deleteService' as const), service: index }),
  },
  fc.record({ kind: fc.constant('duplicate' as const) }),
);

const pick = <T>(items: readonly T[], at: number): T | undefined =>
  items.length === 0 ? undefined : items[at % items.length];

let counter = 0;
const freshId = () => `g${++counter}`;

/** Applies an edit through the change functions; a refusal is a normal outcome. */
function apply(design: OrgDesignDoc, edit: Edit): void {
  const scenarioId = 'matrix' in edit ? (edit.matrix ? 'm' : 's1') : 's1';
  const people = orderedPeople(design);
  const keys = () => Object.keys(design.scenarios[scenarioId]?.placements ?? {}).sort();
  try {
    switch (edit.kind) {
      case 'addPerson':
        addPerson(
          design,
          {
            name: freshId(),
            capacity: edit.capacity,
            experience: edit.tags,
            poolId: pick(orderedPools(design), edit.pool)?.id,
          },
          freshId,
        );
        break;
      case 'addPool':
        addPool(design, { name: freshId() }, freshId);
        break;
      case 'addService':
        addService(design, { name: freshId(), complexity: edit.complexity }, freshId);
        break;
      case 'place': {
        const person = pick(people, edit.person);
        const role = pick(orderedRoles(design), edit.role);
        const service = pick(orderedServices(design), edit.service);
        if (!person || !role || (edit.matrix && !service)) return;
        placePerson(design, scenarioId, {
          personId: person.id,
          roleId: role.id,
          serviceId: edit.matrix ? service!.id : undefined,
          allocation: edit.allocation,
        });
        break;
      }
      case 'setAllocation': {
        const key = pick(keys(), edit.placement);
        if (key) setAllocation(design, scenarioId, key, edit.allocation);
        break;
      }
      case 'unplace': {
        const key = pick(keys(), edit.placement);
        if (key) unplace(design, scenarioId, key);
        break;
      }
      case 'setPool': {
        const person = pick(people, edit.person);
        if (person)
          updatePerson(design, person.id, {
            poolId: pick(orderedPools(design), edit.pool)?.id ?? null,
          });
        break;
      }
      case 'deletePerson': {
        const person = pick(people, edit.person);
        if (person) deletePerson(design, person.id, { withPlacements: true });
        break;
      }
      case 'deletePool': {
        const pool = pick(orderedPools(design), edit.pool);
        if (pool) deletePool(design, pool.id, { unassignMembers: true });
        break;
      }
      case 'deleteService': {
        const service = pick(orderedServices(design), edit.service);
        if (service) deleteService(design, service.id, { withPlacements: true });
        break;
      }
      case 'duplicate':
        if (Object.keys(design.scenarios).length < 4) duplicateScenario(design, 's1', freshId);
        break;
    }
  } catch (error) {
    if (!(error instanceof OrgValidationError)) throw error;
  }
}

/** Two scenarios ("s1" flat, "m" matrix) with four people, two pools and two services. */
function startingDesign(): OrgDesignDoc {
  const design = emptyDesign('flat');
  addScenario(design, { name: 'Matrix', structure: 'matrix' }, () => 'm');
  for (const pool of ['dev', 'ops']) addPool(design, { name: pool }, () => pool);
  for (const service of ['a', 'b']) addService(design, { name: service }, () => service);
  ['p1', 'p2', 'p3', 'p4'].forEach((id, i) => {
    addPerson(
      design,
      { name: id, experience: [TAGS[i]!], poolId: i % 2 ? 'dev' : 'ops' },
      () => id,
    );
    placePerson(design, 's1', { personId: id, roleId: orderedRoles(design)[i]!.id });
    placePerson(design, 'm', {
      personId: id,
      serviceId: i % 2 ? 'a' : 'b',
      roleId: orderedRoles(design)[i]!.id,
    });
  });
  return design;
}

/** Every check names something that exists, and no two findings of a scenario share an id. */
function expectSoundChecks(design: OrgDesignDoc, checks: Record<string, OrgCheck[]>): void {
  for (const [scenarioId, list] of Object.entries(checks)) {
    expect(new Set(list.map((check) => check.id)).size).toBe(list.length);
    const scenario = design.scenarios[scenarioId]!;
    for (const { target } of list) {
      if (target.kind === 'person') expect(design.people[target.personId]).toBeDefined();
      if (target.kind === 'service') expect(design.services[target.serviceId]).toBeDefined();
      if (target.kind === 'team') {
        expect(target.teamId === scenarioId || design.services[target.teamId] !== undefined).toBe(
          true,
        );
      }
      if (target.kind === 'placement') expect(scenario.placements[target.key]).toBeDefined();
    }
  }
}

describe('checks on generated designs', () => {
  it('never throw; over-allocation fires iff allocations exceed capacity, switching iff 2+ services', () => {
    fc.assert(
      fc.property(fc.array(editArbitrary, { maxLength: 60 }), (edits) => {
        const design = startingDesign();
        for (const edit of edits) apply(design, edit);
        expect(orgDesignDocSchema.safeParse(design).success).toBe(true);
        const checks = checkDesign(design);
        expectSoundChecks(design, checks);
        for (const scenario of Object.values(design.scenarios)) {
          const over = new Set(
            checks[scenario.id]!.filter((check) => check.rule === 'overAllocation').map(
              (check) => (check.target as { personId: string }).personId,
            ),
          );
          for (const person of Object.values(design.people)) {
            const total = Object.values(scenario.placements)
              .filter((placement) => placement.personId === person.id)
              .reduce((sum, placement) => sum + placement.allocation, 0);
            expect(over.has(person.id)).toBe(total > person.capacity * 100 + 1e-9);
          }
          const switching = new Set(
            checks[scenario.id]!.filter((check) => check.rule === 'contextSwitching').map(
              (check) => (check.target as { personId: string }).personId,
            ),
          );
          for (const person of Object.values(design.people)) {
            const services = new Set(
              Object.values(scenario.placements)
                .filter((placement) => placement.personId === person.id)
                .map((placement) => placement.serviceId),
            );
            expect(switching.has(person.id)).toBe(services.size >= 2);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('never throw on what two laptops’ edits merge into, and repair leaves nothing dangling', () => {
    fc.assert(
      fc.property(
        fc.array(editArbitrary, { maxLength: 20 }),
        fc.array(editArbitrary, { maxLength: 12 }),
        fc.array(editArbitrary, { maxLength: 12 }),
        (shared, left, right) => {
          const start = startingDesign();
          for (const edit of shared) apply(start, edit);
          const base: Doc<OrgDesignDoc> = from(
            start as unknown as Record<string, unknown>,
          ) as Doc<OrgDesignDoc>;
          const anna = change(clone(base), (draft) => left.forEach((edit) => apply(draft, edit)));
          const ben = change(clone(base), (draft) => right.forEach((edit) => apply(draft, edit)));
          const merged = merge(anna, ben);
          expect(orgDesignDocSchema.safeParse(merged).success).toBe(true);
          expectSoundChecks(merged, checkDesign(merged));
          const repaired = change(merged, (draft) => void repairDanglingReferences(draft));
          expect(danglingReferences(repaired)).toEqual([]);
          expect(orgDesignDocSchema.safeParse(repaired).success).toBe(true);
        },
      ),
      { numRuns: 25 },
    );
  }, 120_000);
});
