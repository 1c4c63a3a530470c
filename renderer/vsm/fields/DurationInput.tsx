import { formatNumber, type Duration, type TimeUnit } from '../../../shared/vsm';
import { parseNumberInput } from '../../documents/fields/parseNumberInput';
import { UnitOptions } from './unitOptions';
import { ValidatedInput } from '../../documents/fields/ValidatedInput';

interface Props {
  label: string;
  value: Duration;
  /** Tries to store a typed number, in the unit shown; returns a message when it cannot. */
  onEdit: (duration: Duration) => string | null;
  /** Tries to store the number in the field in a newly chosen unit. */
  onUnitChange: (unit: TimeUnit) => string | null;
  /** Computed from the other times (the coach typed them, not this one). */
  calculated?: boolean;
  hint?: string;
  hideLabel?: boolean;
}

/** A time with its own unit: the number as typed, the unit the coach thinks in. */
export function DurationInput({
  label,
  value,
  onEdit,
  onUnitChange,
  calculated,
  hint,
  hideLabel,
}: Props) {
  return (
    <ValidatedInput
      label={label}
      hideLabel={hideLabel}
      className={`duration-field${calculated ? ' calculated' : ''}`}
      inputMode="decimal"
      value={formatNumber(value.value)}
      hint={hint}
      onEdit={(text) => {
        const number = parseNumberInput(text, label);
        return typeof number === 'string' ? number : onEdit({ value: number, unit: value.unit });
      }}
      after={
        <select
          aria-label={`${label} unit`}
          value={value.unit}
          onChange={(event) => onUnitChange(event.target.value as TimeUnit)}
        >
          <UnitOptions />
        </select>
      }
    />
  );
}
