/**
 * Spreadsheets run a cell starting with = + - @ as a formula (CSV injection), so exported text
 * gets a leading apostrophe there, which reading the file back removes.
 */
export function guardFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function unguardFormula(text: string): string {
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}
