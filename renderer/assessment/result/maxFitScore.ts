import { fitQuestions, IMPLEMENTATION_TYPES, type Questionnaire } from '../../../shared/assessment';

/** The most points any type can get from the questionnaire's fit questions: the bars' scale. */
export function maxFitScore(questionnaire: Questionnaire): number {
  return Math.max(
    ...IMPLEMENTATION_TYPES.map((type) =>
      fitQuestions(questionnaire).reduce(
        (sum, question) =>
          sum + Math.max(...question.options.map((option) => option.weights[type])),
        0,
      ),
    ),
  );
}
