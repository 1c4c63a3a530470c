import { from, type Doc } from '@automerge/automerge';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addPerson,
  addPool,
  addRole,
  addScenario,
  addService,
  deletePerson,
  deletePool,
  deleteRole,
  deleteScenario,
  deleteService,
  duplicateScenario,
  markBaseline,
  movePlacement,
  OrgValidationError,
  orderedPeople,
  orderedPools,
  orderedRoles,
  orderedScenarios,
  orderedServices,
  placePerson,
  preloadedOrgDesign,
  renamePool,
  renameScenario,
  renameSmo,
  repairDanglingReferences,
  setAllocation,
  setApprovalBoard,
  setSmoMember,
  unplace,
  updateDesignDetails,
  updatePerson,
  updateRole,
  updateService,
  updateThresholds,
  type OrgDesignDoc,
} from '../../../../shared/org';
import { EditedDocument } from '../undo/editedDocument';
import { emptyDesign, matrixOf, NOW, sequentialIds } from './orgTestDesigns';

/** Design commands as data, applied to whatever the design holds by then (indexes wrap around). */
type OrgCommand =
  | { kind: 'addPerson'; name: string; capacity: number; pool: number }
  | { kind: 'editPerson'; person: number; name: string; capacity: number; experience: string[] }
  | { kind: 'personPool'; person: number; pool: number | null }
  | { kind: 'personCost'; person: number; cost: number | null }
  | { kind: 'deletePerson'; person: number }
  | { kind: 'addPool'; name: string }
  | { kind: 'renamePool'; pool: number; name: string }
  | { kind: 'deletePool'; pool: number }
  | { kind: 'addService'; name: string; complexity: 'simple' | 'complicated' | 'complex' }
  | { kind: 'editService'; service: number; name: string }
  | { kind: 'deleteService'; service: number }
  | { kind: 'addRole'; name: string; experience: string[] }
  | { kind: 'editRole'; role: number; responsibility: string; perService: boolean }
  | { kind: 'deleteRole'; role: number }
  | { kind: 'addScenario'; name: string; structure: 'flat' | 'matrix' }
  | { kind: 'duplicateScenario'; scenario: number }
  | { kind: 'renameScenario'; scenario: number; name: string }
  | { kind: 'deleteScenario'; scenario: number }
  | { kind: 'markBaseline'; scenario: number | null }
  | { kind: 'approvalBoard'; scenario: number; service: number; external: boolean }
  | {
      kind: 'place';
      scenario: number;
      person: number;
      service: number;
      role: number;
      allocation: number;
    }
  | { kind: 'allocation'; scenario: number; placement: number; allocation: number }
  | { kind: 'movePlacement'; scenario: number; placement: number; service: number; role: number }
  | { kind: 'unplace'; scenario: number; placement: number }
  | { kind: 'smoMember'; person: number; member: boolean }
  | { kind: 'renameSmo'; name: string }
  | { kind: 'details'; title: string; currency: string }
  | { kind: 'thresholds'; teamSizeWarnAbove: number; serviceMasterSpan: number }
  | { kind: 'repair' };

const index = fc.nat({ max: 30 });
const name = fc.constantFrom('Ana', 'Ben', 'Chidi', 'Dana', 'Eli', 'Payments', 'Cards', 'Ops', '');
const experience = fc.subarray(['Development', 'Operations', 'Testing', 'Scrum Master', 'Tools']);
const text = fc.string({ maxLength: 12 });

