import { schemaIssues } from '../file/schemaIssues';
import { artefactDocSchemas } from './artefactDocSchemas';
import type { ArtefactKind } from './WorkshopDoc';

/** Why a document cannot be shown: a sentence for the coach and a line for a support request. */
export interface DocumentReadProblem {
  reason: string;
  detail: string;
}

/**
 * Checks a document against its kind's schema — the check a file import makes, here for a
 * document that arrived from another laptop and could not be shown. Null when it is sound.
 */
export function documentReadProblem(kind: ArtefactKind, doc: unknown): DocumentReadProblem | null {
  const result = artefactDocSchemas[kind].safeParse(doc);
  if (result.success) return null;
  return {
    reason:
      'Part of it is not in the form this version of Obeya expects — it may have been changed by a newer Obeya on another laptop.',
    detail: schemaIssues(result.error.issues),
  };
}
