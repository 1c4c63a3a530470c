import { shortNumber, type MaturityResult } from '../../../shared/assessment';
import './result.css';

/**
 * Maturity per pillar both ways: the mean of its items and the weakest component (ITIL: a
 * pillar is as mature as its least mature item), naming the items at the weakest level.
 */
export function MaturityTable({ maturity }: { maturity: MaturityResult }) {
  return (
    <table className="figures-table maturity-table">
      <caption className="visually-hidden">Maturity per pillar</caption>
      <thead>
        <tr>
          <th scope="col">Pillar</th>
          <th scope="col" className="number">
            Mean
          </th>
          <th scope="col" className="number">
            Weakest
          </th>
          <th scope="col">Weakest items</th>
          <th scope="col" className="number">
            Answered
          </th>
        </tr>
      </thead>
      <tbody>
        {maturity.pillars.map((pillar) => (
          <tr key={pillar.pillar}>
            <th scope="row">{pillar.name}</th>
            <td className="number">{pillar.mean === null ? '—' : shortNumber(pillar.mean)}</td>
            <td className="number">
              {pillar.weakest === null ? '—' : shortNumber(pillar.weakest)}
            </td>
            <td>{pillar.weakestItems.map((item) => item.title).join(', ') || '—'}</td>
            <td className="number">
              {pillar.answered} of {pillar.total}
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Overall</th>
          <td className="number">
            {maturity.overall.mean === null ? '—' : shortNumber(maturity.overall.mean)}
          </td>
          <td className="number">
            {maturity.overall.weakest === null ? '—' : shortNumber(maturity.overall.weakest)}
          </td>
          <td colSpan={2} className="muted">
            Mean of the pillar means; weakest pillar’s weakest level
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
