import { answerItem } from '../../shared/assessment/answerChanges';
import type { AssessmentDoc } from '../../shared/assessment/AssessmentDoc';
import { ROLE_GROUPS } from '../../shared/assessment/AssessmentDoc';
import { newAssessment } from '../../shared/assessment/assessmentChanges';
import { answerProblem } from '../../shared/assessment/answerScale';
import type {
  MaturityItem,
  Questionnaire,
  QuestionnaireCatalogue,
} from '../../shared/assessment/Questionnaire';
import { QUESTIONNAIRE_V1 } from '../../shared/assessment/questionnaireV1';
import { addRespondent } from '../../shared/assessment/respondentChanges';
import { startRound } from '../../shared/assessment/roundChanges';

/** The assessment the benchmarks measure: 30 respondents × 60 items × 4 rounds. */
export const RESPONDENTS = 30;
const ITEMS = 60;
const ROUNDS = 4;

/** Version 1 padded with more maturity items to 60. */
function sixtyItemQuestionnaire(): Questionnaire {
  const maturity = QUESTIONNAIRE_V1.items.filter(
    (item): item is MaturityItem => item.kind === 'maturity',
  );
  const extra = Array.from({ length: ITEMS - QUESTIONNAIRE_V1.items.length }, (_, index) => ({
    ...maturity[index % maturity.length]!,
    id: `bench.extra${index}`,
  }));
  return { ...QUESTIONNAIRE_V1, items: [...QUESTIONNAIRE_V1.items, ...extra] };
}

export function benchAssessment(): { doc: AssessmentDoc; catalogue: QuestionnaireCatalogue } {
  const questionnaire = sixtyItemQuestionnaire();
  const catalogue: QuestionnaireCatalogue = new Map([[1, questionnaire]]);
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const now = Date.UTC(2026, 0, 5);
  const doc = newAssessment({ title: 'Benchmark' }, now, () => 'round0', catalogue);
  for (let round = 1; round < ROUNDS; round++) {
    startRound(doc, {}, now + round, () => `round${round}`, catalogue);
  }
  for (let person = 0; person < RESPONDENTS; person++) {
    const id = addRespondent(
      doc,
      { identity: 'alias', name: `Respondent ${person}`, roleGroup: ROLE_GROUPS[person % 4]! },
      now,
      () => `person${person}`,
    );
    for (const round of doc.rounds) {
      for (const item of questionnaire.items) {
        const times = random() < 0.1 ? 2 : 1;
        for (let time = 0; time < times; time++) {
          answerItem(
            doc,
            {
              roundId: round.id,
              respondentId: id,
              itemId: item.id,
              value: answerFor(item, random),
            },
            { now: now + time, deviceId: 'bench', catalogue },
          );
        }
      }
    }
  }
  return { doc, catalogue };
}

function answerFor(item: Questionnaire['items'][number], random: () => number) {
  if (item.kind === 'fit') return item.options[Math.floor(random() * item.options.length)]!.value;
  const step = 1 + Math.floor(random() * 5);
  const value = item.kind === 'dora' && item.scale.kind === 'percent' ? step * 10 : step;
  if (answerProblem(item, value)) throw new Error(`bench answer ${value} is off ${item.id}`);
  return value;
}
