import type { AnswerProfile } from './answerProfile';
import { scaleOf } from './answerScale';
import type {
  AgreedValue,
  AnswerEvent,
  AssessmentDoc,
  Respondent,
  RoleGroup,
} from './AssessmentDoc';
import { ROLE_GROUPS } from './AssessmentDoc';
import { orderedRespondents, requireRound, roundQuestionnaire } from './assessmentLookup';
import { currentAnswers, latestByPosition } from './currentAnswers';
import type {
  AnswerValue,
  FitQuestion,
  QuestionnaireCatalogue,
  QuestionnaireItem,
} from './Questionnaire';
import { QUESTIONNAIRES } from './questionnaires';
import {
  choiceConsensus,
  summarizeWeighted,
  type ScaleBounds,
  type ValueSummary,
} from './statistics';

/** A respondent behind a dot: their name or alias, or null when anonymous to the room. */
export interface RespondentDot {
  respondentId: string;
  label: string | null;
  roleGroup?: RoleGroup;
}

/** One value (or option) and who gave it. */
export interface AnswerDot {
  value: AnswerValue;
  count: number;
  respondents: RespondentDot[];
}

export type RoleSplitGroup = RoleGroup | 'unstated';

/** Splits are listed in this order. */
const SPLIT_GROUPS: readonly RoleSplitGroup[] = [...ROLE_GROUPS, 'unstated'];

interface ItemAggregateBase {
  itemId: string;
  title: string;
  /** How many respondents answered. */
  n: number;
  /** 0 … 1; null without answers. */
  consensus: number | null;
  /** The answers as dots, in scale order. */
  dots: AnswerDot[];
  agreed: AgreedValue | null;
}

export interface NumericItemAggregate extends ItemAggregateBase {
  kind: 'maturity' | 'dora';
  scale: ScaleBounds;
  summary: ValueSummary | null;
  /** The same figures per role group ("operations sees 2, development sees 4"). */
  byRoleGroup: { roleGroup: RoleSplitGroup; summary: ValueSummary }[];
}

export interface ChoiceItemAggregate extends ItemAggregateBase {
  kind: 'fit';
  tally: { value: string; label: string; count: number }[];
  /** The most chosen option(s); empty without answers. */
  modal: string[];
  byRoleGroup: {
    roleGroup: RoleSplitGroup;
    n: number;
    modal: string[];
    tally: { value: string; count: number }[];
  }[];
}

export type ItemAggregate = NumericItemAggregate | ChoiceItemAggregate;

export interface RoundAggregate {
  roundId: string;
  questionnaireVersion: number;
  /** Whether the facilitator has revealed the answers to the room. */
  revealed: boolean;
  /** Respondents (not taken out) who answered at least one item. */
  respondents: number;
  /** Every item, in questionnaire order. */
  items: ItemAggregate[];
  /** The same items, most divided first: the room talks about these first. */
  byDisagreement: ItemAggregate[];
  /** The room's answers for scoring: the agreed value, else the median or the option shares. */
  profile: AnswerProfile;
}

/** A respondent as the figures need them, with their latest answers by item position. */
interface Row {
  dot: RespondentDot;
  /** Index into SPLIT_GROUPS. */
  group: number;
  events: readonly (AnswerEvent | undefined)[];
}

/**
 * The facilitator's figures for one round: per item the median, quartiles, spread, consensus,
 * the answers as dots and the splits by role group; the items ordered by disagreement; and the
 * room's profile for scoring. Respondents taken out are left out.
 */
export function aggregateRound(
  doc: AssessmentDoc,
  roundId: string,
  catalogue: QuestionnaireCatalogue = QUESTIONNAIRES,
): RoundAggregate {
  const round = requireRound(doc, roundId);
  const questionnaire = roundQuestionnaire(round, catalogue);

  const rows: Row[] = [];
  let respondents = 0;
  for (const respondent of orderedRespondents(doc)) {
    if (respondent.removed) continue;
    const events = latestByPosition(respondent, round.id, questionnaire);
    rows.push({
      dot: dotOf(respondent),
      group: SPLIT_GROUPS.indexOf(respondent.roleGroup ?? 'unstated'),
      events,
    });
    for (const event of events) {
      if (event !== undefined && event.value !== null) {
        respondents++;
        break;
      }
    }
  }

  const profile: AnswerProfile = {
    questionnaireVersion: questionnaire.version,
    fit: {},
    values: {},
  };
  const items = questionnaire.items.map((item, position): ItemAggregate => {
    const agreed = Object.hasOwn(round.agreed, item.id) ? round.agreed[item.id]! : null;
    const aggregate =
      item.kind === 'fit'
        ? aggregateChoice(item, rows, position, agreed)
        : aggregateNumbers(item, rows, position, agreed);
    addToProfile(profile, aggregate);
    return aggregate;
  });

  return {
    roundId: round.id,
    questionnaireVersion: questionnaire.version,
    revealed: round.revealed,
    respondents,
    items,
    byDisagreement: byDisagreement(items),
    profile,
  };
}

