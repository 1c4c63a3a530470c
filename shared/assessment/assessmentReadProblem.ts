import type { QuestionnaireCatalogue } from './Questionnaire';
import { QUESTIONNAIRES, unknownVersion } from './questionnaires';

/**
 * Why this laptop cannot show an assessment, in a sentence, or null when it can: a quick look
 * at its shape and at the questionnaire versions its rounds ask — the problem a newer laptop
 * in the room causes. Cheap enough for every change; the full check is
 * `assessmentDocSchema`, run when showing the document fails anyway.
 */
export function assessmentReadProblem(
  doc: unknown,
  catalogue: QuestionnaireCatalogue = QUESTIONNAIRES,
): string | null {
  const candidate = doc as { kind?: unknown; rounds?: unknown; respondents?: unknown } | undefined;
  if (candidate?.kind !== 'assessment') return 'It is not an assessment.';
  if (!Array.isArray(candidate.rounds) || candidate.rounds.length === 0) {
    return 'It has no rounds, so its answers cannot be placed.';
  }
  if (typeof candidate.respondents !== 'object' || candidate.respondents === null) {
    return 'Its list of respondents is missing.';
  }
  for (const round of candidate.rounds as { questionnaireVersion?: unknown }[]) {
    const version = round?.questionnaireVersion;
    if (typeof version !== 'number') return 'A round does not say which questionnaire it asks.';
    if (!catalogue.has(version)) return unknownVersion(version);
  }
  return null;
}
