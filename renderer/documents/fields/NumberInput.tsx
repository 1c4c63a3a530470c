import { formatNumber } from '../../../shared/vsm';
import { parseNumberInput } from './parseNumberInput';
import { ValidatedInput } from './ValidatedInput';

interface Props {
  label: string;
  value: number | undefined;
  /** Tries to store the number (undefined: cleared); returns a message when it cannot. */
  onEdit: (value: number | undefined) => string | null;
  optional?: boolean;
  suffix?: string;
  hideLabel?: boolean;
}

export function NumberInput({ label, value, onEdit, optional, suffix, hideLabel }: Props) {
  return (
    <ValidatedInput
      label={label}
      hideLabel={hideLabel}
      inputMode="decimal"
      className="number-field"
      value={value === undefined ? '' : formatNumber(value)}
      placeholder={optional ? '—' : undefined}
      onEdit={(text) => {
        if (optional && text.trim() === '') return onEdit(undefined);
        const number = parseNumberInput(text, label);
        return typeof number === 'string' ? number : onEdit(number);
      }}
      after={suffix ? <span className="field-suffix">{suffix}</span> : undefined}
    />
  );
}
