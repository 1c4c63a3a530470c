import type { StructureRecommendation } from '../../../shared/org/recommendStructure';

/** Each reason of a recommendation: what it points to, whether it decided, and its source. */
export function RecommendationReasons({
  recommendation,
}: {
  recommendation: StructureRecommendation;
}) {
  return (
    <ul className="org-reasons">
      {recommendation.reasons.map((reason) => (
        <li key={reason.text} className={reason.decisive ? 'is-decisive' : undefined}>
          <span className="org-reason-mark">
            {reason.decisive ? '✓ Decides' : reason.favours === null ? '· Neutral' : '· Weighs'}
            {reason.favours
              ? ` — points to ${reason.favours === 'matrix' ? 'a matrix' : 'a flat team'}`
              : ''}
          </span>
          <span className="org-reason-text">{reason.text}.</span>
          <span className="org-check-source">{reason.source}</span>
        </li>
      ))}
    </ul>
  );
}
