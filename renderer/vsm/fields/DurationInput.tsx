import { formatNumber, type Duration, type TimeUnit } from '../../../shared/vsm';
import { parseNumberInput } from './parseNumberInput';
import { UnitOptions } from './unitOptions';
import { ValidatedInput } from './ValidatedInput';

interface Props {
  label: string;
  value: Duration;
  /** Tries to store the duration; returns a message when it cannot be stored. */
  onEdit: (duration: Duration) => string | null;
  hideLabel?: boolean;
}

/** A time with its own unit: the number as typed, the unit the coach thinks in. */
export function DurationInput({ label, value, onEdit, hideLabel }: Props) {
  return (
    <ValidatedInput
      label={label}
      hideLabel={hideLabel}
      className="duration-field"
      inputMode="decimal"
      value={formatNumber(value.value)}
      onEdit={(text) => {
        const number = parseNumberInput(text, label);
        return typeof number === 'string' ? number : onEdit({ value: number, unit: value.unit });
      }}
      after={
        <select
          aria-label={`${label} unit`}
          value={value.unit}
          onChange={(event) => onEdit({ value: value.value, unit: event.target.value as TimeUnit })}
        >
          <UnitOptions />
        </select>
      }
    />
  );
}
