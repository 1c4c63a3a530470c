import { from, type Doc } from '@automerge/automerge';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addRespondent,
  AssessmentValidationError,
  answerItem,
  currentRound,
  hideRound,
  orderedRespondents,
  questionnaireFor,
  recordAgreedValue,
  removeRespondent,
  renameRound,
  restoreRespondent,
  revealRound,
  RESPONDENT_IDENTITIES,
  ROLE_GROUPS,
  scaleOf,
  startRound,
  updateAssessmentDetails,
  updateRespondent,
  type AnswerValue,
  type AssessmentDoc,
  type QuestionnaireItem,
} from '../../../../shared/assessment';
import { EditedDocument } from '../undo/editedDocument';
import { addPeople, answer, emptyAssessment, NOW, sequentialIds } from './assessmentTestDocs';

/** An answer as data: `valid` picks a value on the item's scale, otherwise one off it. */
interface Value {
  valid: boolean;
  pick: number;
}

/** Assessment commands as data, applied to whatever the document holds by then. */
type AssessmentCommand =
  | {
      kind: 'addRespondent';
      identity: (typeof RESPONDENT_IDENTITIES)[number];
      name: string;
      roleGroup: (typeof ROLE_GROUPS)[number] | null;
    }
  | {
      kind: 'editRespondent';
      respondent: number;
      name: string;
      roleGroup: (typeof ROLE_GROUPS)[number] | null;
    }
  | { kind: 'removeRespondent'; respondent: number }
  | { kind: 'restoreRespondent'; respondent: number }
  | { kind: 'answer'; respondent: number; round: number; item: number; value: Value | null }
  | { kind: 'startRound'; label: string }
  | { kind: 'renameRound'; round: number; label: string }
  | { kind: 'reveal'; round: number }
  | { kind: 'hide'; round: number }
  | { kind: 'agree'; round: number; item: number; value: Value | null }
  | { kind: 'title'; title: string };

const index = fc.nat({ max: 80 });
const name = fc.constantFrom('Dana', 'Eli', 'Fatima', 'Ops lead', 'Sam', '');
const roleGroup = fc.option(fc.constantFrom(...ROLE_GROUPS), { nil: null });
const value = fc.option(fc.record({ valid: fc.boolean(), pick: fc.nat({ max: 100 }) }), {
  nil: null,
  freq: 6,
});

const assessmentCommand: fc.Arbitrary<AssessmentCommand> = fc.oneof(
  fc.record({
    kind: fc.constant('addRespondent' as const),
    identity: fc.constantFrom(...RESPONDENT_IDENTITIES),
    name,
    roleGroup,
  }),
  fc.record({ kind: fc.constant('editRespondent' as const), respondent: index, name, roleGroup }),
  fc.record({ kind: fc.constant('removeRespondent' as const), respondent: index }),
  fc.record({ kind: fc.constant('restoreRespondent' as const), respondent: index }),
  // Answering is what a room does most.
  ...Array.from({ length: 4 }, () =>
    fc.record({
      kind: fc.constant('answer' as const),
      respondent: index,
      round: index,
      item: index,
      value,
    }),
  ),
  fc.record({ kind: fc.constant('startRound' as const), label: name }),
  fc.record({ kind: fc.constant('renameRound' as const), round: index, label: name }),
  fc.record({ kind: fc.constant('reveal' as const), round: index }),
  fc.record({ kind: fc.constant('hide' as const), round: index }),
  fc.record({ kind: fc.constant('agree' as const), round: index, item: index, value }),
  fc.record({ kind: fc.constant('title' as const), title: name }),
);

/** The item at `i` of a list, wrapping around; undefined when the list is empty. */
function at<T>(items: readonly T[], i: number): T | undefined {
  return items.length === 0 ? undefined : items[i % items.length];
}

/** A value on the item's scale, or one just off it (refused by the change functions). */
function valueFor(item: QuestionnaireItem, { valid, pick }: Value): AnswerValue {
  const scale = scaleOf(item);
  if (scale.kind === 'choice') {
    return valid ? at(scale.options, pick)!.value : 'not an option';
  }
  if (!valid) return scale.max + 1 + (pick % 3);
  const span = scale.max - scale.min;
  return scale.wholeNumbers ? scale.min + (pick % (span + 1)) : scale.min + (pick / 100) * span;
}

