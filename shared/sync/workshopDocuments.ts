import {
  isValidAutomergeUrl,
  parseAutomergeUrl,
  type DocumentId,
} from '@automerge/automerge-repo/slim';
import { z } from 'zod';

// Only the artefact list matters for sharing; the rest of the document may be of any version.
const artefactListSchema = z.object({
  artefacts: z.array(z.object({ url: z.string().max(100) })).max(1000),
});

/**
 * The documents that make up one workshop: the workshop document itself and every artefact it
 * lists. This is exactly what a hub shares for a hosted workshop. Entries that are not
 * automerge URLs are skipped, so a damaged list cannot widen what is shared.
 */
export function documentsOfWorkshop(workshopId: DocumentId, workshopDoc: unknown): DocumentId[] {
  const ids = [workshopId];
  const parsed = artefactListSchema.safeParse(workshopDoc);
  if (!parsed.success) return ids;
  for (const { url } of parsed.data.artefacts) {
    if (isValidAutomergeUrl(url)) ids.push(parseAutomergeUrl(url).documentId);
  }
  return ids;
}

/** The title a hub shows for a hosted workshop, or '' before the document has arrived. */
export function titleOfWorkshop(workshopDoc: unknown): string {
  const parsed = z.object({ title: z.string() }).safeParse(workshopDoc);
  return parsed.success ? parsed.data.title.slice(0, 200) : '';
}
