import { useId } from 'react';
import {
  answerFigure,
  LIKERT_MAX,
  LIKERT_MIN,
  type AnswerValue,
  type ItemAggregate,
  type QuestionnaireItem,
} from '../../../shared/assessment';
import { parseNumberInput } from '../../documents/fields/parseNumberInput';
import { ValidatedInput } from '../../documents/fields/ValidatedInput';

interface Props {
  item: QuestionnaireItem;
  aggregate: ItemAggregate;
  onAgree: (itemId: string, value: AnswerValue | null) => string | null;
}

/**
 * The value the room agreed on after discussing an item, kept beside the individual answers:
 * one of the item's answers, or a percentage for DORA's rates; "Not agreed yet" clears it.
 */
export function AgreedValueControl({ item, aggregate, onAgree }: Props) {
  const id = useId();
  const agreed = aggregate.agreed?.value;
  const label = `Agreed value for ${item.title}`;
  if (item.kind === 'dora' && item.scale.kind === 'percent') {
    return (
      <ValidatedInput
        label={label}
        className="agreed-field"
        inputMode="decimal"
        value={agreed === undefined ? '' : answerFigure(item, agreed).replace(/\u00a0%$/, '')}
        placeholder="Not agreed yet"
        after={<span className="field-suffix">%</span>}
        onEdit={(text) => {
          if (text.trim() === '') return onAgree(item.id, null);
          const number = parseNumberInput(text, item.title);
          return typeof number === 'string' ? number : onAgree(item.id, number);
        }}
      />
    );
  }
  const options: { value: AnswerValue; label: string }[] =
    item.kind === 'fit'
      ? item.options.map((option) => ({ value: option.value, label: option.label }))
      : item.kind === 'maturity'
        ? Array.from({ length: LIKERT_MAX - LIKERT_MIN + 1 }, (_, i) => ({
            value: LIKERT_MIN + i,
            label: String(LIKERT_MIN + i),
          }))
        : item.scale.kind === 'steps'
          ? item.scale.labels.map((text, index) => ({
              value: index + 1,
              label: `${index + 1} — ${text}`,
            }))
          : [];
  return (
    <div className="field agreed-field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={agreed === undefined ? '' : String(agreed)}
        onChange={(event) => {
          const chosen = options.find((option) => String(option.value) === event.target.value);
          onAgree(item.id, chosen ? chosen.value : null);
        }}
      >
        <option value="">Not agreed yet</option>
        {options.map((option) => (
          <option key={String(option.value)} value={String(option.value)}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
