import type { AssessmentDoc, Round } from '../../../shared/assessment';

/**
 * The rounds a report shows: those revealed to the room. A round still being answered stays
 * out, as its answers stay hidden on screen.
 */
export function revealedRounds(doc: AssessmentDoc): Round[] {
  return doc.rounds.filter((round) => round.revealed);
}
