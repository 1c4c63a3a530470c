import type { AnswerProfile } from './answerProfile';
import { scaleOf } from './answerScale';
import type { AgreedValue, AssessmentDoc, Respondent, RoleGroup } from './AssessmentDoc';
import { ROLE_GROUPS } from './AssessmentDoc';
import { orderedRespondents, requireRound, roundQuestionnaire } from './assessmentLookup';
import { currentAnswers, currentValuesByPosition } from './currentAnswers';
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

/** A respondent as the figures need them, with their current answers by item position. */
interface Row {
  dot: RespondentDot;
  /** Index into SPLIT_GROUPS. */
  group: number;
  values: readonly (AnswerValue | undefined)[];
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
    const values = currentValuesByPosition(respondent, round.id, questionnaire);
    rows.push({
      dot: dotOf(respondent),
      group: SPLIT_GROUPS.indexOf(respondent.roleGroup ?? 'unstated'),
      values,
    });
    for (const value of values) {
      if (value !== undefined) {
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
  return row.values[position];
}

/**
 * Scratch reused by every item (none of it leaves the item's aggregation): one block of slot
 * counts for the room, then one per split group; the respondents' dots being filled in per
 * slot and how many each holds so far; each row's slot; each value given on a scale of any
 * values. Reusing them spares the garbage of thousands of small arrays per aggregation.
 */
const slotCounts: number[] = [];
const dotsAtSlot: RespondentDot[][] = [];
const dotsFilled: number[] = [];
const rowSlots: number[] = [];
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
    slots = givenValues;
  }

