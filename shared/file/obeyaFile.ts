import { z } from 'zod';
import { ARTEFACT_KINDS } from '../workshop/WorkshopDoc';
import { crc32 } from './crc32';
import { ObeyaFileError } from './ObeyaFileError';
import { schemaIssues } from './schemaIssues';

/**
 * The `.obeya` file: one workshop and all its documents, as Automerge saves.
 *
 *   bytes 0–7   magic "OBEYA\r\n\x1a" (stops text tools and catches line-ending mangling)
 *   bytes 8–9   format version, big-endian
 *   bytes 10–13 header length H, big-endian
 *   bytes 14–17 CRC-32 of everything after byte 17
 *   H bytes     header, UTF-8 JSON (see `headerSchema`)
 *   then each document's Automerge save, in header order, lengths from the header
 */
export const OBEYA_FORMAT_VERSION = 1;
export const OBEYA_MAGIC = new Uint8Array([0x4f, 0x42, 0x45, 0x59, 0x41, 0x0d, 0x0a, 0x1a]);
const PREFIX_LENGTH = 18;
const MAX_HEADER_BYTES = 1024 * 1024;
export const MAX_DOCUMENTS = 1000;

const documentIdPattern = /^[1-9A-HJ-NP-Za-km-z]{20,60}$/;

const headerSchema = z.strictObject({
  app: z.literal('obeya'),
  exportedAt: z.string().max(40),
  workshopId: z.string().regex(documentIdPattern),
  title: z.string().max(1000),
  documents: z
    .array(
      z.strictObject({
        documentId: z.string().regex(documentIdPattern),
        kind: z.enum(['workshop', ...ARTEFACT_KINDS]),
        byteLength: z.number().int().min(1),
      }),
    )
    .min(1)
    .max(MAX_DOCUMENTS),
});

export type ObeyaFileHeader = z.infer<typeof headerSchema>;
export type BundledDocumentKind = ObeyaFileHeader['documents'][number]['kind'];

export interface BundledDocument {
  documentId: string;
  kind: BundledDocumentKind;
  /** `Automerge.save` of the document. */
  bytes: Uint8Array;
}

export interface ObeyaBundle {
  workshopId: string;
  title: string;
  exportedAt: string;
  documents: BundledDocument[];
}

export function writeObeyaFile(bundle: ObeyaBundle): Uint8Array {
  const header: ObeyaFileHeader = {
    app: 'obeya',
    exportedAt: bundle.exportedAt,
    workshopId: bundle.workshopId,
    title: bundle.title,
    documents: bundle.documents.map(({ documentId, kind, bytes }) => ({
      documentId,
      kind,
      byteLength: bytes.byteLength,
    })),
  };
  headerSchema.parse(header);
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const bodyLength =
    headerBytes.byteLength + bundle.documents.reduce((sum, doc) => sum + doc.bytes.byteLength, 0);
  const file = new Uint8Array(PREFIX_LENGTH + bodyLength);
  file.set(OBEYA_MAGIC, 0);
  const view = new DataView(file.buffer);
  view.setUint16(8, OBEYA_FORMAT_VERSION);
  view.setUint32(10, headerBytes.byteLength);
  let offset = PREFIX_LENGTH;
  file.set(headerBytes, offset);
  offset += headerBytes.byteLength;
  for (const doc of bundle.documents) {
    file.set(doc.bytes, offset);
    offset += doc.bytes.byteLength;
  }
  view.setUint32(14, crc32(file.subarray(PREFIX_LENGTH)));
  return file;
}

/**
 * Reads a `.obeya` file's container: magic, version, checksum, header and document slices.
 * Throws an `ObeyaFileError` saying what is wrong. The Automerge bytes themselves are checked
 * by `validateBundle` before anything is stored.
 */
