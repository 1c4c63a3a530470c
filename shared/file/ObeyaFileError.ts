export type ObeyaFileErrorCode =
  | 'not-obeya'
  | 'truncated'
  | 'damaged'
  | 'newer-version'
  | 'bad-header'
  | 'bad-document'
  | 'too-large';

/** Why a `.obeya` file was refused; `message` is written for the coach, not the developer. */
export class ObeyaFileError extends Error {
  constructor(
    readonly code: ObeyaFileErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ObeyaFileError';
  }
}
