import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { change, from } from '@automerge/automerge';
import { aggregateRound } from '../../shared/assessment/aggregateRound';
import { answerItem } from '../../shared/assessment/answerChanges';
import type { AssessmentDoc } from '../../shared/assessment/AssessmentDoc';
import type { QuestionnaireCatalogue } from '../../shared/assessment/Questionnaire';
import { benchAssessment, RESPONDENTS } from './assessmentBenchDoc';
import { summarize } from './stats';

const WARM_UP_RUNS = 50;
const MEASURED_RUNS = 300;
/**
 * Documents prepared together before they are timed one by one, so the garbage of copying a
 * document or of an Automerge change is not collected inside the timed aggregation (the view
 * never copies a document; a change's garbage is the change's cost, not the figures').
 */
const BATCH = 25;

setFlagsFromString('--expose-gc');
/** V8's collector, asked for a young-generation collection only. */
const collectYoung = runInNewContext('gc') as (options: { type: 'minor' }) => void;

/**
 * Moves the prepared documents to the old generation, where the app's open document lives:
 * left young, every young collection the aggregation sets off would copy all of them, a pause
 * of tens of milliseconds the view never sees. Two young collections promote what survives.
 */
function settle(): void {
  collectYoung({ type: 'minor' });
  collectYoung({ type: 'minor' });
}

/**
 * Milliseconds to aggregate every round of an assessment — 30 respondents × 60 items × 4
 * rounds, a tenth of the answers changed once — as the facilitator view does:
 * - `cold`: on a fresh copy of the document each time, nothing worked out before;
 * - `afterOneAnswer`: after one more answer arrived, as when the view re-renders (each
 *   respondent's latest answers are kept per answer list, so only the changed one is redone);
 * - `automergeAfterOneAnswer`: the same on an Automerge document changed by `answerItem`.
 * Goal: ≤ 2 ms median (judged on `cold`). Besides, `storeOneAnswer`: storing one answer.
 */
export function benchAssessmentAggregate() {
  const { doc, catalogue } = benchAssessment();
  let automergeDoc = from(doc as unknown as Record<string, unknown>) as unknown as AssessmentDoc;
  let answers = 0;
  const oneMoreAnswer = (target: AssessmentDoc) =>
    answerItem(
      target,
      {
        roundId: 'round3',
        respondentId: `person${answers % RESPONDENTS}`,
        itemId: 'lean.kaizen',
        value: 1 + (answers++ % 5),
      },
      { now: Date.UTC(2026, 1, 1) + answers, deviceId: 'bench', catalogue },
    );
  return {
    cold: timeAggregation(() => structuredClone(doc), catalogue, BATCH),
    // One document changed in place: each answer is aggregated before the next is given.
    afterOneAnswer: timeAggregation(
      () => {
        oneMoreAnswer(doc);
        return doc;
      },
      catalogue,
      1,
    ),
    automergeAfterOneAnswer: timeAggregation(
      () => {
        automergeDoc = change(automergeDoc, (draft) => oneMoreAnswer(draft));
        return automergeDoc;
      },
      catalogue,
      BATCH,
    ),
    goalMedianMs: 2,
    storeOneAnswer: timeStoringAnswers(catalogue),
  };
}

/**
 * Milliseconds for the Automerge change that stores one answer on the same document, as the
 * Answer view makes it (given the document before the change): one respondent's answer to one
 * item, each respondent in turn.
 */
function timeStoringAnswers(catalogue: QuestionnaireCatalogue) {
  let doc = from(
    benchAssessment().doc as unknown as Record<string, unknown>,
  ) as unknown as AssessmentDoc;
  const samples: number[] = [];
  for (let answer = 0; answer < WARM_UP_RUNS + MEASURED_RUNS; answer++) {
    const before = doc;
    const started = performance.now();
    doc = change(before, (draft) =>
      answerItem(
        draft,
        {
          roundId: 'round3',
          respondentId: `person${answer % RESPONDENTS}`,
          itemId: 'lean.kaizen',
          value: 1 + (answer % 5),
        },
        { now: Date.UTC(2026, 1, 1) + answer, deviceId: 'bench', catalogue, before },
      ),
    );
    if (answer >= WARM_UP_RUNS) samples.push(performance.now() - started);
  }
  return { ...summarize(samples, 3), min: Number(Math.min(...samples).toFixed(3)) };
}

/**
 * Times aggregating all rounds of each document `prepare` hands over, prepared untimed `batch`
 * at a time and aggregated in the order they were prepared.
 */
function timeAggregation(
  prepare: () => AssessmentDoc,
  catalogue: QuestionnaireCatalogue,
  batch: number,
) {
  const aggregateAll = (doc: AssessmentDoc) => {
    for (const round of doc.rounds) aggregateRound(doc, round.id, catalogue);
  };
  for (let i = 0; i < WARM_UP_RUNS; i++) aggregateAll(prepare());
  const samples: number[] = [];
  while (samples.length < MEASURED_RUNS) {
    const docs = Array.from({ length: Math.min(batch, MEASURED_RUNS - samples.length) }, prepare);
    settle();
    for (const doc of docs) {
      const started = performance.now();
      aggregateAll(doc);
      samples.push(performance.now() - started);
    }
  }
  // The fastest run too: on a machine shared with other work it is the nearest to an idle one.
  return { ...summarize(samples, 3), min: Number(Math.min(...samples).toFixed(3)) };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify(benchAssessmentAggregate()));
}
