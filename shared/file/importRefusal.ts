import { errorMessage } from '../errorMessage';
import { ObeyaFileError, type ObeyaFileErrorCode } from './ObeyaFileError';

/** A refused import as the coach is told it. */
export interface ImportRefusal {
  /** What is wrong with the file, that nothing changed, and what to do, in plain words. */
  message: string;
  /** The technical detail, for a support request: the refusal's code and what failed. */
  details: string;
}

const DAMAGED = 'the file is damaged, so Obeya cannot read it';
const SEND_AGAIN = 'Ask whoever sent it to export it again.';

/** What is wrong, and what the coach can do about it, for each kind of refusal. */
const REFUSALS: Record<ObeyaFileErrorCode, { problem: string; remedy: string }> = {
  'not-obeya': {
    problem: 'it is not an Obeya workshop file',
    remedy: 'Choose a .obeya file exported from Obeya.',
  },
  'too-large': {
    problem: 'it is larger than any workshop file (256 MB at most), so it was not read',
    remedy: 'Check that you chose the right file.',
  },
  truncated: {
    problem: 'the file is incomplete, probably cut off while it was copied or downloaded',
    remedy: 'Copy or download it again.',
  },
  'newer-version': {
    problem: 'it was saved by a newer version of Obeya',
    remedy: 'Update Obeya on this device, then import it again.',
  },
  damaged: { problem: DAMAGED, remedy: SEND_AGAIN },
  'bad-header': { problem: DAMAGED, remedy: SEND_AGAIN },
  'bad-document': { problem: DAMAGED, remedy: SEND_AGAIN },
};

/**
 * The sentence a coach reads when an import is refused — the library is untouched in every
 * case, since a file is read and checked whole before anything is stored — with the detail
 * for support kept apart from it.
 */
export function describeImportRefusal(fileName: string, error: unknown): ImportRefusal {
  const opening = fileName ? `Could not import "${fileName}":` : 'Could not import the file:';
  if (error instanceof ObeyaFileError) {
    const { problem, remedy } = REFUSALS[error.code];
    return {
      message: `${opening} ${problem}. Nothing was changed. ${remedy}`,
      details: `${error.code}: ${error.message}`,
    };
  }
  return {
    message: `${opening} something went wrong on this device. Nothing was changed. Try again; if it happens again, send the details below to support.`,
    details: `unexpected: ${errorMessage(error)}`,
  };
}
