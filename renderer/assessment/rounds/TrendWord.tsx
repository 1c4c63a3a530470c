import type { Trend } from '../../../shared/assessment';
import '../result/result.css';

const WORDS: Record<Trend | 'changed' | 'notComparable', { symbol: string; word: string }> = {
  better: { symbol: '▲', word: 'Better' },
  same: { symbol: '=', word: 'Same' },
  worse: { symbol: '▼', word: 'Worse' },
  changed: { symbol: '≠', word: 'Changed' },
  notComparable: { symbol: '–', word: 'Not comparable' },
};

/** Better / Same / Worse in a word and a symbol, coloured too but never by colour alone. */
export function TrendWord({ trend }: { trend: Trend | 'changed' | 'notComparable' }) {
  const { symbol, word } = WORDS[trend];
  return (
    <span className={`trend trend-${trend}`}>
      <span aria-hidden="true">{symbol}</span> {word}
    </span>
  );
}
