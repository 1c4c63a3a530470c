import type { ValueStreamMapDoc } from '../../../shared/vsm';

/** The map's linked current/future state among the report's related documents, if loaded. */
export function linkedMap(
  map: ValueStreamMapDoc,
  related: ReadonlyMap<string, unknown>,
): ValueStreamMapDoc | null {
  const linked = map.linkedMapUrl === undefined ? undefined : related.get(map.linkedMapUrl);
  return isValueStreamMap(linked) ? linked : null;
}

function isValueStreamMap(doc: unknown): doc is ValueStreamMapDoc {
  return (
    typeof doc === 'object' && doc !== null && (doc as { kind?: unknown }).kind === 'valueStreamMap'
  );
}
