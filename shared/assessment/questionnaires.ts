import { AssessmentValidationError } from './AssessmentValidationError';
import type {
  DoraItem,
  FitQuestion,
  MaturityItem,
  Questionnaire,
  QuestionnaireCatalogue,
  QuestionnaireItem,
} from './Questionnaire';
import { QUESTIONNAIRE_V1 } from './questionnaireV1';

/** Every questionnaire version this build knows. Add a version; never change a released one. */
export const QUESTIONNAIRES: QuestionnaireCatalogue = new Map([[1, QUESTIONNAIRE_V1]]);

/** The questionnaire of `version`, or a refusal that tells the coach to update Obeya. */
export function questionnaireFor(
  version: number,
  catalogue: QuestionnaireCatalogue = QUESTIONNAIRES,
): Questionnaire {
  const questionnaire = catalogue.get(version);
  if (!questionnaire)
    throw new AssessmentValidationError('questionnaireVersion', unknownVersion(version));
  return questionnaire;
}

export function unknownVersion(version: number): string {
  return `These answers use questionnaire version ${version}, which this version of Obeya does not know. Update Obeya on this laptop to read them.`;
}

/** The newest version in a catalogue: what a new round asks. */
export function latestVersion(catalogue: QuestionnaireCatalogue = QUESTIONNAIRES): number {
  return Math.max(...catalogue.keys());
}

const itemIndexes = new WeakMap<Questionnaire, Map<string, QuestionnaireItem>>();

/** The item with `itemId` in `questionnaire`, if it asks it. */
export function findItem(
  questionnaire: Questionnaire,
  itemId: string,
): QuestionnaireItem | undefined {
  let index = itemIndexes.get(questionnaire);
  if (!index) {
    index = new Map(questionnaire.items.map((item) => [item.id, item]));
    itemIndexes.set(questionnaire, index);
  }
  return index.get(itemId);
}

export function fitQuestions(questionnaire: Questionnaire): FitQuestion[] {
  return questionnaire.items.filter((item): item is FitQuestion => item.kind === 'fit');
}

export function maturityItems(questionnaire: Questionnaire): MaturityItem[] {
  return questionnaire.items.filter((item): item is MaturityItem => item.kind === 'maturity');
}

export function doraItems(questionnaire: Questionnaire): DoraItem[] {
  return questionnaire.items.filter((item): item is DoraItem => item.kind === 'dora');
}
