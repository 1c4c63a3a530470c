import { memo, useId, useState, type KeyboardEvent } from 'react';
import {
  answerFigure,
  LIKERT_MAX,
  LIKERT_MIN,
  type AnswerValue,
  type DoraItem,
  type FitQuestion,
  type MaturityItem,
  type QuestionnaireItem,
} from '../../../shared/assessment';
import { parseNumberInput } from '../../documents/fields/parseNumberInput';
import { ValidatedInput } from '../../documents/fields/ValidatedInput';

export interface ItemFieldProps {
  item: QuestionnaireItem;
  /** Position in the questionnaire, from 1. */
  number: number;
  /** This respondent's current answer. */
  value: AnswerValue | undefined;
  /** Stores an answer (null withdraws it); returns the refusal to show, or null. */
  onAnswer: (itemId: string, value: AnswerValue | null) => string | null;
}

/**
 * One question as a keyboard-first radio group (arrows choose, Tab moves on), or for DORA's
 * percentages a number field held to 0–100. Re-renders only when its own answer changes.
 */
export const ItemField = memo(function ItemField(props: ItemFieldProps) {
  switch (props.item.kind) {
    case 'fit':
      return <FitField {...props} item={props.item} />;
    case 'maturity':
      return <LikertField {...props} item={props.item} />;
    case 'dora':
      return props.item.scale.kind === 'steps' ? (
        <DoraStepsField {...props} item={props.item} />
      ) : (
        <PercentField {...props} item={props.item} />
      );
  }
});

function ItemLegend(props: { number: number; title: string; text: string; answered: boolean }) {
  return (
    <legend>
      <span className="item-number">{props.number}.</span>{' '}
      <span className="item-title">{props.title}</span>
      {!props.answered && <span className="visually-hidden"> (not answered)</span>}
      <span className="item-text">{props.text}</span>
    </legend>
  );
}

/**
 * Withdraws the answer. Not a tab stop, so Tab goes from question to question; from the
 * keyboard, Delete on the question's radio buttons does the same.
 */
function ClearAnswer(props: { title: string; onClear: () => void }) {
  return (
    <button
      type="button"
      className="clear-answer"
      tabIndex={-1}
      aria-label={`Clear the answer to ${props.title}`}
      aria-keyshortcuts="Delete"
      onClick={props.onClear}
    >
      Clear answer
    </button>
  );
}

/**
 * What a radio-group question shares: its answer's refusal, if any, shown under it, and
 * Delete or Backspace on a radio withdrawing the answer.
 */
function useRadioAnswer(props: ItemFieldProps) {
  const [refusal, setRefusal] = useState<string | null>(null);
  const answer = (value: AnswerValue | null) => setRefusal(props.onAnswer(props.item.id, value));
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Delete' && event.key !== 'Backspace') return;
    if (!(event.target instanceof HTMLInputElement) || props.value === undefined) return;
    event.preventDefault();
    answer(null);
  };
  return { refusal, answer, onKeyDown };
}

function Refusal({ message }: { message: string | null }) {
  return message ? (
    <p className="field-error" role="alert">
      {message}
    </p>
  ) : null;
}

function FitField(props: ItemFieldProps & { item: FitQuestion }) {
  const { item, value } = props;
  const { refusal, answer, onKeyDown } = useRadioAnswer(props);
  return (
    <fieldset
      className="item-field"
      data-item={item.id}
      data-answered={value !== undefined}
      onKeyDown={onKeyDown}
    >
      <ItemLegend
        number={props.number}
        title={item.title}
        text={item.text}
        answered={value !== undefined}
      />
      <div className="choice-list">
        {item.options.map((option) => (
          <label key={option.value} className="choice">
            <input
              type="radio"
              name={item.id}
              value={option.value}
              checked={value === option.value}
              onChange={() => answer(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      {value !== undefined && <ClearAnswer title={item.title} onClear={() => answer(null)} />}
      <Refusal message={refusal} />
    </fieldset>
  );
}

function LikertField(props: ItemFieldProps & { item: MaturityItem }) {
  const { item, value } = props;
  const id = useId();
  const { refusal, answer, onKeyDown } = useRadioAnswer(props);
  const levels = Array.from({ length: LIKERT_MAX - LIKERT_MIN + 1 }, (_, i) => LIKERT_MIN + i);
  return (
    <fieldset
      className="item-field"
      data-item={item.id}
      data-answered={value !== undefined}
      onKeyDown={onKeyDown}
    >
      <ItemLegend
        number={props.number}
        title={item.title}
        text={item.text}
        answered={value !== undefined}
      />
      <div className="likert">
        <p className="anchor anchor-low" id={`${id}-low`}>
          <strong>1</strong> {item.low}
        </p>
        <div className="likert-levels">
          {levels.map((level) => (
            <label key={level} className="likert-level">
              <input
                type="radio"
                name={item.id}
                value={level}
                checked={value === level}
                aria-describedby={
                  level === LIKERT_MIN
                    ? `${id}-low`
                    : level === LIKERT_MAX
                      ? `${id}-high`
                      : undefined
                }
                onChange={() => answer(level)}
              />
              <span>{level}</span>
            </label>
          ))}
        </div>
        <p className="anchor anchor-high" id={`${id}-high`}>
          <strong>5</strong> {item.high}
        </p>
      </div>
      {value !== undefined && <ClearAnswer title={item.title} onClear={() => answer(null)} />}
      <Refusal message={refusal} />
    </fieldset>
  );
}

function DoraStepsField(props: ItemFieldProps & { item: DoraItem }) {
  const { item, value } = props;
  const { refusal, answer, onKeyDown } = useRadioAnswer(props);
  if (item.scale.kind !== 'steps') return null;
  return (
    <fieldset
      className="item-field"
      data-item={item.id}
      data-answered={value !== undefined}
      onKeyDown={onKeyDown}
    >
      <ItemLegend
        number={props.number}
        title={item.title}
        text={item.text}
        answered={value !== undefined}
      />
      <div className="choice-list dora-steps">
        {item.scale.labels.map((label, index) => (
          <label key={label} className="choice">
            <input
              type="radio"
              name={item.id}
              value={index + 1}
              checked={value === index + 1}
              onChange={() => answer(index + 1)}
            />
            <span>{label}</span>
          </label>
        ))}
      </div>
      {value !== undefined && <ClearAnswer title={item.title} onClear={() => answer(null)} />}
      <Refusal message={refusal} />
    </fieldset>
  );
}

function PercentField(props: ItemFieldProps & { item: DoraItem }) {
  const { item, value } = props;
  return (
    <fieldset className="item-field" data-item={item.id} data-answered={value !== undefined}>
      <ItemLegend
        number={props.number}
        title={item.title}
        text={item.text}
        answered={value !== undefined}
      />
      <ValidatedInput
        label={`${item.title} in %`}
        hideLabel
        className="percent-field"
        inputMode="decimal"
        value={value === undefined ? '' : answerFigure(item, value).replace(/\u00a0%$/, '')}
        placeholder="0–100"
        hint="A percentage from 0 to 100; lower is better. Leave empty if you do not know."
        after={<span className="field-suffix">%</span>}
        onEdit={(text) => {
          if (text.trim() === '') return props.onAnswer(item.id, null);
          const number = parseNumberInput(text, item.title);
          return typeof number === 'string' ? number : props.onAnswer(item.id, number);
        }}
      />
    </fieldset>
  );
}
