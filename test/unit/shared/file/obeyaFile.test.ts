import { change, from, save } from '@automerge/automerge';
import { describe, expect, it } from 'vitest';
import {
  OBEYA_FORMAT_VERSION,
  readObeyaFile,
  writeObeyaFile,
  type ObeyaBundle,
} from '../../../../shared/file/obeyaFile';
import { ObeyaFileError } from '../../../../shared/file/ObeyaFileError';
import { validateBundle } from '../../../../shared/file/validateBundle';
import { newValueStreamMap } from '../../../../shared/vsm';
import { newWorkshop, addArtefact } from '../../../../shared/workshop/workshopChanges';

const WORKSHOP_ID = '4NMNnkMhL8jXrdJ9jamS2z3rTCDu';
const MAP_ID = '2Xbo8bwFTHFbZ6XGD7qbazjkSY7b';

function sampleBundle(): ObeyaBundle {
  const workshop = newWorkshop(
    { title: 'ACME', client: 'ACME Bank', date: '2026-11-26', facilitator: 'Anna' },
    1,
  );
  addArtefact(workshop, `automerge:${MAP_ID}`, 'valueStreamMap', 2);
  const map = change(
    from(newValueStreamMap({ title: 'Current state' }, 1) as unknown as Record<string, unknown>),
    (d) => {
      d.title = 'Current state — idea to production';
    },
  );
  return {
    workshopId: WORKSHOP_ID,
    title: 'ACME',
    exportedAt: '2026-11-26T10:00:00.000Z',
    documents: [
      {
        documentId: WORKSHOP_ID,
        kind: 'workshop',
        bytes: save(from(workshop as unknown as Record<string, unknown>)),
      },
      { documentId: MAP_ID, kind: 'valueStreamMap', bytes: save(map) },
    ],
  };
}

function refusal(file: Uint8Array): ObeyaFileError {
  try {
    validateBundle(readObeyaFile(file));
  } catch (error) {
    if (error instanceof ObeyaFileError) return error;
    throw error;
  }
  throw new Error('the file was accepted');
}

describe('.obeya file', () => {
  it('round-trips a workshop and its documents byte for byte', () => {
    const bundle = sampleBundle();
    const read = readObeyaFile(writeObeyaFile(bundle));
    expect(read).toEqual(bundle);
    expect(validateBundle(read).title).toBe('ACME');
  });

  it('starts with the magic bytes and the format version', () => {
    const file = writeObeyaFile(sampleBundle());
    expect(new TextDecoder().decode(file.subarray(0, 5))).toBe('OBEYA');
    expect(new DataView(file.buffer).getUint16(8)).toBe(OBEYA_FORMAT_VERSION);
  });

  it('refuses a file that is not an Obeya file', () => {
    expect(refusal(new TextEncoder().encode('hello, world')).code).toBe('not-obeya');
    expect(refusal(new Uint8Array()).code).toBe('not-obeya');
  });

  it('refuses a truncated file at any length, saying it is incomplete', () => {
    const file = writeObeyaFile(sampleBundle());
    for (const length of [9, 17, 30, file.length >> 1, file.length - 1]) {
      const error = refusal(file.subarray(0, length));
      expect(error.code, `length ${length}`).toBe('truncated');
      expect(error.message).toMatch(/incomplete/);
    }
  });

  it('refuses a file with a flipped byte through its checksum', () => {
    const file = writeObeyaFile(sampleBundle());
    file[file.length - 20]! ^= 0x01;
    expect(refusal(file)).toMatchObject({ code: 'damaged' });
  });

  it('refuses a file from a newer format version, naming both versions', () => {
    const file = writeObeyaFile(sampleBundle());
    new DataView(file.buffer).setUint16(8, OBEYA_FORMAT_VERSION + 1);
    const error = refusal(file);
    expect(error.code).toBe('newer-version');
    expect(error.message).toContain(`file format ${OBEYA_FORMAT_VERSION + 1}`);
  });

  it('refuses trailing garbage', () => {
    const file = writeObeyaFile(sampleBundle());
    const longer = new Uint8Array(file.length + 3);
    longer.set(file);
    expect(refusal(longer).code).toBe('damaged');
  });

  it('refuses a header that lies about its documents', () => {
    const bundle = sampleBundle();
    bundle.documents[1]!.kind = 'workshop';
    expect(() => writeObeyaFile({ ...bundle, workshopId: 'not a document id' })).toThrow();
    const withoutWorkshop = { ...bundle, documents: bundle.documents.slice(1) };
    expect(refusal(writeObeyaFile(withoutWorkshop)).code).toBe('bad-header');
  });

  it('refuses documents whose Automerge bytes are garbage', () => {
    const bundle = sampleBundle();
    bundle.documents[1]!.bytes = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]);
    const error = refusal(writeObeyaFile(bundle));
    expect(error.code).toBe('bad-document');
    expect(error.message).toContain('value stream map');
  });

  it('refuses a hostile workshop document whose fields have the wrong shape', () => {
    const bundle = sampleBundle();
    bundle.documents[0]!.bytes = save(
      from({
        schemaVersion: 1,
        kind: 'workshop',
        title: 'x'.repeat(10_000),
        client: '',
        date: '',
        facilitator: '',
        artefacts: [],
        createdAt: 1,
        updatedAt: 1,
      }),
    );
    const error = refusal(writeObeyaFile({ ...bundle, documents: [bundle.documents[0]!] }));
    expect(error.code).toBe('bad-document');
    expect(error.message).toContain('title');
  });

  it('refuses a workshop that lists documents the file does not hold', () => {
    const bundle = sampleBundle();
    const error = refusal(writeObeyaFile({ ...bundle, documents: [bundle.documents[0]!] }));
    expect(error.code).toBe('bad-document');
    expect(error.message).toContain('does not contain');
  });

  it('refuses an implausibly large header length without reading it', () => {
    const file = writeObeyaFile(sampleBundle());
    new DataView(file.buffer).setUint32(10, 0xfffffff0);
    expect(refusal(file).code).toBe('bad-header');
  });
});
