import { from, type Doc } from '@automerge/automerge';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDoneCriterion,
  addInformationFlow,
  addKaizen,
  addReworkLoop,
  addStep,
  connectSteps,
  deleteKaizen,
  deleteStep,
  deriveFutureState,
  disconnectSteps,
  moveStep,
  orderedSteps,
  removeDoneCriterion,
  TIME_UNITS,
  updateDoneCriterion,
  updateKaizen,
  updateMapDetails,
  updateStep,
  VsmValidationError,
  type ValueStreamMapDoc,
} from '../../../../shared/vsm';
import { EditedDocument } from '../undo/editedDocument';
import { linearMap, sequentialIds } from './vsmTestMaps';

/** Map commands as data, applied to whatever the map holds by then (indexes wrap around). */
type MapCommand =
  | { kind: 'addStep'; after: number | 'end' | 'branch'; name: string }
  | { kind: 'deleteStep'; step: number }
  | { kind: 'moveStep'; step: number; direction: 'up' | 'down' }
  | { kind: 'rename'; step: number; name: string }
  | {
      kind: 'time';
      step: number;
      field: 'processTime' | 'leadTime' | 'wait';
      value: number;
      unit: (typeof TIME_UNITS)[number];
    }
  | { kind: 'figures'; step: number; completeAndAccurate: number; people: number }
  | { kind: 'notes'; step: number; notes: string }
  | { kind: 'connect'; from: number; to: number; handoff: 'push' | 'pull' | 'fifo' }
  | { kind: 'disconnect'; step: number }
  | { kind: 'informationFlow'; from: number; to: number }
  | { kind: 'reworkLoop'; from: number; to: number; share: number }
  | { kind: 'addKaizen'; step: number; problem: string }
  | { kind: 'editKaizen'; kaizen: number; problem: string; why: string }
  | { kind: 'deleteKaizen'; kaizen: number }
  | { kind: 'doneCriterion'; step: number; text: string }
  | { kind: 'tickCriterion'; step: number }
  | { kind: 'removeCriterion'; step: number }
  | { kind: 'details'; customer: string; displayUnit: (typeof TIME_UNITS)[number] }
  | { kind: 'deriveFutureState' };

const index = fc.nat({ max: 40 });
const word = fc.constantFrom('Build', 'Review', 'Test', 'Deploy', 'Approve', 'Ops', 'Triage', '');
const text = fc.string({ maxLength: 12 });
const unit = fc.constantFrom(...TIME_UNITS);

const mapCommand: fc.Arbitrary<MapCommand> = fc.oneof(
  fc.record({
    kind: fc.constant('addStep' as const),
    after: fc.oneof(index, fc.constantFrom('end' as const, 'branch' as const)),
    name: word,
  }),
  fc.record({ kind: fc.constant('deleteStep' as const), step: index }),
  fc.record({
    kind: fc.constant('moveStep' as const),
    step: index,
    direction: fc.constantFrom('up' as const, 'down' as const),
  }),
  fc.record({ kind: fc.constant('rename' as const), step: index, name: word }),
  fc.record({
    kind: fc.constant('time' as const),
    step: index,
    field: fc.constantFrom('processTime' as const, 'leadTime' as const, 'wait' as const),
    value: fc.oneof(fc.nat({ max: 60 }), fc.constantFrom(0.5, 1.25, 2.5)),
    unit,
  }),
  fc.record({
    kind: fc.constant('figures' as const),
    step: index,
    completeAndAccurate: fc.nat({ max: 100 }),
    people: fc.nat({ max: 9 }),
  }),
  fc.record({ kind: fc.constant('notes' as const), step: index, notes: text }),
  fc.record({
    kind: fc.constant('connect' as const),
    from: index,
    to: index,
    handoff: fc.constantFrom('push' as const, 'pull' as const, 'fifo' as const),
  }),
  fc.record({ kind: fc.constant('disconnect' as const), step: index }),
  fc.record({ kind: fc.constant('informationFlow' as const), from: index, to: index }),
  fc.record({
    kind: fc.constant('reworkLoop' as const),
    from: index,
    to: index,
    share: fc.integer({ min: 1, max: 60 }),
  }),
  fc.record({ kind: fc.constant('addKaizen' as const), step: index, problem: text }),
  fc.record({ kind: fc.constant('editKaizen' as const), kaizen: index, problem: text, why: text }),
  fc.record({ kind: fc.constant('deleteKaizen' as const), kaizen: index }),
  fc.record({ kind: fc.constant('doneCriterion' as const), step: index, text: word }),
  fc.record({ kind: fc.constant('tickCriterion' as const), step: index }),
  fc.record({ kind: fc.constant('removeCriterion' as const), step: index }),
  fc.record({ kind: fc.constant('details' as const), customer: word, displayUnit: unit }),
  fc.constant({ kind: 'deriveFutureState' as const }),
);

