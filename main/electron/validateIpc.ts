import type { z } from 'zod';
import { isAppUrl } from './appUrl';

/**
 * Throws unless an IPC message comes from a window Obeya created and from a frame showing the
 * app's own origin. Kept free of Electron so the rule is unit-tested under Node; `ipc.ts`
 * supplies the frame URL and whether the sending webContents is one of ours.
 */
export function validateSender(frameUrl: string | undefined, fromOwnWindow: boolean): void {
  if (!fromOwnWindow) {
    throw new Error('IPC refused: the sender is not an Obeya window.');
  }
  if (!isAppUrl(frameUrl)) {
    throw new Error(
      `IPC refused: the sender frame is not on the app origin (${describeUrl(frameUrl)}).`,
    );
  }
}

/** Parses an IPC payload with its shared schema, or throws naming every problem found. */
export function parseIpcRequest<Schema extends z.ZodType>(
  schema: Schema,
  payload: unknown,
): z.output<Schema> {
  const result = schema.safeParse(payload);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const where = issue.path.length > 0 ? issue.path.join('.') : 'request';
    return `${where}: ${issue.message}`;
  });
  throw new Error(`Invalid IPC request: ${problems.join('; ')}`);
}

function describeUrl(url: string | undefined): string {
  if (url === undefined || url === '') return 'no URL';
  // Enough to recognise the origin in a log without echoing a long attacker-chosen string.
  return url.length > 80 ? `${url.slice(0, 80)}…` : url;
}