  const slotCount = slots.length;
  clearScratch(slotCount * (1 + SPLIT_GROUPS.length), rows.length);
  let groupsAnswering = 0;
  let groups = 0;
  let distinct = 0;
  let n = 0;
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index]!;
    const value = valueAt(row, position) as number | undefined;
    if (value === undefined) {
      rowSlots[index] = -1;
      continue;
    }
    const slot = wholeNumbers ? value - bounds.min : slots.indexOf(value);
    rowSlots[index] = slot;
    n++;
    if (slotCounts[slot]!++ === 0) distinct++;
    slotCounts[(1 + row.group) * slotCount + slot]!++;
    if (!(groupsAnswering & (1 << row.group))) {
      groupsAnswering |= 1 << row.group;
      groups++;
    }
  }

  // Every list below is made at its final length, so none grows (and is copied) on the way.
  const summary = summarizeWeighted(slots, slotCounts, bounds);
  const dots = new Array<AnswerDot>(distinct);
  for (let slot = 0, dot = 0; slot < slotCount; slot++) {
    const count = slotCounts[slot]!;
    if (count === 0) continue;
    const respondents = new Array<RespondentDot>(count);
    dotsAtSlot[slot] = respondents;
    dotsFilled[slot] = 0;
    dots[dot++] = { value: slots[slot]!, count, respondents };
  }
  fillDots(rows);
  const byRoleGroup = new Array<NumericItemAggregate['byRoleGroup'][number]>(groups);
  for (let group = 0, split = 0; group < SPLIT_GROUPS.length; group++) {
    if (groupsAnswering & (1 << group)) {
      byRoleGroup[split++] = {
        roleGroup: SPLIT_GROUPS[group]!,
        summary: summarizeWeighted(slots, slotCounts, bounds, (1 + group) * slotCount)!,
      };
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

/** Puts each answering row's dot into its slot's list, in row order. */
function fillDots(rows: Row[]): void {
  for (let index = 0; index < rows.length; index++) {
    const slot = rowSlots[index]!;
    if (slot !== -1) dotsAtSlot[slot]![dotsFilled[slot]!++] = rows[index]!.dot;
  }
}

/**
 * Zeroes the first `counts` scratch counts and makes room for `rows` row slots. Filled rather
 * than truncated: emptying an array lets the engine drop its storage, to be grown again.
 */
function clearScratch(counts: number, rows: number): void {
  while (slotCounts.length < counts) slotCounts.push(0);
  slotCounts.fill(0, 0, counts);
  while (rowSlots.length < rows) rowSlots.push(-1);
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

const stepsOfScale = new WeakMap<ScaleBounds, readonly number[]>();

/** Every whole number on a scale, lowest first (1…5, 1…6): made once per scale. */
function scaleSteps(bounds: ScaleBounds): readonly number[] {
  let steps = stepsOfScale.get(bounds);
  if (!steps) {
    steps = Array.from({ length: bounds.max - bounds.min + 1 }, (_, step) => bounds.min + step);
    stepsOfScale.set(bounds, steps);
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
  clearScratch(optionCount * SPLIT_GROUPS.length, rows.length);
  let groupsAnswering = 0;
  let groups = 0;
  let distinct = 0;
  let n = 0;
  for (let row = 0; row < rows.length; row++) {
    rowSlots[row] = -1;
    const value = valueAt(rows[row]!, position);
    if (value === undefined) continue;
    let index = 0;
    while (index < optionCount && options[index]!.value !== value) index++;
    // Off the list: refused where documents are read (assessmentReadProblem), never counted.
    if (index === optionCount) continue;
    const group = rows[row]!.group;
    rowSlots[row] = index;
    n++;
    if (counts[index]!++ === 0) distinct++;
    slotCounts[group * optionCount + index]!++;
    if (!(groupsAnswering & (1 << group))) {
      groupsAnswering |= 1 << group;
      groups++;
    }
  }
  const tally = new Array<ChoiceItemAggregate['tally'][number]>(optionCount);
  const dots = new Array<AnswerDot>(distinct);
  for (let index = 0, dot = 0; index < optionCount; index++) {
    const { value, label } = options[index]!;
    const count = counts[index]!;
    tally[index] = { value, label, count };
    if (count === 0) continue;
    const respondents = new Array<RespondentDot>(count);
    dotsAtSlot[index] = respondents;
    dotsFilled[index] = 0;
    dots[dot++] = { value, count, respondents };
  }
  fillDots(rows);
  const byRoleGroup = new Array<ChoiceItemAggregate['byRoleGroup'][number]>(groups);
  for (let group = 0, split = 0; group < SPLIT_GROUPS.length; group++) {
    if (!(groupsAnswering & (1 << group))) continue;
    const groupTally = new Array<{ value: string; count: number }>(optionCount);
    let groupN = 0;
    for (let index = 0; index < optionCount; index++) {
      const count = slotCounts[group * optionCount + index]!;
      groupTally[index] = { value: options[index]!.value, count };
      groupN += count;
    }
    byRoleGroup[split++] = {
      roleGroup: SPLIT_GROUPS[group]!,
      n: groupN,
      modal: modalOf(groupTally),
      tally: groupTally,
    };
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
  let times = 0;
  for (const entry of tally) {
    if (entry.count > most) {
      most = entry.count;
      times = 1;
    } else if (entry.count === most) times++;
  }
  if (most === 0) return [];
  const modal = new Array<string>(times);
  for (let index = 0, at = 0; at < times; index++) {
    if (tally[index]!.count === most) modal[at++] = tally[index]!.value;
  }
  return modal;
}

function dotOf(respondent: Respondent): RespondentDot {
  const dot: RespondentDot = {
    respondentId: respondent.id,
    label: respondent.identity === 'anonymous' ? null : respondent.name,
  };
  if (respondent.roleGroup) dot.roleGroup = respondent.roleGroup;
  return dot;
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

/** Scratch for the disagreement order: each item's keys, and the items' positions in order. */
const consensusKeys: number[] = [];
const iqrKeys: number[] = [];
const order: number[] = [];

/**
 * Least consensus first; among equals the wider interquartile range (as a share of the scale)
 * first, then questionnaire order. Unanswered items come last. Sorted by insertion into
 * scratch positions: a few dozen items, no comparator closure, no intermediate lists.
 */
function byDisagreement(items: ItemAggregate[]): ItemAggregate[] {
  const count = items.length;
  for (let index = 0; index < count; index++) {
    const item = items[index]!;
    consensusKeys[index] = item.consensus ?? 2;
    iqrKeys[index] =
      item.kind === 'fit' || !item.summary
        ? 0
        : item.summary.iqr / (item.scale.max - item.scale.min);
    let at = index;
    // Earlier positions come first among equal keys, so equals never move past each other.
    while (at > 0 && comesBefore(index, order[at - 1]!)) {
      order[at] = order[at - 1]!;
      at--;
    }
    order[at] = index;
  }
  const sorted = new Array<ItemAggregate>(count);
  for (let at = 0; at < count; at++) sorted[at] = items[order[at]!]!;
  return sorted;
}

/** Whether item `a` is more divided than item `b` (wider IQR breaks a tie in consensus). */
function comesBefore(a: number, b: number): boolean {
  const consensusA = consensusKeys[a]!;
  const consensusB = consensusKeys[b]!;
  if (consensusA !== consensusB) return consensusA < consensusB;
  return iqrKeys[a]! > iqrKeys[b]!;
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