export function readObeyaFile(file: Uint8Array): ObeyaBundle {
  if (file.byteLength < OBEYA_MAGIC.byteLength || !startsWithMagic(file)) {
    throw new ObeyaFileError(
      'not-obeya',
      `no Obeya signature at the start of its ${bytes(file.byteLength)}`,
    );
  }
  if (file.byteLength < PREFIX_LENGTH) {
    throw new ObeyaFileError(
      'truncated',
      `${bytes(file.byteLength)}, fewer than the ${PREFIX_LENGTH} of the fixed header`,
    );
  }
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const version = view.getUint16(8);
  if (version > OBEYA_FORMAT_VERSION) {
    throw new ObeyaFileError(
      'newer-version',
      `file format ${version}; this app reads up to ${OBEYA_FORMAT_VERSION}`,
    );
  }
  if (version < 1) throw new ObeyaFileError('bad-header', `unknown file format ${version}`);
  const headerLength = view.getUint32(10);
  if (headerLength > MAX_HEADER_BYTES) {
    throw new ObeyaFileError(
      'bad-header',
      `header length ${bytes(headerLength)} is over the limit of ${MAX_HEADER_BYTES}`,
    );
  }
  if (PREFIX_LENGTH + headerLength > file.byteLength) {
    throw new ObeyaFileError(
      'truncated',
      `the header of ${bytes(headerLength)} ends past the end of the file (${bytes(file.byteLength)})`,
    );
  }
  const header = parseHeader(file.subarray(PREFIX_LENGTH, PREFIX_LENGTH + headerLength));
  const expectedLength =
    PREFIX_LENGTH + headerLength + header.documents.reduce((sum, doc) => sum + doc.byteLength, 0);
  if (file.byteLength < expectedLength) {
    throw new ObeyaFileError(
      'truncated',
      `${bytes(expectedLength - file.byteLength)} missing at the end: ${file.byteLength} of ${bytes(expectedLength)}`,
    );
  }
  if (file.byteLength > expectedLength) {
    throw new ObeyaFileError(
      'damaged',
      `${bytes(file.byteLength - expectedLength)} after the last document`,
    );
  }
  const stored = view.getUint32(14);
  const computed = crc32(file.subarray(PREFIX_LENGTH));
  if (stored !== computed) {
    throw new ObeyaFileError(
      'damaged',
      `checksum ${hex(stored)} does not match the contents (${hex(computed)})`,
    );
  }
  if (
    !header.documents.some((doc) => doc.kind === 'workshop' && doc.documentId === header.workshopId)
  ) {
    throw new ObeyaFileError(
      'bad-header',
      `the header lists no workshop document ${header.workshopId}`,
    );
  }
  const ids = new Set<string>();
  for (const { documentId } of header.documents) {
    if (ids.has(documentId))
      throw new ObeyaFileError('bad-header', `document ${documentId} is listed twice`);
    ids.add(documentId);
  }
  let offset = PREFIX_LENGTH + headerLength;
  const documents = header.documents.map(({ documentId, kind, byteLength }) => {
    const bytes = file.slice(offset, offset + byteLength);
    offset += byteLength;
    return { documentId, kind, bytes };
  });
  return {
    workshopId: header.workshopId,
    title: header.title,
    exportedAt: header.exportedAt,
    documents,
  };
}

function startsWithMagic(file: Uint8Array): boolean {
  return OBEYA_MAGIC.every((byte, index) => file[index] === byte);
}

/** "1 byte", "3,021 bytes". */
function bytes(count: number): string {
  return count === 1 ? '1 byte' : `${count} bytes`;
}

function hex(value: number): string {
  return value.toString(16).padStart(8, '0');
}

function parseHeader(bytes: Uint8Array): ObeyaFileHeader {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new ObeyaFileError('bad-header', 'the header is not UTF-8 JSON');
  }
  const result = headerSchema.safeParse(json);
  if (!result.success) {
    throw new ObeyaFileError('bad-header', `header: ${schemaIssues(result.error.issues)}`);
  }
  return result.data;
}
