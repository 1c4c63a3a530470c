import type { AnswerEvent, Respondent } from './AssessmentDoc';
import type { AnswerValue, Questionnaire } from './Questionnaire';

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

/** One answer list's current values, lined up with one questionnaire's items, per round. */
interface PositionedAnswers {
  /** The list's length when sorted out: lists only grow. */
  length: number;
  byRound: Map<string, (AnswerValue | undefined)[]>;
}

const answersOfList = new WeakMap<readonly AnswerEvent[], Map<Questionnaire, PositionedAnswers>>();
const itemPositions = new WeakMap<Questionnaire, ReadonlyMap<string, number>>();

/**
 * A respondent's current answers in a round, lined up with the questionnaire's items: undefined
 * where unanswered or withdrawn. Worked out for every round in one pass per answer list and
 * kept: answer lists only grow (answerItem appends), and an Automerge document hands out a new
 * list object whenever a list changes while sharing the unchanged ones — so when one answer
 * arrives, only that respondent's answers are gone through again. Read-only: it is shared.
 */
export function currentValuesByPosition(
  respondent: Respondent,
  roundId: string,
  questionnaire: Questionnaire,
): readonly (AnswerValue | undefined)[] {
  const answers = respondent.answers;
  let byQuestionnaire = answersOfList.get(answers);
  if (!byQuestionnaire) answersOfList.set(answers, (byQuestionnaire = new Map()));
  let positioned = byQuestionnaire.get(questionnaire);
  if (!positioned || positioned.length !== answers.length) {
    positioned = positionAnswers(answers, questionnaire);
    byQuestionnaire.set(questionnaire, positioned);
  }
  return positioned.byRound.get(roundId) ?? unansweredLine(questionnaire);
}

const unansweredLines = new WeakMap<Questionnaire, readonly undefined[]>();

function unansweredLine(questionnaire: Questionnaire): readonly undefined[] {
  let line = unansweredLines.get(questionnaire);
  if (!line) {
    line = Object.freeze(new Array<undefined>(questionnaire.items.length).fill(undefined));
    unansweredLines.set(questionnaire, line);
  }
  return line;
}

/**
 * Scratch for {@link positionAnswers}, reused from list to list: per round met in the list (in
 * the order met) its id, the latest event per item so far, and the values line being filled.
 */
const roundsMet: string[] = [];
const latestMet: (AnswerEvent | undefined)[][] = [];
const valuesMet: (AnswerValue | undefined)[][] = [];

/**
 * Every round's current values of a list in a single pass. A round's events mostly follow one
 * another in the list, so the round's line is looked up only when the round changes. Rounds
 * asking another questionnaire get a line too; it is never read.
 */
function positionAnswers(
  answers: readonly AnswerEvent[],
  questionnaire: Questionnaire,
): PositionedAnswers {
  const items = questionnaire.items;
  const itemCount = items.length;
  const position = positionsOf(questionnaire);
  const byRound = new Map<string, (AnswerValue | undefined)[]>();
  let rounds = 0;
  let roundId: string | undefined;
  let latest: (AnswerEvent | undefined)[] = [];
  let values: (AnswerValue | undefined)[] = [];
  // Respondents mostly answer in questionnaire order: the item after the last one is tried
  // before the lookup by id.
  let next = 0;
  for (const event of answers) {
    if (event.roundId !== roundId) {
      roundId = event.roundId;
      let met = 0;
      while (met < rounds && roundsMet[met] !== roundId) met++;
      if (met === rounds) {
        rounds++;
        roundsMet[met] = roundId;
        // Emptied at the end of the last pass; holes read as undefined.
        (latestMet[met] ??= []).length = itemCount;
        valuesMet[met] = new Array<AnswerValue | undefined>(itemCount);
        byRound.set(roundId, valuesMet[met]!);
      }
      latest = latestMet[met]!;
      values = valuesMet[met]!;
    }
    const index = items[next]?.id === event.itemId ? next : position.get(event.itemId);
    if (index === undefined) continue;
    next = index + 1;
    const current = latest[index];
    if (current && supersedes(current, event)) continue;
    latest[index] = event;
    const value = event.value;
    values[index] = value === null ? undefined : value;
  }
  // The scratch lines would otherwise keep the last list's events alive.
  for (let met = 0; met < rounds; met++) latestMet[met]!.fill(undefined);
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
