import { memo } from 'react';
import {
  answerFigure,
  isDivided,
  PILLAR_NAMES,
  roleSplits,
  shortNumber,
  type AnswerDot,
  type AnswerValue,
  type ItemAggregate,
  type QuestionnaireItem,
} from '../../../shared/assessment';
import { ChoiceTally } from '../charts/ChoiceTally';
import { ItemDistribution } from '../charts/ItemDistribution';
import { AgreedValueControl } from './AgreedValueControl';

export interface ItemCardProps {
  item: QuestionnaireItem;
  aggregate: ItemAggregate;
  /** Changes whenever anything the card shows changes: the card re-renders only then. */
  signature: string;
  onAgree: (itemId: string, value: AnswerValue | null) => string | null;
}

/**
 * One item as the facilitator discusses it: the figures (median, middle half, spread,
 * consensus), the answers as dots with who gave them, the role groups' views, a "divided"
 * flag in words, and the value the room agreed on.
 */
export const ItemCard = memo(
  function ItemCard({ item, aggregate, onAgree }: ItemCardProps) {
    const divided = isDivided(aggregate);
    const splits = roleSplits(item, aggregate);
    const kind =
      item.kind === 'fit' ? 'Fit' : item.kind === 'dora' ? 'DORA' : PILLAR_NAMES[item.pillar];
    return (
      <article
        className={`item-card${divided ? ' is-divided' : ''}`}
        aria-labelledby={`item-${item.id}`}
        data-item={item.id}
      >
        <header className="item-card-head">
          <h3 id={`item-${item.id}`}>{item.title}</h3>
          <span className="item-kind">{kind}</span>
          {divided && <span className="divided-flag">Divided</span>}
          {aggregate.agreed && (
            <span className="agreed-flag">
              Agreed: {answerFigure(item, aggregate.agreed.value)}
            </span>
          )}
        </header>
        <p className="item-question">{item.text}</p>
        <div className="item-card-body">
          <div className="item-chart">
            {aggregate.kind === 'fit' ? (
              <ChoiceTally aggregate={aggregate} />
            ) : (
              <ItemDistribution item={item} aggregate={aggregate} />
            )}
          </div>
          <dl className="item-figures">
            <div>
              <dt>Answers</dt>
              <dd>{aggregate.n}</dd>
            </div>
            {aggregate.kind === 'fit' ? (
              <div>
                <dt>Most chosen</dt>
                <dd>
                  {aggregate.modal.length === 0
                    ? '—'
                    : aggregate.modal.map((value) => answerFigure(item, value)).join(' / ')}
                </dd>
              </div>
            ) : (
              <>
                <div>
                  <dt>Median</dt>
                  <dd>{aggregate.summary ? answerFigure(item, aggregate.summary.median) : '—'}</dd>
                </div>
                <div>
                  <dt>Middle half (IQR)</dt>
                  <dd>
                    {aggregate.summary
                      ? `${shortNumber(aggregate.summary.q1)}–${shortNumber(aggregate.summary.q3)} (${shortNumber(aggregate.summary.iqr)})`
                      : '—'}
                  </dd>
                </div>
                <div>
                  <dt>Spread</dt>
                  <dd>
                    {aggregate.summary
                      ? `${shortNumber(aggregate.summary.min)}–${shortNumber(aggregate.summary.max)} (${shortNumber(aggregate.summary.range)})`
                      : '—'}
                  </dd>
                </div>
              </>
            )}
            <div>
              <dt>Consensus</dt>
              <dd>
                {aggregate.consensus === null
                  ? '—'
                  : `${Math.round(aggregate.consensus * 100)}\u00a0%`}
              </dd>
            </div>
          </dl>
        </div>
        {aggregate.n > 0 && <p className="who-answered">{whoAnswered(item, aggregate.dots)}</p>}
        {splits.length > 0 && (
          <p className="role-splits">
            {splits.map((split, index) => (
              <span key={split.roleGroup}>
                {index > 0 && ' · '}
                <strong>{split.name}</strong> sees {split.sees}
                <span className="muted"> ({split.n})</span>
              </span>
            ))}
          </p>
        )}
        <AgreedValueControl item={item} aggregate={aggregate} onAgree={onAgree} />
      </article>
    );
  },
  (before, after) =>
    before.signature === after.signature &&
    before.item === after.item &&
    before.onAgree === after.onAgree,
);

/** "2: Olga, Omar · 4: Dana, 2 anonymous" — who gave each answer, or how many. */
function whoAnswered(item: QuestionnaireItem, dots: AnswerDot[]): string {
  return dots
    .map((dot) => {
      const named = dot.respondents.flatMap((respondent) =>
        respondent.label ? [respondent.label] : [],
      );
      const anonymous = dot.respondents.length - named.length;
      const people = [...named, ...(anonymous > 0 ? [`${anonymous} anonymous`] : [])].join(', ');
      return `${answerFigure(item, dot.value)}: ${people}`;
    })
    .join(' · ');
}

/** What an item card shows, as one string: equal strings, equal cards. */
export function itemSignature(aggregate: ItemAggregate): string {
  return JSON.stringify([
    aggregate.n,
    aggregate.consensus,
    aggregate.agreed?.value,
    aggregate.dots.map((dot) => [
      dot.value,
      dot.respondents.map((r) => [r.respondentId, r.label, r.roleGroup]),
    ]),
    aggregate.kind === 'fit'
      ? aggregate.byRoleGroup.map((g) => [g.roleGroup, g.modal, g.n])
      : aggregate.byRoleGroup.map((g) => [g.roleGroup, g.summary.median, g.summary.n]),
  ]);
}
