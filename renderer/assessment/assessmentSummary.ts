import {
  assessmentOutline,
  currentRound,
  IMPLEMENTATION_TYPE_NAMES,
  roundResult,
  type AssessmentDoc,
} from '../../shared/assessment';

/**
 * The workshop home's line for an assessment: "Round 2 · 7 respondents · Collaboration
 * (partial)". The type shows once the round is revealed — before that the room's answers,
 * and so the result, stay hidden.
 */
export function assessmentSummary(doc: AssessmentDoc): string {
  const outline = assessmentOutline(doc);
  const round = currentRound(doc);
  if (!round.revealed) return `${outline} · answers hidden`;
  try {
    const { result } = roundResult(doc, round.id);
    const { fit } = result;
    const partial = result.status === 'partial' ? ' (partial)' : '';
    if (fit.recommended)
      return `${outline} · ${IMPLEMENTATION_TYPE_NAMES[fit.recommended]}${partial}`;
    if (fit.tiedTypes.length > 0) {
      return `${outline} · ${fit.tiedTypes.map((type) => IMPLEMENTATION_TYPE_NAMES[type]).join(' = ')} (tie)`;
    }
    return outline;
  } catch {
    // A round this build cannot read: the outline is all it can say.
    return outline;
  }
}