const orgCommand: fc.Arbitrary<OrgCommand> = fc.oneof(
  fc.record({
    kind: fc.constant('addPerson' as const),
    name,
    capacity: fc.constantFrom(0.5, 0.8, 1, 1.2, 3),
    pool: index,
  }),
  fc.record({
    kind: fc.constant('editPerson' as const),
    person: index,
    name,
    capacity: fc.constantFrom(0, 0.5, 1, 1.5, -1),
    experience,
  }),
  fc.record({
    kind: fc.constant('personPool' as const),
    person: index,
    pool: fc.option(index, { nil: null }),
  }),
  fc.record({
    kind: fc.constant('personCost' as const),
    person: index,
    cost: fc.option(fc.constantFrom(60_000, 95_000, -5), { nil: null }),
  }),
  fc.record({ kind: fc.constant('deletePerson' as const), person: index }),
  fc.record({ kind: fc.constant('addPool' as const), name }),
  fc.record({ kind: fc.constant('renamePool' as const), pool: index, name }),
  fc.record({ kind: fc.constant('deletePool' as const), pool: index }),
  fc.record({
    kind: fc.constant('addService' as const),
    name,
    complexity: fc.constantFrom('simple' as const, 'complicated' as const, 'complex' as const),
  }),
  fc.record({ kind: fc.constant('editService' as const), service: index, name }),
  fc.record({ kind: fc.constant('deleteService' as const), service: index }),
  fc.record({ kind: fc.constant('addRole' as const), name, experience }),
  fc.record({
    kind: fc.constant('editRole' as const),
    role: index,
    responsibility: text,
    perService: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('deleteRole' as const), role: index }),
  fc.record({
    kind: fc.constant('addScenario' as const),
    name,
    structure: fc.constantFrom('flat' as const, 'matrix' as const),
  }),
  fc.record({ kind: fc.constant('duplicateScenario' as const), scenario: index }),
  fc.record({ kind: fc.constant('renameScenario' as const), scenario: index, name }),
  fc.record({ kind: fc.constant('deleteScenario' as const), scenario: index }),
  fc.record({
    kind: fc.constant('markBaseline' as const),
    scenario: fc.option(index, { nil: null }),
  }),
  fc.record({
    kind: fc.constant('approvalBoard' as const),
    scenario: index,
    service: index,
    external: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('place' as const),
    scenario: index,
    person: index,
    service: index,
    role: index,
    allocation: fc.constantFrom(10, 40, 50, 100, 150),
  }),
  fc.record({
    kind: fc.constant('allocation' as const),
    scenario: index,
    placement: index,
    allocation: fc.constantFrom(0, 20, 60, 100, 101),
  }),
  fc.record({
    kind: fc.constant('movePlacement' as const),
    scenario: index,
    placement: index,
    service: index,
    role: index,
  }),
  fc.record({ kind: fc.constant('unplace' as const), scenario: index, placement: index }),
  fc.record({ kind: fc.constant('smoMember' as const), person: index, member: fc.boolean() }),
  fc.record({ kind: fc.constant('renameSmo' as const), name }),
  fc.record({
    kind: fc.constant('details' as const),
    title: name,
    currency: fc.constantFrom('EUR', 'CHF', ''),
  }),
  fc.record({
    kind: fc.constant('thresholds' as const),
    teamSizeWarnAbove: fc.integer({ min: 3, max: 12 }),
    serviceMasterSpan: fc.integer({ min: 2, max: 9 }),
  }),
  fc.constant({ kind: 'repair' as const }),
);

/** The item at `i` of a list, wrapping around; undefined when the list is empty. */
function at<T>(items: readonly T[], i: number): T | undefined {
  return items.length === 0 ? undefined : items[i % items.length];
}

