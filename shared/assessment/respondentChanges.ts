import { randomUuid } from '../randomUuid';
import type { AssessmentDoc, RespondentIdentity, RoleGroup } from './AssessmentDoc';
import { type IdFactory, requireRespondent } from './assessmentLookup';
import { parseOrThrow } from './AssessmentValidationError';
import { respondentFieldsSchema } from './schemas/respondentSchema';

export interface RespondentFields {
  identity: RespondentIdentity;
  /** The name or alias; ignored for an anonymous respondent. */
  name: string;
  roleGroup?: RoleGroup;
}

/** Changes to a respondent: `roleGroup: null` clears the role group. */
export interface RespondentPatch {
  identity?: RespondentIdentity;
  name?: string;
  roleGroup?: RoleGroup | null;
}

/**
 * Adds a respondent as their own entry, so that people joining at the same moment on
 * different laptops never overwrite each other. Returns the id the laptop answers under.
 */
export function addRespondent(
  doc: AssessmentDoc,
  fields: RespondentFields,
  now: number,
  newId: IdFactory = randomUuid,
): string {
  const valid = parseOrThrow(respondentFieldsSchema, fields);
  const id = newId();
  doc.respondents[id] = {
    id,
    identity: valid.identity,
    name: valid.name,
    ...(valid.roleGroup ? { roleGroup: valid.roleGroup } : {}),
    addedAt: now,
    answers: [],
  };
  return id;
}

/** Renames a respondent, changes how they appear to the room, or sets their role group. */
export function updateRespondent(
  doc: AssessmentDoc,
  respondentId: string,
  patch: RespondentPatch,
): void {
  const respondent = requireRespondent(doc, respondentId);
  const roleGroup = patch.roleGroup === undefined ? respondent.roleGroup : patch.roleGroup;
  const valid = parseOrThrow(respondentFieldsSchema, {
    identity: patch.identity ?? respondent.identity,
    name: patch.name ?? respondent.name,
    ...(roleGroup ? { roleGroup } : {}),
  });
  if (respondent.identity !== valid.identity) respondent.identity = valid.identity;
  if (respondent.name !== valid.name) respondent.name = valid.name;
  if (valid.roleGroup === undefined) delete respondent.roleGroup;
  else if (respondent.roleGroup !== valid.roleGroup) respondent.roleGroup = valid.roleGroup;
}

/** Takes a respondent out of the results; their answers stay and come back on restore. */
export function removeRespondent(doc: AssessmentDoc, respondentId: string): void {
  const respondent = requireRespondent(doc, respondentId);
  if (!respondent.removed) respondent.removed = true;
}

export function restoreRespondent(doc: AssessmentDoc, respondentId: string): void {
  const respondent = requireRespondent(doc, respondentId);
  if (respondent.removed) delete respondent.removed;
}
