/** The entries whose value is not undefined: Automerge refuses undefined, and a spread of
 * `{ role: undefined }` must not hide a default. */
export function definedOnly(input: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
}
