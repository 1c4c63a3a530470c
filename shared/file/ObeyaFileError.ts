/** What is wrong with a refused `.obeya` file; `importRefusal.ts` says it to the coach. */
export type ObeyaFileErrorCode =
  | 'not-obeya'
  | 'too-large'
  | 'truncated'
  | 'damaged'
  | 'newer-version'
  | 'bad-header'
  | 'bad-document';

/**
 * Why a `.obeya` file was refused. `message` is the technical detail for a support request
 * ("header: exportedAt: Invalid input: …"); the coach reads the sentence of its `code`
 * (`describeImportRefusal`), with this detail behind it.
 */
export class ObeyaFileError extends Error {
  constructor(
    readonly code: ObeyaFileErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ObeyaFileError';
  }
}
