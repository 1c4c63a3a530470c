/** The kinds of artefact a workshop holds; each is one Automerge document. */
export const ARTEFACT_KINDS = ['valueStreamMap', 'orgDesign', 'assessment'] as const;
export type ArtefactKind = (typeof ARTEFACT_KINDS)[number];

export const WORKSHOP_SCHEMA_VERSION = 1;

/** A pointer from the workshop document to one of its artefact documents. */
export interface ArtefactRef {
  /** automerge-repo URL of the artefact document ("automerge:…"). */
  url: string;
  kind: ArtefactKind;
  addedAt: number;
  /**
   * The artefact's title when this workshop last saw it, so the workshop's home can list its
   * documents before loading them (a map with a long history takes a while to load).
   */
  title?: string;
  /**
   * When it was deleted, while that can still be undone: the workshop hides it at once on every
   * laptop. The reference leaves the list when the deletion is made final.
   */
  deletedAt?: number;
}

/** The workshop document: one client engagement and the list of its artefacts. */
export interface WorkshopDoc {
  schemaVersion: number;
  kind: 'workshop';
  title: string;
  client: string;
  /** Workshop day as an ISO date (yyyy-mm-dd), or empty when not yet fixed. */
  date: string;
  facilitator: string;
  artefacts: ArtefactRef[];
  createdAt: number;
  updatedAt: number;
}

/** The fields a coach edits on the workshop's home. */
export type WorkshopDetails = Pick<WorkshopDoc, 'title' | 'client' | 'date' | 'facilitator'>;
