import {
  generateAutomergeUrl,
  parseAutomergeUrl,
  type DocumentId,
} from '@automerge/automerge-repo';
import { describe, expect, it } from 'vitest';
import { documentsOfWorkshop, titleOfWorkshop } from '../../../../shared/sync/workshopDocuments';

const workshopId = parseAutomergeUrl(generateAutomergeUrl()).documentId;

describe('documentsOfWorkshop', () => {
  it('is the workshop and every artefact it lists', () => {
    const map = generateAutomergeUrl();
    const design = generateAutomergeUrl();
    const doc = {
      title: 'T',
      artefacts: [
        { url: map, kind: 'valueStreamMap' },
        { url: design, kind: 'orgDesign' },
      ],
    };
    expect(documentsOfWorkshop(workshopId, doc)).toEqual<DocumentId[]>([
      workshopId,
      parseAutomergeUrl(map).documentId,
      parseAutomergeUrl(design).documentId,
    ]);
  });

  it('skips entries that are not automerge URLs and survives a damaged document', () => {
    const doc = { artefacts: [{ url: 'https://example.com' }, { url: 'automerge:../../etc' }] };
    expect(documentsOfWorkshop(workshopId, doc)).toEqual([workshopId]);
    expect(documentsOfWorkshop(workshopId, { artefacts: 'none' })).toEqual([workshopId]);
    expect(documentsOfWorkshop(workshopId, undefined)).toEqual([workshopId]);
  });
});

describe('titleOfWorkshop', () => {
  it('is the title, or empty while the document has not arrived', () => {
    expect(titleOfWorkshop({ title: 'Payments' })).toBe('Payments');
    expect(titleOfWorkshop(undefined)).toBe('');
  });
});