/** The answer a row gave to the item at `position`, or undefined (unanswered or withdrawn). */
function valueAt(row: Row, position: number): AnswerValue | undefined {
  return row.events[position]?.value ?? undefined;
}

/**
 * Scratch counts reused by every numeric item (they never leave `aggregateNumbers`): one block
 * of slot counts for the room, then one per split group. Reusing them spares the garbage of
 * thousands of small arrays per aggregation.
 */
const slotCounts: number[] = [];
/** Scratch: the respondents behind each slot, and each value given on a scale of any values. */
const dotsAtSlot: (RespondentDot[] | undefined)[] = [];
const givenValues: number[] = [];

function aggregateNumbers(
  item: Exclude<QuestionnaireItem, FitQuestion>,
  rows: Row[],
  position: number,
  agreed: AgreedValue | null,
): NumericItemAggregate {
  const scale = scaleOf(item);
  const bounds: ScaleBounds = scale.kind === 'range' ? scale : { min: 0, max: 0 };

  // Each possible value gets a slot: every step of a whole-number scale, else each value given
  // (a handful at most, so kept in order by insertion and found by a linear search).
  const wholeNumbers = scale.kind === 'range' && scale.wholeNumbers;
  let slots: readonly number[];
  if (wholeNumbers) slots = scaleSteps(bounds);
  else {
    givenValues.length = 0;
    for (const row of rows) {
      const value = valueAt(row, position) as number | undefined;
      if (value !== undefined && !givenValues.includes(value)) insertAscending(givenValues, value);
    }
    slots = givenValues.slice();
  }

  const slotCount = slots.length;
  clearScratch(slotCount * (1 + SPLIT_GROUPS.length), slotCount);
  let groupsAnswering = 0;
  let n = 0;
  for (const row of rows) {
    const value = valueAt(row, position) as number | undefined;
    if (value === undefined) continue;
    const slot = wholeNumbers ? value - bounds.min : slots.indexOf(value);
    n++;
    (dotsAtSlot[slot] ??= []).push(row.dot);
    slotCounts[slot]!++;
    slotCounts[(1 + row.group) * slotCount + slot]!++;
    groupsAnswering |= 1 << row.group;
  }

  const summary = summarizeWeighted(slots, slotCounts, bounds);
  const dots: AnswerDot[] = [];
  for (let slot = 0; slot < slotCount; slot++) {
    const respondents = dotsAtSlot[slot];
    if (respondents) dots.push({ value: slots[slot]!, count: respondents.length, respondents });
  }
  const byRoleGroup: NumericItemAggregate['byRoleGroup'] = [];
  for (let group = 0; group < SPLIT_GROUPS.length; group++) {
    if (groupsAnswering & (1 << group)) {
      byRoleGroup.push({
        roleGroup: SPLIT_GROUPS[group]!,
        summary: summarizeWeighted(slots, slotCounts, bounds, (1 + group) * slotCount)!,
      });
    }
  }
  return {
    kind: item.kind,
    itemId: item.id,
    title: item.title,
    n,
    consensus: summary?.consensus ?? null,
    dots,
    agreed,
    scale: bounds,
    summary,
    byRoleGroup,
  };
}

/**
 * Zeroes the first `counts` scratch counts and empties the first `slots` dot lists. Filled
 * rather than truncated: emptying an array lets the engine drop its storage, to be grown again.
 */
function clearScratch(counts: number, slots: number): void {
  while (slotCounts.length < counts) slotCounts.push(0);
  slotCounts.fill(0, 0, counts);
  while (dotsAtSlot.length < slots) dotsAtSlot.push(undefined);
  dotsAtSlot.fill(undefined, 0, slots);
}

/** Puts `value` into the ascending `values`, keeping them ascending. */
function insertAscending(values: number[], value: number): void {
  let index = values.length;
  values.push(value);
  while (index > 0 && values[index - 1]! > value) {
    values[index] = values[index - 1]!;
    index--;
  }
  values[index] = value;
}

const stepsOfScale = new Map<number, Map<number, readonly number[]>>();

/** Every whole number on a scale, lowest first (1…5, 1…6): made once per scale. */
function scaleSteps(bounds: ScaleBounds): readonly number[] {
  let byMax = stepsOfScale.get(bounds.min);
  if (!byMax) stepsOfScale.set(bounds.min, (byMax = new Map()));
  let steps = byMax.get(bounds.max);
  if (!steps) {
    steps = Array.from({ length: bounds.max - bounds.min + 1 }, (_, step) => bounds.min + step);
    byMax.set(bounds.max, steps);
  }
  return steps;
}

