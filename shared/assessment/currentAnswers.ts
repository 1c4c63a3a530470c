import type { AnswerEvent, Respondent } from './AssessmentDoc';
import type { Questionnaire } from './Questionnaire';

/**
 * Whether answer `a` supersedes answer `b`: the later time wins, then the larger device id, so
 * every laptop that has both picks the same one whatever order they arrived in. Among events
 * equal in both, the later in the list wins.
 */
export function supersedes(a: AnswerEvent, b: AnswerEvent): boolean {
  return a.at !== b.at ? a.at > b.at : a.deviceId > b.deviceId;
}

/** The latest answer event a respondent gave to one item in a round (`value: null` if withdrawn). */
export function latestEvent(
  respondent: Respondent,
  roundId: string,
  itemId: string,
): AnswerEvent | undefined {
  let latest: AnswerEvent | undefined;
  for (const event of respondent.answers) {
    if (event.roundId !== roundId || event.itemId !== itemId) continue;
    if (!latest || !supersedes(latest, event)) latest = event;
  }
  return latest;
}

/** The current answer to each item a respondent answered in a round (withdrawn ones left out). */
export function currentAnswers(respondent: Respondent, roundId: string): Map<string, AnswerEvent> {
  const latest = new Map<string, AnswerEvent>();
  for (const event of respondent.answers) {
    if (event.roundId !== roundId) continue;
    const current = latest.get(event.itemId);
    if (!current || !supersedes(current, event)) latest.set(event.itemId, event);
  }
  for (const [itemId, event] of latest) if (event.value === null) latest.delete(itemId);
  return latest;
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

/** One answer list's latest events, lined up with one questionnaire's items, per round. */
interface PositionedAnswers {
  /** The list's length when sorted out: lists only grow. */
  length: number;
  byRound: Map<string, (AnswerEvent | undefined)[]>;
}

const answersOfList = new WeakMap<readonly AnswerEvent[], Map<Questionnaire, PositionedAnswers>>();
const itemPositions = new WeakMap<Questionnaire, ReadonlyMap<string, number>>();

/**
 * A respondent's latest answer events in a round, lined up with the questionnaire's items
 * (undefined where unanswered; `value: null` where withdrawn). Worked out for every round in one
 * pass per answer list and kept: answer lists only grow (answerItem appends), and an Automerge
 * document hands out a new list object whenever a list changes while sharing the unchanged ones
 * — so when one answer arrives, only that respondent's answers are gone through again.
 * Read-only: it is shared.
 */
export function latestByPosition(
  respondent: Respondent,
  roundId: string,
  questionnaire: Questionnaire,
): readonly (AnswerEvent | undefined)[] {
  const answers = respondent.answers;
  let byQuestionnaire = answersOfList.get(answers);
  if (!byQuestionnaire) answersOfList.set(answers, (byQuestionnaire = new Map()));
  let positioned = byQuestionnaire.get(questionnaire);
  if (!positioned || positioned.length !== answers.length) {
    positioned = positionAnswers(answers, questionnaire);
    byQuestionnaire.set(questionnaire, positioned);
  }
  return (
    positioned.byRound.get(roundId) ??
    new Array<AnswerEvent | undefined>(questionnaire.items.length)
  );
}

/**
 * Every round's latest events of a list in a single pass. A round's events mostly follow one
 * another in the list, so the round's line is looked up only when the round changes. Rounds
 * asking another questionnaire get a line too; it is never read.
 */
function positionAnswers(
  answers: readonly AnswerEvent[],
  questionnaire: Questionnaire,
): PositionedAnswers {
  const items = questionnaire.items;
  const position = positionsOf(questionnaire);
  const byRound = new Map<string, (AnswerEvent | undefined)[]>();
  let roundId: string | undefined;
  let latest: (AnswerEvent | undefined)[] = [];
  // Respondents mostly answer in questionnaire order: the item after the last one is tried
  // before the lookup by id.
  let next = 0;
  for (const event of answers) {
    if (event.roundId !== roundId) {
      roundId = event.roundId;
      let line = byRound.get(roundId);
      if (!line) {
        line = new Array<AnswerEvent | undefined>(items.length);
        byRound.set(roundId, line);
      }
      latest = line;
    }
    const index = items[next]?.id === event.itemId ? next : position.get(event.itemId);
    if (index === undefined) continue;
    next = index + 1;
    const current = latest[index];
    if (!current || !supersedes(current, event)) latest[index] = event;
  }
  return { length: answers.length, byRound };
}

function positionsOf(questionnaire: Questionnaire): ReadonlyMap<string, number> {
  let positions = itemPositions.get(questionnaire);
  if (!positions) {
    positions = new Map(questionnaire.items.map((item, index) => [item.id, index]));
    itemPositions.set(questionnaire, positions);
  }
  return positions;
}
