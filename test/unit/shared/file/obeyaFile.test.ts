import { change, from, save } from '@automerge/automerge';
import { describe, expect, it } from 'vitest';
import {
  OBEYA_FORMAT_VERSION,
  readObeyaFile,
  writeObeyaFile,
  type ObeyaBundle,
} from '../../../../shared/file/obeyaFile';
import { crc32 } from '../../../../shared/file/crc32';
import { describeImportRefusal } from '../../../../shared/file/importRefusal';
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

/** What the coach reads when importing `file` as "workshop.obeya". */
function shown(file: Uint8Array) {
  return describeImportRefusal('workshop.obeya', refusal(file));
}

/** The file with its header JSON edited, length and checksum made to fit: a well-made lie. */
function withHeader(file: Uint8Array, edit: (header: Record<string, unknown>) => void) {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const headerLength = view.getUint32(10);
  const header = JSON.parse(new TextDecoder().decode(file.subarray(18, 18 + headerLength)));
  edit(header);
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const rest = file.subarray(18 + headerLength);
  const out = new Uint8Array(18 + headerBytes.length + rest.length);
  out.set(file.subarray(0, 18));
  out.set(headerBytes, 18);
  out.set(rest, 18 + headerBytes.length);
  const outView = new DataView(out.buffer);
  outView.setUint32(10, headerBytes.length);
  outView.setUint32(14, crc32(out.subarray(18)));
  return out;
}

/** Bytes of the file with the checksum made to fit after an edit. */
function resealed(file: Uint8Array): Uint8Array {
  new DataView(file.buffer, file.byteOffset).setUint32(14, crc32(file.subarray(18)));
  return file;
}

const DAMAGED =
  'Could not import "workshop.obeya": the file is damaged, so Obeya cannot read it. Nothing was changed. Ask whoever sent it to export it again.';
const INCOMPLETE =
  'Could not import "workshop.obeya": the file is incomplete, probably cut off while it was copied or downloaded. Nothing was changed. Copy or download it again.';
const NOT_OBEYA =
  'Could not import "workshop.obeya": it is not an Obeya workshop file. Nothing was changed. Choose a .obeya file exported from Obeya.';
const NEWER =
  'Could not import "workshop.obeya": it was saved by a newer version of Obeya. Nothing was changed. Update Obeya on this device, then import it again.';

/** No validator's wording, paths or byte counts in what the coach reads first. */
function expectPlainSentence(message: string) {
  expect(message).not.toMatch(/Invalid input|expected|received|\w+\.\d+\.|\(s\)|bytes?\b/);
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
});

