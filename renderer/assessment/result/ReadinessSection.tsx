import { shortNumber, type Readiness } from '../../../shared/assessment';
import './result.css';

const STATUS_WORDS = { ready: 'Ready', gap: 'Gap', unanswered: 'Not answered' } as const;

/**
 * Whether each pillar is mature enough for the recommended type (judged by its weakest
 * component), and for each gap the items holding it back and the next step.
 */
export function ReadinessSection({
  readiness,
  heading: Heading = 'h2',
}: {
  readiness: Readiness;
  heading?: 'h2' | 'h3';
}) {
  return (
    <>
      <Heading>Ready for {readiness.typeName}?</Heading>
      <p>{readiness.why}</p>
      <table className="figures-table readiness-table">
        <caption className="visually-hidden">Readiness for {readiness.typeName}</caption>
        <thead>
          <tr>
            <th scope="col">Pillar</th>
            <th scope="col" className="number">
              Needs
            </th>
            <th scope="col" className="number">
              Weakest
            </th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {readiness.checks.map((check) => (
            <tr key={check.pillar} className={`readiness-${check.status}`}>
              <th scope="row">{check.name}</th>
              <td className="number">{check.required}</td>
              <td className="number">
                {check.weakest === null ? '—' : shortNumber(check.weakest)}
              </td>
              <td>
                <span className={`status-word status-${check.status}`}>
                  {STATUS_WORDS[check.status]}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {readiness.gaps.length === 0 ? (
        <p className="result-ok">No gaps: every answered pillar reaches the level it needs.</p>
      ) : (
        <ol className="gap-list">
          {readiness.gaps.map((gap) => (
            <li key={gap.pillar}>
              <strong>
                {gap.name}: {shortNumber(gap.weakest!)} of the {gap.required} needed.
              </strong>{' '}
              Holding it back:{' '}
              {gap.limitingItems
                .map((item) => `${item.title} (${shortNumber(item.value)})`)
                .join(', ')}
              .
              <br />
              <span className="next-step">Next step: {gap.nextStep}</span>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
