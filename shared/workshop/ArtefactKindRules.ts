/**
 * What a workshop needs to know about one kind of document, as pure functions: each kind
 * (value stream map, organisation design, assessment) registers its own. Written as methods so
 * a kind's rules for its own document type fit a list of every kind's.
 */
export interface ArtefactKindRules<Doc> {
  /** What the document is and how big, for its row on the workshop's home ("Current state · 8 steps"). */
  summarize(doc: Doc): string;
  /** Gives the document a new title through the kind's change function; throws if refused. */
  rename(draft: Doc, title: string): void;
  /** The other documents this one links to (a map's current ↔ future state). */
  linkedUrls(doc: Doc): string[];
  /** Forgets the link to `url`: that document was deleted, or this is a copy. */
  unlink(draft: Doc, url: string): void;
}
