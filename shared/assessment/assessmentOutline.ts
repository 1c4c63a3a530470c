import type { AssessmentDoc } from './AssessmentDoc';

/**
 * What an assessment is without scoring it — "Round 2 · 7 respondents": the current round and
 * how many respondents (not taken out) have answered in it. Reads no questionnaire, so the
 * workshop home can show it before the assessment's code has loaded.
 */
export function assessmentOutline(doc: AssessmentDoc): string {
  const round = doc.rounds.at(-1);
  if (!round) return 'No rounds';
  let answered = 0;
  for (const respondent of Object.values(doc.respondents)) {
    if (respondent.removed) continue;
    if (respondent.answers.some((event) => event.roundId === round.id && event.value !== null)) {
      answered++;
    }
  }
  return `${round.label} · ${answered === 1 ? '1 respondent' : `${answered} respondents`}`;
}
