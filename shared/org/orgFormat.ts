/**
 * A figure as the checks and the comparison write it: at most two decimals, no trailing
 * zeros. Not Intl: its first call loads locale data, and the checks run on every edit.
 */
export function formatFigure(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** "A, B or C": the experiences that would do. */
export function anyOf(values: readonly string[]): string {
  return values.length <= 1
    ? (values[0] ?? '')
    : `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`;
}
