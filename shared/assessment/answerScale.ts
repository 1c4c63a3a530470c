import type { FitOption, QuestionnaireItem } from './Questionnaire';
import { DORA_STEP_MAX, DORA_STEP_MIN, LIKERT_MAX, LIKERT_MIN } from './Questionnaire';

/** What an item can be answered with: one of its options, or a number in a range. */
export type ItemScale =
  | { kind: 'choice'; options: readonly FitOption[] }
  | { kind: 'range'; min: number; max: number; wholeNumbers: boolean };

/** The three ranges, made once: the room's figures carry them for every item they describe. */
const LIKERT_SCALE: ItemScale = Object.freeze({
  kind: 'range',
  min: LIKERT_MIN,
  max: LIKERT_MAX,
  wholeNumbers: true,
});
const DORA_STEP_SCALE: ItemScale = Object.freeze({
  kind: 'range',
  min: DORA_STEP_MIN,
  max: DORA_STEP_MAX,
  wholeNumbers: true,
});
const PERCENT_SCALE: ItemScale = Object.freeze({
  kind: 'range',
  min: 0,
  max: 100,
  wholeNumbers: false,
});

/** What `item` can be answered with. Ranges are shared and frozen: never change one. */
export function scaleOf(item: QuestionnaireItem): ItemScale {
  switch (item.kind) {
    case 'fit':
      return { kind: 'choice', options: item.options };
    case 'maturity':
      return LIKERT_SCALE;
    case 'dora':
      return item.scale.kind === 'steps' ? DORA_STEP_SCALE : PERCENT_SCALE;
  }
}

/**
 * Why `value` is not an answer to `item`, in a sentence for the coach, or null when it is one.
 * Used by the change functions and by the document schema, so a file or a peer is held to
 * the same scale as the keyboard.
 */
export function answerProblem(item: QuestionnaireItem, value: unknown): string | null {
  const scale = scaleOf(item);
  const title = `“${item.title}”`;
  if (scale.kind === 'choice') {
    if (typeof value === 'string' && scale.options.some((option) => option.value === value)) {
      return null;
    }
    return `${title} takes one of its ${scale.options.length} answers; ${shown(value)} is not one of them.`;
  }
  const accepted =
    item.kind === 'maturity'
      ? `a whole number from ${scale.min} to ${scale.max}`
      : scale.wholeNumbers
        ? `one of DORA’s six steps, ${scale.min} to ${scale.max}`
        : `a percentage from ${scale.min} to ${scale.max}`;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return `${title} takes ${accepted}; ${shown(value)} is not a number.`;
  }
  if (value < scale.min || value > scale.max || (scale.wholeNumbers && !Number.isInteger(value))) {
    return `${title} takes ${accepted}; ${shown(value)} is not on that scale.`;
  }
  return null;
}

function shown(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') {
    return value.length > 40 ? `“${value.slice(0, 40)}…”` : `“${value}”`;
  }
  return value === null || value === undefined ? 'an empty answer' : 'that answer';
}
