import type { AutomergeUrl, Repo } from '@automerge/automerge-repo/slim';
import type { PrintTarget } from '../../shared/print/printRoute';
import type { WorkshopDoc } from '../../shared/workshop/WorkshopDoc';
import { reportSectionFor } from './reportSections';
import { listedArtefacts } from '../../shared/workshop/listedArtefacts';

/** A document the report prints; `doc` is null when it is not stored on this device. */
export interface ReportDocument {
  url: string;
  kind: string;
  doc: unknown;
}

/** Everything a report shows, loaded up front: the report then renders in one pass. */
export interface LoadedReport {
  workshopUrl: string;
  workshop: WorkshopDoc;
  /** In the workshop's order; one document for a document report. */
  documents: ReportDocument[];
  /** Documents the sections asked for through `relatedUrls`. */
  related: ReadonlyMap<string, unknown>;
}

export class ReportLoadError extends Error {}

/**
 * Loads the workshop and the documents of a report from this device's storage, in parallel.
 * A missing workshop, or the one document a document report is for, fails the report; a
 * missing document inside a workshop report is printed as missing instead.
 */
export async function loadReport(repo: Repo, target: PrintTarget): Promise<LoadedReport> {
  const workshop = await findDoc<WorkshopDoc>(repo, target.workshopUrl);
  if (workshop?.kind !== 'workshop') {
    throw new ReportLoadError('The workshop of this report is not stored on this device.');
  }
  const refs =
    target.report === 'document'
      ? [{ url: target.documentUrl, kind: '' }]
      : listedArtefacts(workshop).map((ref) => ({ url: ref.url, kind: ref.kind }));
  const documents = await Promise.all(
    refs.map(async (ref): Promise<ReportDocument> => {
      const doc = await findDoc<{ kind?: unknown }>(repo, ref.url);
      return { url: ref.url, kind: typeof doc?.kind === 'string' ? doc.kind : ref.kind, doc };
    }),
  );
  if (target.report === 'document' && documents[0]?.doc === null) {
    throw new ReportLoadError('The document of this report is not stored on this device.');
  }
  const relatedUrls = documents.flatMap(({ kind, doc }) =>
    doc === null ? [] : (reportSectionFor(kind)?.relatedUrls?.(doc) ?? []),
  );
  const related = new Map<string, unknown>();
  await Promise.all(
    relatedUrls.map(async (url) => {
      const doc = await findDoc(repo, url);
      if (doc !== null) related.set(url, doc);
    }),
  );
  return { workshopUrl: target.workshopUrl, workshop, documents, related };
}

/** A document's current value, or null when it cannot be found (or the URL is not one). */
async function findDoc<T>(repo: Repo, url: string): Promise<T | null> {
  try {
    const handle = await repo.find<T>(url as AutomergeUrl);
    return handle.doc() ?? null;
  } catch {
    return null;
  }
}
