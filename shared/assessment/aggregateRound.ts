import type { AnswerProfile } from './answerProfile';
import { scaleOf } from './answerScale';
import type { AgreedValue, AssessmentDoc, Respondent, RoleGroup } from './AssessmentDoc';
import { ROLE_GROUPS } from './AssessmentDoc';
import { orderedRespondents, requireRound, roundQuestionnaire } from './assessmentLookup';
import { currentAnswers } from './currentAnswers';
import type {
  AnswerValue,
  FitQuestion,
  QuestionnaireCatalogue,
  QuestionnaireItem,
} from './Questionnaire';
import { QUESTIONNAIRES } from './questionnaires';
import {
  choiceConsensus,
  summarizeValues,
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

interface GivenValue {
  respondent: Respondent;
  value: AnswerValue;
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

  const given = new Map<string, GivenValue[]>();
  let respondents = 0;
  for (const respondent of orderedRespondents(doc)) {
    if (respondent.removed) continue;
    const answers = currentAnswers(respondent, round.id);
    if (answers.size > 0) respondents++;
    for (const [itemId, event] of answers) {
      let list = given.get(itemId);
      if (!list) given.set(itemId, (list = []));
      list.push({ respondent, value: event.value! });
    }
  }

  const profile: AnswerProfile = {
    questionnaireVersion: questionnaire.version,
    fit: {},
    values: {},
  };
  const items = questionnaire.items.map((item): ItemAggregate => {
    const agreed = Object.hasOwn(round.agreed, item.id) ? round.agreed[item.id]! : null;
    const values = given.get(item.id) ?? [];
    const aggregate =
      item.kind === 'fit'
        ? aggregateChoice(item, values, agreed)
        : aggregateNumbers(item, values, agreed);
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

function aggregateNumbers(
  item: Exclude<QuestionnaireItem, FitQuestion>,
  given: GivenValue[],
  agreed: AgreedValue | null,
): NumericItemAggregate {
  const scale = scaleOf(item);
  const bounds: ScaleBounds = scale.kind === 'range' ? scale : { min: 0, max: 0 };
  const values = given.map((entry) => entry.value as number);
  const summary = summarizeValues(values, bounds);

  const byValue = new Map<number, RespondentDot[]>();
  for (const { respondent, value } of given) {
    let list = byValue.get(value as number);
    if (!list) byValue.set(value as number, (list = []));
    list.push(dotOf(respondent));
  }
  const dots = [...byValue.entries()]
    .sort(([a], [b]) => a - b)
    .map(([value, respondents]) => ({ value, count: respondents.length, respondents }));

  const byRoleGroup = splitByRoleGroup(given).map(([roleGroup, entries]) => ({
    roleGroup,
    summary: summarizeValues(
      entries.map((entry) => entry.value as number),
      bounds,
    )!,
  }));
  return {
    kind: item.kind,
    itemId: item.id,
    title: item.title,
    n: values.length,
    consensus: summary?.consensus ?? null,
    dots,
    agreed,
    scale: bounds,
    summary,
    byRoleGroup,
  };
}

function aggregateChoice(
  item: FitQuestion,
  given: GivenValue[],
  agreed: AgreedValue | null,
): ChoiceItemAggregate {
  const counted = (entries: GivenValue[]) =>
    item.options.map((option) => ({
      value: option.value,
      count: entries.filter((entry) => entry.value === option.value).length,
    }));
  const tally = counted(given);
  const dots = item.options.flatMap((option) => {
    const respondents = given
      .filter((entry) => entry.value === option.value)
      .map((entry) => dotOf(entry.respondent));
    return respondents.length > 0
      ? [{ value: option.value, count: respondents.length, respondents }]
      : [];
  });
  return {
    kind: 'fit',
    itemId: item.id,
    title: item.title,
    n: given.length,
    consensus:
      given.length > 0
        ? choiceConsensus(
            tally.map((entry) => entry.count),
            item.options.length,
          )
        : null,
    dots,
    agreed,
    tally: tally.map((entry, index) => ({ ...entry, label: item.options[index]!.label })),
    modal: modalOf(tally),
    byRoleGroup: splitByRoleGroup(given).map(([roleGroup, entries]) => {
      const groupTally = counted(entries);
      return { roleGroup, n: entries.length, modal: modalOf(groupTally), tally: groupTally };
    }),
  };
}

function modalOf(tally: { value: string; count: number }[]): string[] {
  const most = Math.max(0, ...tally.map((entry) => entry.count));
  return most === 0 ? [] : tally.filter((entry) => entry.count === most).map((e) => e.value);
}

function splitByRoleGroup(given: GivenValue[]): [RoleSplitGroup, GivenValue[]][] {
  const groups = new Map<RoleSplitGroup, GivenValue[]>();
  for (const entry of given) {
    const group = entry.respondent.roleGroup ?? 'unstated';
    let list = groups.get(group);
    if (!list) groups.set(group, (list = []));
    list.push(entry);
  }
  return [...ROLE_GROUPS, 'unstated' as const].flatMap((group) => {
    const entries = groups.get(group);
    return entries ? [[group, entries] as [RoleSplitGroup, GivenValue[]]] : [];
  });
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
      profile.fit[aggregate.itemId] = Object.fromEntries(
        aggregate.tally
          .filter((entry) => entry.count > 0)
          .map((entry) => [entry.value, entry.count / aggregate.n]),
      );
    }
  } else if (aggregate.agreed) profile.values[aggregate.itemId] = aggregate.agreed.value as number;
  else if (aggregate.summary) profile.values[aggregate.itemId] = aggregate.summary.median;
}

/**
 * Least consensus first; among equals the wider interquartile range (as a share of the scale)
 * first, then questionnaire order. Unanswered items come last.
 */
function byDisagreement(items: ItemAggregate[]): ItemAggregate[] {
  const relativeIqr = (item: ItemAggregate) =>
    item.kind === 'fit' || !item.summary ? 0 : item.summary.iqr / (item.scale.max - item.scale.min);
  return items
    .map((item, index) => ({ item, index }))
    .sort(
      (a, b) =>
        (a.item.consensus ?? 2) - (b.item.consensus ?? 2) ||
        relativeIqr(b.item) - relativeIqr(a.item) ||
        a.index - b.index,
    )
    .map(({ item }) => item);
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
