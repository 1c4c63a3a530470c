/** "2.5" — FTE and other figures with at most two decimals. */
export function figure(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/**
 * "+1.5", "−2", "0", "+43,000 EUR": a change, signed with a true minus sign, its size written by
 * `format` (plain figures unless told).
 */
export function signed(value: number, format: (size: number) => string = figure): string {
  const rounded = Math.round(value * 100) / 100;
  if (rounded === 0) return '0';
  return `${rounded > 0 ? '+' : '−'}${format(Math.abs(rounded))}`;
}

/** "184,000 EUR" — a yearly cost, grouped by thousands, in the design's currency. */
export function money(value: number, currency: string): string {
  const grouped = String(Math.round(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return currency ? `${grouped} ${currency}` : grouped;
}