const FUTURE_MAP_URL = 'automerge:4NMNnkMhL8jXrdJ9jamS58PAVdXu';

function apply(map: ValueStreamMapDoc, command: MapCommand, newId: () => string): void {
  const steps = orderedSteps(map);
  const step = (i: number) => steps[i % Math.max(1, steps.length)];
  const kaizen = (i: number) => map.kaizens[i % Math.max(1, map.kaizens.length)];
  switch (command.kind) {
    case 'addStep': {
      const after =
        command.after === 'end'
          ? undefined
          : command.after === 'branch'
            ? null
            : (step(command.after)?.id ?? null);
      addStep(map, { name: command.name || 'Step', after }, newId);
      return;
    }
    case 'deleteStep':
      if (step(command.step)) deleteStep(map, step(command.step)!.id);
      return;
    case 'moveStep':
      if (step(command.step)) moveStep(map, step(command.step)!.id, command.direction);
      return;
    case 'rename':
      if (step(command.step)) updateStep(map, step(command.step)!.id, { name: command.name });
      return;
    case 'time':
      if (step(command.step)) {
        updateStep(map, step(command.step)!.id, {
          [command.field]: { value: command.value, unit: command.unit },
        });
      }
      return;
    case 'figures':
      if (step(command.step)) {
        updateStep(map, step(command.step)!.id, {
          completeAndAccurate: command.completeAndAccurate,
          people: command.people,
        });
      }
      return;
    case 'notes':
      if (step(command.step)) updateStep(map, step(command.step)!.id, { notes: command.notes });
      return;
    case 'connect':
      if (step(command.from)) {
        connectSteps(map, step(command.from)!.id, step(command.to)!.id, command.handoff);
      }
      return;
    case 'disconnect': {
      const target = step(command.step);
      const from = target && Object.keys(target.predecessors)[0];
      if (target && from) disconnectSteps(map, from, target.id);
      return;
    }
    case 'informationFlow':
      if (step(command.from)) {
        addInformationFlow(
          map,
          {
            from: { stepId: step(command.from)!.id },
            to: { party: command.to % 2 ? 'customer' : 'supplier' },
            kind: 'electronic',
          },
          newId,
        );
      }
      return;
    case 'reworkLoop':
      if (step(command.from)) {
        addReworkLoop(
          map,
          {
            fromStepId: step(command.from)!.id,
            toStepId: step(command.to)!.id,
            share: command.share,
          },
          newId,
        );
      }
      return;
    case 'addKaizen':
      addKaizen(
        map,
        {
          attachedTo: step(command.step) ? { stepId: step(command.step)!.id } : { map: true },
          problem: command.problem,
        },
        newId,
      );
      return;
    case 'editKaizen':
      if (kaizen(command.kaizen)) {
        updateKaizen(map, kaizen(command.kaizen)!.id, {
          problem: command.problem,
          fiveWhys: [command.why, command.problem],
        });
      }
      return;
    case 'deleteKaizen':
      if (kaizen(command.kaizen)) deleteKaizen(map, kaizen(command.kaizen)!.id);
      return;
    case 'doneCriterion':
      if (step(command.step)) {
        addDoneCriterion(map, step(command.step)!.id, command.text || 'Reviewed', newId);
      }
      return;
    case 'tickCriterion': {
      const target = step(command.step);
      const criterion = target?.definitionOfDone[0];
      if (target && criterion) {
        updateDoneCriterion(map, target.id, criterion.id, { done: !criterion.done });
      }
      return;
    }
    case 'removeCriterion': {
      const target = step(command.step);
      const criterion = target?.definitionOfDone.at(-1);
      if (target && criterion) removeDoneCriterion(map, target.id, criterion.id);
      return;
    }
    case 'details':
      updateMapDetails(map, {
        customer: command.customer,
        timeConventions: { displayUnit: command.displayUnit },
      });
      return;
    case 'deriveFutureState':
      // The future map is a new document; in this one, deriving links it.
      if (map.state === 'current' && !map.linkedMapUrl) {
        updateMapDetails(map, { linkedMapUrl: FUTURE_MAP_URL });
      }
      return;
  }
}

