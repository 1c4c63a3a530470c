import { from, save } from '@automerge/automerge';
import { generateAutomergeUrl, parseAutomergeUrl } from '@automerge/automerge-repo';
import {
  addRespondent,
  answerItem,
  newAssessment,
  recordAgreedValue,
  revealRound,
  startRound,
  type AnswerValue,
  type AssessmentDoc,
  type RespondentFields,
} from '../shared/assessment';
import { writeObeyaFile, type BundledDocument } from '../shared/file/obeyaFile';
import { addArtefact, newWorkshop } from '../shared/workshop/workshopChanges';

/**
 * A client's assessment as a coach meets it: five people from business, development and
 * operations who disagree, a first round in January and a second after a PDCA cycle in April,
 * which a manager joins (`LATE_RESPONDENT`, answered in the app). Used for the user guide's
 * screenshots (scripts/captureScreenshots.ts).
 */

const JANUARY = Date.UTC(2026, 0, 14, 9);
const APRIL = Date.UTC(2026, 3, 15, 9);

const PEOPLE: RespondentFields[] = [
  { identity: 'named', name: 'Petra', roleGroup: 'business' },
  { identity: 'named', name: 'Marco', roleGroup: 'development' },
  { identity: 'named', name: 'Dana', roleGroup: 'development' },
  { identity: 'named', name: 'Olga', roleGroup: 'operations' },
  { identity: 'anonymous', name: '', roleGroup: 'operations' },
];

type Answers = Record<string, AnswerValue | readonly AnswerValue[]>;

/** Each item's answers, one per person in PEOPLE's order (a single value: everyone agrees). */
const ROUND_1: Answers = {
  'fit.businessModel': [
    'enterprise',
    'enterprise',
    'enterprise',
    'itServiceProvider',
    'enterprise',
  ],
  'fit.strategicIt': ['strategicAdvantage', 'supporting', 'supporting', 'supporting', 'supporting'],
  'fit.services': ['few', 'few', 'many', 'few', 'few'],
  'fit.size': 'fewTeams',
  'fit.serviceLead': [
    'businessOwner',
    'serviceMaster',
    'serviceMaster',
    'serviceMaster',
    'businessOwner',
  ],
  'fit.speedOrContinuity': ['both', 'speed', 'both', 'continuity', 'continuity'],
  'fit.strategyLink': ['tight', 'aligned', 'aligned', 'aligned', 'aligned'],
  'da.stableVelocity': [3, 3, 4, 2, 3],
  'da.smallTasks': [3, 4, 4, 3, 3],
  'da.adaptToChange': [2, 4, 4, 3, 3],
  'da.qualityCode': [2, 4, 3, 2, 2],
  'cd.singlePipeline': [3, 4, 4, 2, 2],
  'cd.automatedRelease': [3, 4, 3, 2, 1],
  'cd.acceptanceTests': [2, 3, 2, 2, 2],
  'cd.performanceTests': [1, 2, 1, 2, 1],
  'itsm.rpoRto': [2, 2, 1, 4, 4],
  'itsm.minimumInformation': [3, 2, 2, 3, 3],
  'itsm.operationStories': [1, 2, 2, 2, 1],
  'itsm.goNoGo': [3, 2, 2, 4, 4],
  'lean.visualControl': [3, 4, 4, 3, 3],
  'lean.stopTheLine': [2, 3, 2, 1, 2],
  'lean.definitionOfDone': [3, 4, 3, 2, 2],
  'lean.kaizen': [2, 3, 3, 2, 2],
  'lean.kaizenInAdvance': [1, 2, 2, 3, 3],
  'lean.devOpsSync': [2, 4, 4, 2, 2],
  'lean.onePieceFlow': [2, 2, 3, 2, 2],
  'dora.leadTime': [3, 4, 3, 3, 2],
  'dora.deploymentFrequency': [3, 3, 3, 2, 2],
  'dora.recoveryTime': [4, 4, 4, 3, 3],
  'dora.changeFailRate': [20, 15, 20, 35, 30],
  'dora.reworkRate': [15, 10, 10, 20, 25],
};

/** Round 2: the pipeline and the Dev–Ops sync improved, RPO/RTO got agreed; one item slipped. */
const ROUND_2: Answers = {
  ...ROUND_1,
  'fit.strategicIt': 'supporting',
  'fit.serviceLead': [
    'businessOwner',
    'serviceMaster',
    'serviceMaster',
    'serviceMaster',
    'serviceMaster',
  ],
  'cd.singlePipeline': [4, 4, 5, 3, 3],
  'cd.automatedRelease': [2, 4, 5, 2, 1],
  'itsm.rpoRto': [2, 2, 1, 4, 4],
  'lean.devOpsSync': [2, 4, 5, 2, 1],
  'lean.kaizen': [3, 3, 4, 3, 3],
  'da.qualityCode': [2, 3, 2, 2, 2],
  'dora.leadTime': [4, 4, 4, 3, 3],
  'dora.deploymentFrequency': [3, 4, 4, 3, 3],
  'dora.changeFailRate': [15, 10, 15, 25, 20],
};