/** Each command a minute after the last, as a room answers. */
function apply(
  doc: AssessmentDoc,
  command: AssessmentCommand,
  clock: () => number,
  newId: () => string,
) {
  const respondent = (i: number) => at(orderedRespondents(doc), i);
  const round = (i: number) => at(doc.rounds, i);
  const item = (roundIndex: number, i: number) => {
    const target = round(roundIndex);
    return target && at(questionnaireFor(target.questionnaireVersion).items, i);
  };
  switch (command.kind) {
    case 'addRespondent':
      addRespondent(
        doc,
        {
          identity: command.identity,
          name: command.name,
          ...(command.roleGroup ? { roleGroup: command.roleGroup } : {}),
        },
        clock(),
        newId,
      );
      return;
    case 'editRespondent': {
      const target = respondent(command.respondent);
      if (target) {
        updateRespondent(doc, target.id, { name: command.name, roleGroup: command.roleGroup });
      }
      return;
    }
    case 'removeRespondent': {
      const target = respondent(command.respondent);
      if (target) removeRespondent(doc, target.id);
      return;
    }
    case 'restoreRespondent': {
      const target = respondent(command.respondent);
      if (target) restoreRespondent(doc, target.id);
      return;
    }
    case 'answer': {
      const target = respondent(command.respondent);
      const inRound = round(command.round);
      const asked = item(command.round, command.item);
      if (!target || !inRound || !asked) return;
      answerItem(
        doc,
        {
          roundId: inRound.id,
          respondentId: target.id,
          itemId: asked.id,
          value: command.value && valueFor(asked, command.value),
        },
        { now: clock(), deviceId: 'laptop-a' },
      );
      return;
    }
    case 'startRound':
      startRound(doc, { label: command.label }, clock(), newId);
      return;
    case 'renameRound': {
      const target = round(command.round);
      if (target) renameRound(doc, target.id, command.label);
      return;
    }
    case 'reveal': {
      const target = round(command.round);
      if (target) revealRound(doc, target.id);
      return;
    }
    case 'hide': {
      const target = round(command.round);
      if (target) hideRound(doc, target.id);
      return;
    }
    case 'agree': {
      const target = round(command.round);
      const asked = item(command.round, command.item);
      if (!target || !asked) return;
      recordAgreedValue(
        doc,
        target.id,
        asked.id,
        command.value && valueFor(asked, command.value),
        clock(),
      );
      return;
    }
    case 'title':
      updateAssessmentDetails(doc, { title: command.title });
      return;
  }
}

const startingAssessments = fc.constantFrom(
  () => emptyAssessment(),
  () => {
    const doc = emptyAssessment();
    const [dana, eli] = addPeople(doc, [
      ['Dana', 'operations'],
      ['Eli', 'development'],
    ]);
    answer(doc, dana!, { 'fit.businessModel': 'itServiceProvider', 'cd.singlePipeline': 2 });
    answer(doc, eli!, { 'fit.businessModel': 'digitalProduct', 'cd.singlePipeline': 4 });
    return doc;
  },
);

const documentOf = (doc: AssessmentDoc) =>
  from(doc as unknown as Record<string, unknown>) as unknown as Doc<AssessmentDoc>;

const isRefusal = (error: unknown) => error instanceof AssessmentValidationError;

/** Runs the commands as one facilitator's laptop would, each stored edit one undo step. */
function runCommands(
  edited: EditedDocument<AssessmentDoc>,
  commands: AssessmentCommand[],
  clock: () => number,
  newId = sequentialIds('n'),
) {
  let stored = 0;
  for (const command of commands) {
    if (edited.edit((doc) => apply(doc, command, clock, newId), { isRefusal })) stored++;
  }
  return stored;
}

function minuteClock(): () => number {
  let now = NOW;
  return () => (now += 60_000);
}