function aggregateChoice(
  item: FitQuestion,
  rows: Row[],
  position: number,
  agreed: AgreedValue | null,
): ChoiceItemAggregate {
  const options = item.options;
  const optionCount = options.length;
  const counts = new Array<number>(optionCount).fill(0);
  // Scratch, as for numeric items: one block of option counts per split group.
  clearScratch(optionCount * SPLIT_GROUPS.length, optionCount);
  let groupsAnswering = 0;
  let n = 0;
  for (const row of rows) {
    const value = valueAt(row, position);
    if (value === undefined) continue;
    let index = 0;
    while (index < optionCount && options[index]!.value !== value) index++;
    // Off the list: refused where documents are read (assessmentReadProblem), never counted.
    if (index === optionCount) continue;
    n++;
    counts[index]!++;
    (dotsAtSlot[index] ??= []).push(row.dot);
    slotCounts[row.group * optionCount + index]!++;
    groupsAnswering |= 1 << row.group;
  }
  const tally: ChoiceItemAggregate['tally'] = [];
  const dots: AnswerDot[] = [];
  for (let index = 0; index < optionCount; index++) {
    const { value, label } = options[index]!;
    const count = counts[index]!;
    tally.push({ value, label, count });
    if (count > 0) dots.push({ value, count, respondents: dotsAtSlot[index]! });
  }
  const byRoleGroup: ChoiceItemAggregate['byRoleGroup'] = [];
  for (let group = 0; group < SPLIT_GROUPS.length; group++) {
    if (!(groupsAnswering & (1 << group))) continue;
    const groupTally: { value: string; count: number }[] = [];
    let groupN = 0;
    for (let index = 0; index < optionCount; index++) {
      const count = slotCounts[group * optionCount + index]!;
      groupTally.push({ value: options[index]!.value, count });
      groupN += count;
    }
    byRoleGroup.push({
      roleGroup: SPLIT_GROUPS[group]!,
      n: groupN,
      modal: modalOf(groupTally),
      tally: groupTally,
    });
  }
  return {
    kind: 'fit',
    itemId: item.id,
    title: item.title,
    n,
    consensus: n > 0 ? choiceConsensus(counts, optionCount) : null,
    dots,
    agreed,
    tally,
    modal: modalOf(tally),
    byRoleGroup,
  };
}

/** The most chosen option(s), in option order; empty when nothing was chosen. */
function modalOf(tally: readonly { value: string; count: number }[]): string[] {
  let most = 0;
  for (const entry of tally) if (entry.count > most) most = entry.count;
  const modal: string[] = [];
  if (most > 0) for (const entry of tally) if (entry.count === most) modal.push(entry.value);
  return modal;
}

function dotOf(respondent: Respondent): RespondentDot {
  return {
    respondentId: respondent.id,
    label: respondent.identity === 'anonymous' ? null : respondent.name,
    ...(respondent.roleGroup ? { roleGroup: respondent.roleGroup } : {}),
  };
}

function addToProfile(profile: AnswerProfile, aggregate: ItemAggregate): void {
  if (aggregate.kind === 'fit') {
    if (aggregate.agreed) profile.fit[aggregate.itemId] = { [aggregate.agreed.value]: 1 };
    else if (aggregate.n > 0) {
      const shares: Record<string, number> = {};
      for (const entry of aggregate.tally) {
        if (entry.count > 0) shares[entry.value] = entry.count / aggregate.n;
      }
      profile.fit[aggregate.itemId] = shares;
    }
  } else if (aggregate.agreed) profile.values[aggregate.itemId] = aggregate.agreed.value as number;
  else if (aggregate.summary) profile.values[aggregate.itemId] = aggregate.summary.median;
}

/**
 * Least consensus first; among equals the wider interquartile range (as a share of the scale)
 * first, then questionnaire order. Unanswered items come last.
 */
function byDisagreement(items: ItemAggregate[]): ItemAggregate[] {
  const consensus = items.map((item) => item.consensus ?? 2);
  const relativeIqr = items.map((item) =>
    item.kind === 'fit' || !item.summary ? 0 : item.summary.iqr / (item.scale.max - item.scale.min),
  );
  return items
    .map((_, index) => index)
    .sort((a, b) => consensus[a]! - consensus[b]! || relativeIqr[b]! - relativeIqr[a]! || a - b)
    .map((index) => items[index]!);
}

/** How many items each respondent has answered in a round: shown before answers are revealed. */
export function answerProgress(
  doc: AssessmentDoc,
  roundId: string,
  catalogue: QuestionnaireCatalogue = QUESTIONNAIRES,
): { respondentId: string; label: string | null; answered: number; total: number }[] {
  const round = requireRound(doc, roundId);
  const questionnaire = roundQuestionnaire(round, catalogue);
  return orderedRespondents(doc)
    .filter((respondent) => !respondent.removed)
    .map((respondent) => ({
      respondentId: respondent.id,
      label: respondent.identity === 'anonymous' ? null : respondent.name,
      answered: currentAnswers(respondent, round.id).size,
      total: questionnaire.items.length,
    }));
}
