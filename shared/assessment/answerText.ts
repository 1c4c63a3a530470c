import type { AnswerValue, QuestionnaireItem } from './Questionnaire';

/**
 * How an answer reads to the room: a fit option's label, a Likert level, a DORA step with its
 * label ("4 — One day to one week"), a percentage ("15 %"). Figures such as medians of a
 * six-step scale read with the nearest step's label.
 */
export function answerText(item: QuestionnaireItem, value: AnswerValue): string {
  if (item.kind === 'fit') {
    return item.options.find((option) => option.value === value)?.label ?? String(value);
  }
  const number = Number(value);
  if (item.kind === 'maturity') return shortNumber(number);
  if (item.scale.kind === 'percent') return `${shortNumber(number)}\u00a0%`;
  const label = Number.isInteger(number) ? item.scale.labels[number - 1] : undefined;
  return label ? `${number} — ${label}` : shortNumber(number);
}

/**
 * A value on an item's scale as a short figure: "3", "3.5", "15 %", or a fit option's label
 * up to its colon ("Business continuity first").
 */
export function answerFigure(item: QuestionnaireItem, value: AnswerValue): string {
  if (item.kind === 'fit') return shortOptionLabel(answerText(item, value));
  const text = shortNumber(Number(value));
  return item.kind === 'dora' && item.scale.kind === 'percent' ? `${text}\u00a0%` : text;
}

/** At most one decimal, none when whole: 3, 3.5, 2.3. */
export function shortNumber(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
}

/** A fit option's label up to its colon: "It is an IT service provider". */
export function shortOptionLabel(label: string): string {
  const cut = label.indexOf(':');
  return cut > 0 ? label.slice(0, cut) : label;
}
