/**
 * A number as a coach types it: "12", "1.5", "1,5", with spaces. Returns the number or the
 * message to show; `label` names the field in the message.
 */
export function parseNumberInput(text: string, label: string): number | string {
  const trimmed = text.trim().replace(/\s+/g, '');
  if (trimmed === '') return `${label} is required`;
  const normalised = /^-?\d+,\d+$/.test(trimmed) ? trimmed.replace(',', '.') : trimmed;
  const value = Number(normalised);
  if (!Number.isFinite(value))
    return `${label} must be a number (you typed “${text.trim().slice(0, 20)}”)`;
  return value;
}
