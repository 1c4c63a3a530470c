import { describe, expect, it } from 'vitest';
import {
  addArtefact,
  newWorkshop,
  recordArtefactTitle,
  removeArtefact,
  updateWorkshopDetails,
} from '../../../../shared/workshop/workshopChanges';
import {
  workshopDetailsSchema,
  workshopDocSchema,
} from '../../../../shared/workshop/workshopSchema';

describe('workshop details', () => {
  it('trims and accepts a normal workshop', () => {
    expect(
      workshopDetailsSchema.parse({
        title: '  ACME  ',
        client: 'Bank ',
        date: '2026-11-26',
        facilitator: 'Anna',
      }),
    ).toEqual({
      title: 'ACME',
      client: 'Bank',
      date: '2026-11-26',
      facilitator: 'Anna',
    });
  });

  it.each([
    ['an empty title', { title: '   ' }, 'The title cannot be empty'],
    ['a very long title', { title: 'x'.repeat(201) }, 'longer than 200'],
    ['an impossible date', { date: '2026-02-30' }, 'real calendar date'],
    ['a date in another format', { date: '26/11/2026' }, 'real calendar date'],
    ['control characters', { client: 'A\u0007B' }, 'control characters'],
  ])('rejects %s with a specific message', (_label, patch, message) => {
    const result = workshopDetailsSchema.safeParse({
      title: 'T',
      client: '',
      date: '',
      facilitator: '',
      ...patch,
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain(message);
  });
});

describe('workshop changes', () => {
  it('keep updatedAt current and the document valid', () => {
    const doc = newWorkshop({ title: 'A', client: '', date: '', facilitator: '' }, 1);
    updateWorkshopDetails(doc, { client: 'B' }, 5);
    expect(doc.updatedAt).toBe(5);
    updateWorkshopDetails(doc, { client: 'B' }, 9);
    expect(doc.updatedAt).toBe(5);
    addArtefact(doc, 'automerge:2Xbo8bwFTHFbZ6XGD7qbazjkSY7b', 'valueStreamMap', 10);
    addArtefact(doc, 'automerge:2Xbo8bwFTHFbZ6XGD7qbazjkSY7b', 'valueStreamMap', 11);
    expect(doc.artefacts).toHaveLength(1);
    expect(workshopDocSchema.safeParse(doc).success).toBe(true);
    removeArtefact(doc, 'automerge:2Xbo8bwFTHFbZ6XGD7qbazjkSY7b', 12);
    expect(doc.artefacts).toHaveLength(0);
  });

  it('record the title each artefact had, without counting it as an edit', () => {
    const url = 'automerge:2Xbo8bwFTHFbZ6XGD7qbazjkSY7b';
    const doc = newWorkshop({ title: 'A', client: '', date: '', facilitator: '' }, 1);
    addArtefact(doc, url, 'valueStreamMap', 10, 'Release flow');
    expect(doc.artefacts[0]?.title).toBe('Release flow');
    expect(recordArtefactTitle(doc, url, 'Release flow')).toBe(false);
    expect(recordArtefactTitle(doc, url, 'x'.repeat(5000))).toBe(true);
    expect(doc.artefacts[0]?.title).toHaveLength(200);
    expect(doc.updatedAt).toBe(10);
    expect(recordArtefactTitle(doc, 'automerge:3Xbo8bwFTHFbZ6XGD7qbazjkSY7b', 'Other')).toBe(false);
    expect(workshopDocSchema.safeParse(doc).success).toBe(true);
  });

  it('reject a recorded title longer than a line', () => {
    const doc = newWorkshop({ title: 'A', client: '', date: '', facilitator: '' }, 1);
    addArtefact(doc, 'automerge:2Xbo8bwFTHFbZ6XGD7qbazjkSY7b', 'valueStreamMap', 10);
    doc.artefacts[0]!.title = 'x'.repeat(201);
    expect(workshopDocSchema.safeParse(doc).success).toBe(false);
  });
});