describe('a refused .obeya file tells the coach what is wrong, that nothing changed, and keeps the detail for support', () => {
  it('is not an Obeya file', () => {
    for (const bytes of [new TextEncoder().encode('hello, world'), new Uint8Array()]) {
      expect(refusal(bytes).code).toBe('not-obeya');
      expect(shown(bytes)).toEqual({
        message: NOT_OBEYA,
        details: expect.stringMatching(/^not-obeya: /),
      });
    }
  });

  it('is incomplete at any length it was cut to', () => {
    const file = writeObeyaFile(sampleBundle());
    for (const length of [9, 17, 30, file.length >> 1, file.length - 1]) {
      const cut = file.subarray(0, length);
      expect(refusal(cut).code, `length ${length}`).toBe('truncated');
      expect(shown(cut).message).toBe(INCOMPLETE);
    }
    expect(shown(file.subarray(0, file.length - 1)).details).toBe(
      `truncated: 1 byte missing at the end: ${file.length - 1} of ${file.length} bytes`,
    );
  });

  it('is damaged when a byte flipped, through its checksum', () => {
    const file = writeObeyaFile(sampleBundle());
    file[file.length - 20]! ^= 0x01;
    expect(refusal(file).code).toBe('damaged');
    expect(shown(file)).toEqual({
      message: DAMAGED,
      details: expect.stringMatching(
        /^damaged: checksum [0-9a-f]{8} does not match the contents \([0-9a-f]{8}\)$/,
      ),
    });
  });

  it('is damaged with data after its last document', () => {
    const file = writeObeyaFile(sampleBundle());
    const longer = new Uint8Array(file.length + 3);
    longer.set(file);
    expect(refusal(longer).code).toBe('damaged');
    expect(shown(longer)).toEqual({
      message: DAMAGED,
      details: 'damaged: 3 bytes after the last document',
    });
  });

  it('comes from a newer Obeya, naming both format versions in the detail', () => {
    const file = writeObeyaFile(sampleBundle());
    new DataView(file.buffer).setUint16(8, OBEYA_FORMAT_VERSION + 1);
    expect(refusal(file).code).toBe('newer-version');
    expect(shown(file)).toEqual({
      message: NEWER,
      details: `newer-version: file format ${OBEYA_FORMAT_VERSION + 1}; this app reads up to ${OBEYA_FORMAT_VERSION}`,
    });
  });

  it('is damaged when its header fails its schema, the validator’s text only in the detail', () => {
    const file = withHeader(writeObeyaFile(sampleBundle()), (header) => {
      delete header.exportedAt;
    });
    const { message, details } = shown(file);
    expect(refusal(file).code).toBe('bad-header');
    expect(message).toBe(DAMAGED);
    expectPlainSentence(message);
    expect(details).toBe(
      'bad-header: header: exportedAt: Invalid input: expected string, received undefined',
    );
  });

  it('is damaged when its header is not JSON, declares format 0, or is implausibly long', () => {
    const file = writeObeyaFile(sampleBundle());
    const notJson = resealed(file.slice());
    notJson[18] = 0xff;
    const formatZero = file.slice();
    new DataView(formatZero.buffer).setUint16(8, 0);
    const huge = file.slice();
    new DataView(huge.buffer).setUint32(10, 0xfffffff0);
    for (const [bytes, detail] of [
      [notJson, 'bad-header: the header is not UTF-8 JSON'],
      [formatZero, 'bad-header: unknown file format 0'],
      [huge, 'bad-header: header length 4294967280 bytes is over the limit of 1048576'],
    ] as const) {
      expect(refusal(bytes).code).toBe('bad-header');
      expect(shown(bytes)).toEqual({ message: DAMAGED, details: detail });
    }
  });

  it('is damaged when its header lies about its documents', () => {
    const bundle = sampleBundle();
    expect(() => writeObeyaFile({ ...bundle, workshopId: 'not a document id' })).toThrow();
    const withoutWorkshop = writeObeyaFile({ ...bundle, documents: bundle.documents.slice(1) });
    expect(refusal(withoutWorkshop).code).toBe('bad-header');
    expect(shown(withoutWorkshop)).toEqual({
      message: DAMAGED,
      details: `bad-header: the header lists no workshop document ${WORKSHOP_ID}`,
    });
    const twice = withHeader(writeObeyaFile(bundle), (header) => {
      const documents = header.documents as { documentId: string }[];
      documents[1]!.documentId = WORKSHOP_ID;
    });
    expect(shown(twice)).toEqual({
      message: DAMAGED,
      details: `bad-header: document ${WORKSHOP_ID} is listed twice`,
    });
  });

  it('is damaged when a document’s Automerge bytes are garbage', () => {
    const bundle = sampleBundle();
    bundle.documents[1]!.bytes = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]);
    const file = writeObeyaFile(bundle);
    expect(refusal(file).code).toBe('bad-document');
    expect(shown(file)).toEqual({
      message: DAMAGED,
      details: `bad-document: value stream map ${MAP_ID} is not a readable Automerge document`,
    });
  });

  it('is damaged when a document has the wrong shape, the path only in the detail', () => {
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
    const file = writeObeyaFile({ ...bundle, documents: [bundle.documents[0]!] });
    const { message, details } = shown(file);
    expect(refusal(file).code).toBe('bad-document');
    expect(message).toBe(DAMAGED);
    expectPlainSentence(message);
    expect(details).toMatch(new RegExp(`^bad-document: workshop document ${WORKSHOP_ID}: title: `));
  });

  it('is damaged when its workshop lists documents the file does not hold', () => {
    const bundle = sampleBundle();
    const file = writeObeyaFile({ ...bundle, documents: [bundle.documents[0]!] });
    const { message, details } = shown(file);
    expect(refusal(file).code).toBe('bad-document');
    expect(message).toBe(DAMAGED);
    expectPlainSentence(message);
    expect(details).toBe(
      `bad-document: the workshop lists 1 document the file does not hold: automerge:${MAP_ID}`,
    );
  });

  it('failed for a reason of this device, not of the file', () => {
    expect(describeImportRefusal('workshop.obeya', new Error('QuotaExceededError'))).toEqual({
      message:
        'Could not import "workshop.obeya": something went wrong on this device. Nothing was changed. Try again; if it happens again, send the details below to support.',
      details: 'unexpected: QuotaExceededError',
    });
  });

  it('is larger than any workshop file, refused before it is read', () => {
    const refusal = describeImportRefusal('', new ObeyaFileError('too-large', '300000000 bytes'));
    expect(refusal.message).toBe(
      'Could not import the file: it is larger than any workshop file (256 MB at most), so it was not read. Nothing was changed. Check that you chose the right file.',
    );
    expect(refusal.details).toBe('too-large: 300000000 bytes');
  });
});
