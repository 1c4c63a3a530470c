import type { AnswerValue } from './Questionnaire';

/** The implementation-type assessment: one Automerge document per assessment (kind 'assessment'). */

export const ASSESSMENT_SCHEMA_VERSION = 1;

/** Who a respondent is to the room: by name, under an alias, or not at all. */
export const RESPONDENT_IDENTITIES = ['named', 'alias', 'anonymous'] as const;
export type RespondentIdentity = (typeof RESPONDENT_IDENTITIES)[number];

/** The part of the organisation a respondent speaks for; splits show where views differ. */
export const ROLE_GROUPS = ['business', 'development', 'operations', 'management'] as const;
export type RoleGroup = (typeof ROLE_GROUPS)[number];

export const ROLE_GROUP_NAMES: Record<RoleGroup, string> = {
  business: 'Business',
  development: 'Development',
  operations: 'Operations',
  management: 'Management',
};

/**
 * One answer as it was given. Answers are never overwritten: each is appended, and the
 * current answer to an item is the latest by `at`, then by `deviceId`. Two laptops answering
 * as the same respondent both append, so a merge keeps both and agrees on which is current.
 */
export interface AnswerEvent {
  roundId: string;
  itemId: string;
  /** `null` withdraws the answer (the item counts as unanswered again). */
  value: AnswerValue | null;
  /** The questionnaire version the answer was given under; it is read with that version. */
  questionnaireVersion: number;
  /** ms since epoch, never earlier than the answer it replaced on the laptop that wrote it. */
  at: number;
  /** The laptop or browser that wrote it; breaks ties between equal times. */
  deviceId: string;
}

export interface Respondent {
  id: string;
  identity: RespondentIdentity;
  /** The name or alias; empty for an anonymous respondent. */
  name: string;
  roleGroup?: RoleGroup;
  addedAt: number;
  /** Taken out of the results by the facilitator; the answers stay in the document. */
  removed?: boolean;
  /** Append-only: every answer this respondent gave, in every round. */
  answers: AnswerEvent[];
}

/** The value the room agreed on after discussing an item, recorded by the facilitator. */
export interface AgreedValue {
  value: AnswerValue;
  at: number;
}

export interface Round {
  id: string;
  /** e.g. "Round 2 — after the first PDCA cycle". */
  label: string;
  startedAt: number;
  /** The questionnaire this round asks; its answers are given under this version. */
  questionnaireVersion: number;
  /** Answers stay hidden from the room until the facilitator reveals them all at once. */
  revealed: boolean;
  /** Agreed values by item id, kept beside the individual answers. */
  agreed: Record<string, AgreedValue>;
}

export interface AssessmentDoc {
  schemaVersion: number;
  kind: 'assessment';
  title: string;
  /** In the order they were started; the last is the current round. */
  rounds: Round[];
  /** Keyed by id: each respondent is their own entry, so answering at once never conflicts. */
  respondents: Record<string, Respondent>;
  createdAt: number;
}
