import { memo } from 'react';
import type { ChoiceItemAggregate } from '../../../shared/assessment';
import './charts.css';

/**
 * A fit question's answers: each option with a bar as long as its share and the count in
 * words, the agreed option marked "agreed". A list rather than a drawing, since option texts
 * are sentences that must wrap.
 */
export const ChoiceTally = memo(function ChoiceTally({
  aggregate,
}: {
  aggregate: ChoiceItemAggregate;
}) {
  const most = Math.max(1, ...aggregate.tally.map((entry) => entry.count));
  return (
    <ul className="choice-tally" aria-label={`Answers to ${aggregate.title}`}>
      {aggregate.tally.map((entry) => {
        const agreed = aggregate.agreed?.value === entry.value;
        return (
          <li key={entry.value} className={agreed ? 'is-agreed' : undefined}>
            <span className="tally-label">{entry.label}</span>
            <span className="tally-bar" aria-hidden="true">
              <span style={{ width: `${(entry.count / most) * 100}%` }} />
            </span>
            <span className="tally-count">
              {entry.count}
              {agreed ? ' · agreed' : ''}
            </span>
          </li>
        );
      })}
    </ul>
  );
});
