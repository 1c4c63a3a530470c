import type { AnswerEvent, Respondent } from './AssessmentDoc';

/**
 * Whether answer `a` supersedes answer `b`: the later time wins, then the larger device id, so
 * every laptop that has both picks the same one whatever order they arrived in.
 */
export function supersedes(a: AnswerEvent, b: AnswerEvent): boolean {
  return a.at !== b.at ? a.at > b.at : a.deviceId > b.deviceId;
}

/**
 * The latest answer event per item a respondent gave in a round, withdrawn ones included (as
 * `value: null`). Among events equal in time and device, the later in the list wins.
 */
export function latestAnswerEvents(
  respondent: Respondent,
  roundId: string,
): Map<string, AnswerEvent> {
  const latest = new Map<string, AnswerEvent>();
  for (const event of respondent.answers) {
    if (event.roundId !== roundId) continue;
    const current = latest.get(event.itemId);
    if (!current || !supersedes(current, event)) latest.set(event.itemId, event);
  }
  return latest;
}

/** The current answer to each item a respondent answered in a round (withdrawn ones left out). */
export function currentAnswers(respondent: Respondent, roundId: string): Map<string, AnswerEvent> {
  const answers = latestAnswerEvents(respondent, roundId);
  for (const [itemId, event] of answers) if (event.value === null) answers.delete(itemId);
  return answers;
}

/** Every answer a respondent gave to one item in a round, oldest first: the last is current. */
export function answerHistory(
  respondent: Respondent,
  roundId: string,
  itemId: string,
): AnswerEvent[] {
  const events = respondent.answers
    .map((event, index) => ({ event, index }))
    .filter(({ event }) => event.roundId === roundId && event.itemId === itemId);
  events.sort((a, b) =>
    supersedes(a.event, b.event) ? 1 : supersedes(b.event, a.event) ? -1 : a.index - b.index,
  );
  return events.map(({ event }) => event);
}
