import type { ChipBox } from './chartGeometry';

/** A colleague who has a person selected on another laptop: their colour and name. */
export interface RemoteMark {
  color: string;
  name: string;
}

/**
 * "personId=colour=name;…" for the chips whom colleagues have selected: a string, so a cell or
 * group redraws only when its own marks change.
 */
export function remoteSignature(
  chips: readonly ChipBox[],
  colours: ReadonlyMap<string, string> | undefined,
  names: ReadonlyMap<string, string> | undefined,
): string {
  if (!colours || colours.size === 0) return '';
  return chips
    .flatMap((chip) => {
      const colour = colours.get(chip.personId);
      if (colour === undefined) return [];
      const name = encodeURIComponent(names?.get(chip.personId) ?? '');
      return [`${chip.personId}=${colour}=${name}`];
    })
    .join(';');
}

/** The marks of {@link remoteSignature}, by person. */
export function remoteMarks(signature: string): Map<string, RemoteMark> {
  const marks = new Map<string, RemoteMark>();
  if (!signature) return marks;
  for (const entry of signature.split(';')) {
    const [personId = '', color = '', name = ''] = entry.split('=');
    marks.set(personId, { color, name: decodeURIComponent(name) });
  }
  return marks;
}