function apply(design: OrgDesignDoc, command: OrgCommand, newId: () => string): void {
  const person = (i: number) => at(orderedPeople(design), i);
  const pool = (i: number) => at(orderedPools(design), i);
  const service = (i: number) => at(orderedServices(design), i);
  const role = (i: number) => at(orderedRoles(design), i);
  const scenario = (i: number) => at(orderedScenarios(design), i);
  const placementKey = (scenarioId: string, i: number) =>
    at(Object.keys(design.scenarios[scenarioId]!.placements).sort(), i);
  switch (command.kind) {
    case 'addPerson':
      addPerson(
        design,
        { name: command.name, capacity: command.capacity, poolId: pool(command.pool)?.id },
        newId,
      );
      return;
    case 'editPerson': {
      const target = person(command.person);
      if (target) {
        updatePerson(design, target.id, {
          name: command.name,
          capacity: command.capacity,
          experience: command.experience,
        });
      }
      return;
    }
    case 'personPool': {
      const target = person(command.person);
      const poolId = command.pool === null ? null : (pool(command.pool)?.id ?? null);
      if (target) updatePerson(design, target.id, { poolId });
      return;
    }
    case 'personCost': {
      const target = person(command.person);
      if (target) updatePerson(design, target.id, { costPerFteYear: command.cost });
      return;
    }
    case 'deletePerson': {
      const target = person(command.person);
      if (target) deletePerson(design, target.id, { withPlacements: true });
      return;
    }
    case 'addPool':
      addPool(design, { name: command.name }, newId);
      return;
    case 'renamePool': {
      const target = pool(command.pool);
      if (target) renamePool(design, target.id, command.name);
      return;
    }
    case 'deletePool': {
      const target = pool(command.pool);
      if (target) deletePool(design, target.id, { unassignMembers: true });
      return;
    }
    case 'addService':
      addService(design, { name: command.name, complexity: command.complexity }, newId);
      return;
    case 'editService': {
      const target = service(command.service);
      if (target) updateService(design, target.id, { name: command.name });
      return;
    }
    case 'deleteService': {
      const target = service(command.service);
      if (target) deleteService(design, target.id, { withPlacements: true });
      return;
    }
    case 'addRole':
      addRole(design, { name: command.name, requiredExperience: command.experience }, newId);
      return;
    case 'editRole': {
      const target = role(command.role);
      if (target) {
        updateRole(design, target.id, {
          responsibility: command.responsibility,
          requiredPerService: command.perService,
        });
      }
      return;
    }
    case 'deleteRole': {
      const target = role(command.role);
      if (target) deleteRole(design, target.id, { withPlacements: true });
      return;
    }
    case 'addScenario':
      addScenario(design, { name: command.name, structure: command.structure }, newId);
      return;
    case 'duplicateScenario': {
      const target = scenario(command.scenario);
      if (target) duplicateScenario(design, target.id, newId);
      return;
    }
    case 'renameScenario': {
      const target = scenario(command.scenario);
      if (target) renameScenario(design, target.id, command.name);
      return;
    }
    case 'deleteScenario': {
      const target = scenario(command.scenario);
      if (target) deleteScenario(design, target.id);
      return;
    }
    case 'markBaseline': {
      const target = command.scenario === null ? null : (scenario(command.scenario) ?? null);
      markBaseline(design, target?.id ?? null);
      return;
    }
    case 'approvalBoard': {
      const target = scenario(command.scenario);
      const on = service(command.service);
      if (target && on) setApprovalBoard(design, target.id, on.id, command.external);
      return;
    }
    case 'place': {
      const target = scenario(command.scenario);
      const who = person(command.person);
      const as = role(command.role);
      if (!target || !who || !as) return;
      placePerson(design, target.id, {
        personId: who.id,
        serviceId: target.structure === 'matrix' ? service(command.service)?.id : undefined,
        roleId: as.id,
        allocation: command.allocation,
      });
      return;
    }
    case 'allocation': {
      const target = scenario(command.scenario);
      const key = target && placementKey(target.id, command.placement);
      if (target && key) setAllocation(design, target.id, key, command.allocation);
      return;
    }
    case 'movePlacement': {
      const target = scenario(command.scenario);
      const key = target && placementKey(target.id, command.placement);
      if (!target || !key) return;
      movePlacement(design, target.id, key, {
        serviceId: target.structure === 'matrix' ? service(command.service)?.id : undefined,
        roleId: role(command.role)?.id,
      });
      return;
    }
    case 'unplace': {
      const target = scenario(command.scenario);
      const key = target && placementKey(target.id, command.placement);
      if (target && key) unplace(design, target.id, key);
      return;
    }
    case 'smoMember': {
      const target = person(command.person);
      if (target) setSmoMember(design, target.id, command.member);
      return;
    }
    case 'renameSmo':
      renameSmo(design, command.name);
      return;
    case 'details':
      updateDesignDetails(design, { title: command.title, currency: command.currency });
      return;
    case 'thresholds':
      updateThresholds(design, {
        teamSizeWarnAbove: command.teamSizeWarnAbove,
        serviceMasterSpan: command.serviceMasterSpan,
      });
      return;
    case 'repair':
      repairDanglingReferences(design);
      return;
  }
}