/**
 * Kenji, from management, joins in April: his round 2 answers, given in the app for the
 * screenshots. Management sees the organisation a little rosier than the teams do.
 */
export const LATE_RESPONDENT: {
  name: string;
  roleGroup: 'management';
  answers: Record<string, AnswerValue>;
} = {
  name: 'Kenji',
  roleGroup: 'management',
  answers: {
    'fit.businessModel': 'enterprise',
    'fit.strategicIt': 'supporting',
    'fit.services': 'few',
    'fit.size': 'fewTeams',
    'fit.serviceLead': 'serviceMaster',
    'fit.speedOrContinuity': 'both',
    'fit.strategyLink': 'aligned',
    'da.stableVelocity': 4,
    'da.smallTasks': 4,
    'da.adaptToChange': 3,
    'da.qualityCode': 3,
    'cd.singlePipeline': 4,
    'cd.automatedRelease': 3,
    'cd.acceptanceTests': 3,
    'cd.performanceTests': 2,
    'itsm.rpoRto': 3,
    'itsm.minimumInformation': 3,
    'itsm.operationStories': 2,
    'itsm.goNoGo': 4,
    'lean.visualControl': 4,
    'lean.stopTheLine': 3,
    'lean.definitionOfDone': 3,
    'lean.kaizen': 4,
    'lean.kaizenInAdvance': 2,
    'lean.devOpsSync': 3,
    'lean.onePieceFlow': 3,
    'dora.leadTime': 4,
    'dora.deploymentFrequency': 4,
    'dora.recoveryTime': 5,
    'dora.changeFailRate': 10,
    'dora.reworkRate': 10,
  },
};

export interface SampleOptions {
  /** Whether the April round is there at all (default yes). */
  secondRound?: boolean;
  /** Whether the April round is revealed (default yes); hidden, the room can still answer. */
  revealSecondRound?: boolean;
}

/** The sample assessment: round 1 revealed with two agreed values, round 2 as given. */
export function sampleAssessment(options: SampleOptions = {}): AssessmentDoc {
  let id = 0;
  const nextId = () => `sample-${++id}`;
  const doc = newAssessment({ title: 'DevOps assessment' }, JANUARY, nextId);
  const people = PEOPLE.map((fields, index) => addRespondent(doc, fields, JANUARY + index, nextId));
  const answerRound = (roundId: string, answers: Answers, at: number) => {
    for (const [itemId, values] of Object.entries(answers)) {
      people.forEach((respondentId, index) => {
        const value = Array.isArray(values) ? values[index]! : (values as AnswerValue);
        answerItem(
          doc,
          { roundId, respondentId, itemId, value },
          { now: at + index, deviceId: `laptop-${index}` },
        );
      });
    }
  };
  const first = doc.rounds[0]!.id;
  answerRound(first, ROUND_1, JANUARY + 1000);
  revealRound(doc, first);
  recordAgreedValue(doc, first, 'itsm.rpoRto', 2, JANUARY + 5000);
  recordAgreedValue(doc, first, 'fit.strategicIt', 'supporting', JANUARY + 5000);
  if (options.secondRound ?? true) {
    const second = startRound(doc, {}, APRIL, nextId);
    answerRound(second, ROUND_2, APRIL + 1000);
    if (options.revealSecondRound ?? true) revealRound(doc, second);
  }
  return doc;
}

/** A `.obeya` file: the workshop "Acme Bank — DevOps kick-off" holding the sample assessment. */
export function sampleAssessmentFile(options: SampleOptions = {}): Uint8Array {
  const workshopId = newDocumentId();
  const assessmentId = newDocumentId();
  const workshop = newWorkshop(
    {
      title: 'Acme Bank — DevOps kick-off',
      client: 'Acme Bank',
      date: '2026-04-15',
      facilitator: 'Anna Coach',
    },
    JANUARY,
  );
  const assessment = sampleAssessment(options);
  addArtefact(workshop, `automerge:${assessmentId}`, 'assessment', JANUARY, assessment.title);
  const documents: BundledDocument[] = [
    {
      documentId: workshopId,
      kind: 'workshop',
      bytes: save(from(workshop as unknown as Record<string, unknown>)),
    },
    {
      documentId: assessmentId,
      kind: 'assessment',
      bytes: save(from(assessment as unknown as Record<string, unknown>)),
    },
  ];
  return writeObeyaFile({
    workshopId,
    title: workshop.title,
    exportedAt: new Date(APRIL).toISOString(),
    documents,
  });
}

function newDocumentId(): string {
  return parseAutomergeUrl(generateAutomergeUrl()).documentId;
}
