import { formatNumber, type Duration, type TimeUnit } from '../../../shared/vsm';
import { parseNumberInput } from '../../documents/fields/parseNumberInput';
import { UnitOptions } from './unitOptions';
import { ValidatedInput } from '../../documents/fields/ValidatedInput';

interface Props {
  label: string;
  value: Duration | undefined;
  /** Tries to store the duration (undefined: cleared); returns a message when it cannot. */
  onEdit: (duration: Duration | undefined) => string | null;
  defaultUnit: TimeUnit;
}

/** An optional time with its unit (changeover, say): empty means not measured. */
export function OptionalDurationInput({ label, value, onEdit, defaultUnit }: Props) {
  const unit = value?.unit ?? defaultUnit;
  return (
    <ValidatedInput
      label={label}
      className="duration-field"
      inputMode="decimal"
      placeholder="—"
      value={value === undefined ? '' : formatNumber(value.value)}
      onEdit={(text) => {
        if (text.trim() === '') return onEdit(undefined);
        const number = parseNumberInput(text, label);
        return typeof number === 'string' ? number : onEdit({ value: number, unit });
      }}
      after={
        <select
          aria-label={`${label} unit`}
          value={unit}
          disabled={value === undefined}
          onChange={(event) =>
            value && onEdit({ value: value.value, unit: event.target.value as TimeUnit })
          }
        >
          <UnitOptions />
        </select>
      }
    />
  );
}