const startingDesigns = fc.constantFrom(
  () => emptyDesign('flat'),
  () => matrixOf(['payments', 'cards']),
  () => preloadedOrgDesign('flat', NOW, sequentialIds('flat')),
  () => preloadedOrgDesign('matrix', NOW, sequentialIds('matrix')),
);

const documentOf = (design: OrgDesignDoc) =>
  from(design as unknown as Record<string, unknown>) as unknown as Doc<OrgDesignDoc>;

const isRefusal = (error: unknown) => error instanceof OrgValidationError;

/** Runs the commands as one person would, each stored edit one undo step. */
function runCommands(
  edited: EditedDocument<OrgDesignDoc>,
  commands: OrgCommand[],
  newId = sequentialIds('n'),
) {
  let stored = 0;
  for (const command of commands) {
    if (edited.edit((design) => apply(design, command, newId), { isRefusal })) stored++;
  }
  return stored;
}

/** Peers add things these commands never touch, so each must survive every undo and redo. */
const PEER_CHANGES = {
  person: { collection: 'people', id: 'peer-person' },
  pool: { collection: 'pools', id: 'peer-pool' },
  service: { collection: 'services', id: 'peer-service' },
} as const;
type PeerChange = keyof typeof PEER_CHANGES;

function applyPeerChange(design: OrgDesignDoc, change: PeerChange) {
  const { id } = PEER_CHANGES[change];
  if (change === 'person') {
    addPerson(design, { name: 'Peer person', experience: ['Operations'] }, () => id);
  } else if (change === 'pool') {
    addPool(design, { name: 'Peer pool' }, () => id);
  } else {
    addService(design, { name: 'Peer service' }, () => id);
  }
}

describe('undo and redo of every organisation-design command', () => {
  it('undoes all the way back to the exact starting design, and redoes to the exact end', () => {
    fc.assert(
      fc.property(startingDesigns, fc.array(orgCommand, { maxLength: 25 }), (start, commands) => {
        const edited = new EditedDocument(documentOf(start()));
        const startValue = edited.value;
        const stored = runCommands(edited, commands);
        const endValue = edited.value;

        expect(edited.undoAll()).toBe(stored);
        expect(edited.value).toEqual(startValue);
        expect(edited.redoAll()).toBe(stored);
        expect(edited.value).toEqual(endValue);
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('keeps a peer’s concurrent change through every undo and redo', () => {
    fc.assert(
      fc.property(
        startingDesigns,
        fc.array(orgCommand, { maxLength: 20 }),
        fc.nat(),
        fc.nat(),
        fc.constantFrom<PeerChange>('person', 'pool', 'service'),
        (start, commands, forkAt, mergeAfterUndos, peerChange) => {
          const edited = new EditedDocument(documentOf(start()));
          // The design as it was, with the item the colleague added (its order as they made it).
          const withPeerChange = (value: OrgDesignDoc) => {
            const { collection, id } = PEER_CHANGES[peerChange];
            const expected = structuredClone(value);
            (expected[collection] as Record<string, unknown>)[id] = peer.value[collection][id];
            return expected;
          };
          const startValue = edited.value;
          const fork = forkAt % (commands.length + 1);
          const newId = sequentialIds('n');
          const storedBeforeFork = runCommands(edited, commands.slice(0, fork), newId);
          const peer = new EditedDocument(edited.fork());
          peer.edit((design) => applyPeerChange(design, peerChange));
          const stored = storedBeforeFork + runCommands(edited, commands.slice(fork), newId);
          const endValue = edited.value;
          // The colleague's change arrives part-way through undoing.
          for (let i = 0; i < mergeAfterUndos % (stored + 1); i++) edited.undo();
          edited.merge(peer.doc);

          edited.undoAll();
          expect(edited.value).toEqual(withPeerChange(startValue));
          expect(edited.redoAll()).toBe(stored);
          expect(edited.value).toEqual(withPeerChange(endValue));
        },
      ),
      { numRuns: 60 },
    );
  }, 120_000);
});