const startingMaps = fc.constantFrom(
  () => linearMap([]),
  () =>
    linearMap([
      ['Requirements & design', 4, 40],
      ['Development', 16, 8],
      ['Code review', 1, 8],
      ['Release approval', 0.25, 24],
    ]),
  () => {
    const current = linearMap([
      ['Build', 1, 2],
      ['Test', 2, 4],
      ['Deploy', 0.5, 30],
    ]);
    return deriveFutureState(current, 0, { newId: sequentialIds('f') });
  },
);

const documentOf = (map: ValueStreamMapDoc) =>
  from(map as unknown as Record<string, unknown>) as unknown as Doc<ValueStreamMapDoc>;

const isRefusal = (error: unknown) => error instanceof VsmValidationError;

/** Runs the commands as one person would, each stored edit one undo step. */
function runCommands(
  edited: EditedDocument<ValueStreamMapDoc>,
  commands: MapCommand[],
  newId = sequentialIds('n'),
) {
  let stored = 0;
  for (const command of commands) {
    if (edited.edit((map) => apply(map, command, newId), { isRefusal })) stored++;
  }
  return stored;
}

/** Peers add things these commands never touch, so each must survive every undo and redo. */
type PeerChange = 'unconnectedStep' | 'mapKaizen' | 'supplier';
function applyPeerChange(map: ValueStreamMapDoc, change: PeerChange) {
  if (change === 'unconnectedStep') {
    addStep(
      map,
      { name: 'Peer step', after: null, processTime: { value: 2, unit: 'hours' } },
      () => 'peer-step',
    );
  } else if (change === 'mapKaizen') {
    addKaizen(map, { attachedTo: { map: true }, problem: 'Peer kaizen' }, () => 'peer-kaizen');
  } else {
    updateMapDetails(map, { supplier: 'Peer supplier' });
  }
}

/** The map with its lists in id order: where a peer's item lands is Automerge's choice. */
function sortedLists(map: ValueStreamMapDoc) {
  const byId = <T extends { id: string }>(items: T[]) =>
    [...items].sort((a, b) => a.id.localeCompare(b.id));
  return {
    ...map,
    steps: byId(map.steps),
    kaizens: byId(map.kaizens),
    flows: { information: byId(map.flows.information), rework: byId(map.flows.rework) },
  };
}

describe('undo and redo of every map command', () => {
  it('undoes all the way back to the exact starting map, and redoes to the exact end', () => {
    fc.assert(
      fc.property(startingMaps, fc.array(mapCommand, { maxLength: 25 }), (start, commands) => {
        const edited = new EditedDocument(documentOf(start()));
        const startValue = edited.value;
        const stored = runCommands(edited, commands);
        const endValue = edited.value;

        expect(edited.undoAll()).toBe(stored);
        expect(edited.value).toEqual(startValue);
        expect(edited.redoAll()).toBe(stored);
        expect(edited.value).toEqual(endValue);
      }),
      { numRuns: 150 },
    );
  }, 120_000);

  it('keeps a peer’s concurrent change through every undo and redo', () => {
    fc.assert(
      fc.property(
        startingMaps,
        fc.array(mapCommand, { maxLength: 20 }),
        fc.nat(),
        fc.nat(),
        fc.constantFrom<PeerChange>('unconnectedStep', 'mapKaizen', 'supplier'),
        (start, commands, forkAt, mergeAfterUndos, peerChange) => {
          const edited = new EditedDocument(documentOf(start()));
          const withPeerChange = (value: ValueStreamMapDoc) => {
            const expected = structuredClone(value);
            applyPeerChange(expected, peerChange);
            return sortedLists(expected);
          };
          const startValue = edited.value;
          const fork = forkAt % (commands.length + 1);
          const newId = sequentialIds('n');
          const storedBeforeFork = runCommands(edited, commands.slice(0, fork), newId);
          const peer = new EditedDocument(edited.fork());
          peer.edit((map) => applyPeerChange(map, peerChange));
          const stored = storedBeforeFork + runCommands(edited, commands.slice(fork), newId);
          const endValue = edited.value;
          // The colleague's change arrives part-way through undoing.
          for (let i = 0; i < mergeAfterUndos % (stored + 1); i++) edited.undo();
          edited.merge(peer.doc);

          edited.undoAll();
          expect(sortedLists(edited.value)).toEqual(withPeerChange(startValue));
          expect(edited.redoAll()).toBe(stored);
          expect(sortedLists(edited.value)).toEqual(withPeerChange(endValue));
        },
      ),
      { numRuns: 150 },
    );
  }, 120_000);
});