/**
 * What a colleague does meanwhile on another laptop: a new respondent answers, or a respondent
 * who was there from the start (and still in) answers one more item there. These commands touch
 * neither.
 */
type PeerChange = 'newRespondent' | 'sameRespondent';
function applyPeerChange(doc: AssessmentDoc, change: PeerChange, startRespondents: string[]) {
  const roundId = currentRound(doc).id;
  const present = startRespondents.find((id) => !doc.respondents[id]?.removed);
  const respondentId =
    change === 'sameRespondent' && present
      ? present
      : addRespondent(doc, { identity: 'alias', name: 'Peer' }, NOW, () => 'peer-respondent');
  answerItem(
    doc,
    { roundId, respondentId, itemId: 'fit.serviceLead', value: 'serviceMaster' },
    { now: NOW + 30_000, deviceId: 'laptop-peer' },
  );
}

/** The document with each respondent's answers in a fixed order: a merge interleaves them. */
function sortedAnswers(doc: AssessmentDoc) {
  const respondents = Object.fromEntries(
    Object.entries(doc.respondents).map(([id, respondent]) => [
      id,
      {
        ...respondent,
        answers: [...respondent.answers].sort(
          (a, b) => a.at - b.at || a.deviceId.localeCompare(b.deviceId),
        ),
      },
    ]),
  );
  return { ...doc, respondents };
}

describe('undo and redo of every assessment command', () => {
  it('undoes all the way back to the exact starting assessment, and redoes to the exact end', () => {
    fc.assert(
      fc.property(
        startingAssessments,
        fc.array(assessmentCommand, { maxLength: 25 }),
        (start, commands) => {
          const edited = new EditedDocument(documentOf(start()));
          const startValue = edited.value;
          const stored = runCommands(edited, commands, minuteClock());
          const endValue = edited.value;

          expect(edited.undoAll()).toBe(stored);
          expect(edited.value).toEqual(startValue);
          expect(edited.redoAll()).toBe(stored);
          expect(edited.value).toEqual(endValue);
        },
      ),
      { numRuns: 100 },
    );
  }, 120_000);

  it('keeps a peer’s concurrent answer through every undo and redo', () => {
    fc.assert(
      fc.property(
        startingAssessments,
        fc.array(assessmentCommand, { maxLength: 20 }),
        fc.nat(),
        fc.nat(),
        fc.constantFrom<PeerChange>('newRespondent', 'sameRespondent'),
        (start, commands, forkAt, mergeAfterUndos, peerChange) => {
          const edited = new EditedDocument(documentOf(start()));
          const startValue = edited.value;
          const fork = forkAt % (commands.length + 1);
          const clock = minuteClock();
          const newId = sequentialIds('n');
          const storedBeforeFork = runCommands(edited, commands.slice(0, fork), clock, newId);
          const peer = new EditedDocument(edited.fork());
          const peerStart = peer.value;
          peer.edit((doc) =>
            applyPeerChange(doc, peerChange, Object.keys(startValue.respondents).sort()),
          );
          const stored = storedBeforeFork + runCommands(edited, commands.slice(fork), clock, newId);
          const endValue = edited.value;
          // The colleague's answer arrives part-way through undoing.
          for (let i = 0; i < mergeAfterUndos % (stored + 1); i++) edited.undo();
          edited.merge(peer.doc);

          // What the colleague added, laid onto a value of this laptop's document.
          const withPeerChange = (value: AssessmentDoc) => {
            const expected = structuredClone(value);
            for (const [id, respondent] of Object.entries(peer.value.respondents)) {
              const atFork = peerStart.respondents[id];
              const added = respondent.answers.slice(atFork?.answers.length ?? 0);
              if (!atFork) expected.respondents[id] = { ...respondent, answers: [] };
              expected.respondents[id]?.answers.push(...added);
            }
            return sortedAnswers(expected);
          };
          edited.undoAll();
          expect(sortedAnswers(edited.value)).toEqual(withPeerChange(startValue));
          expect(edited.redoAll()).toBe(stored);
          expect(sortedAnswers(edited.value)).toEqual(withPeerChange(endValue));
        },
      ),
      { numRuns: 100 },
    );
  }, 120_000);
});
