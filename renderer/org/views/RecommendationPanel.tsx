import { useId, useMemo, useState } from 'react';
import type { OrgDesignDoc, Scenario } from '../../../shared/org/OrgDesignDoc';
import {
  IMPLEMENTATION_TYPES,
  recommendStructure,
  type AssessmentHint,
  type ImplementationType,
} from '../../../shared/org/recommendStructure';
import { IMPLEMENTATION_TYPE_LABELS } from './assessmentHint';
import { RecommendationReasons } from './RecommendationReasons';

interface Props {
  design: OrgDesignDoc;
  scenario: Scenario;
  /** What an assessment of the workshop says, and its title; null when it holds none. */
  assessment: { hint: AssessmentHint | null; title: string } | null;
}

/**
 * Which structure fits — flat team or matrix — with each reason and its source, from the
 * design's services and people and, where the workshop holds an assessment, its
 * implementation type. Without one the coach can try a type to see what it would change.
 */
export function RecommendationPanel({ design, scenario, assessment }: Props) {
  const id = useId();
  const [tried, setTried] = useState<ImplementationType | ''>('');
  const fromAssessment = assessment?.hint?.recommendedType;
  const type = fromAssessment ?? (tried || undefined);
  const recommendation = useMemo(
    () => recommendStructure(design, type ? { recommendedType: type } : {}),
    [design, type],
  );
  const name = recommendation.structure === 'matrix' ? 'A matrix organisation' : 'A flat team';
  const follows = scenario.structure === recommendation.structure;
  return (
    <div className="org-recommendation">
      <section className="org-panel" aria-labelledby={`${id}-heading`}>
        <h2 id={`${id}-heading`}>Recommended: {name}</h2>
        <RecommendationReasons recommendation={recommendation} />
        <p className={follows ? 'org-ok-line' : 'org-alarm-line'}>
          {follows
            ? `✓ The scenario on screen, “${scenario.name}”, has this structure.`
            : `The scenario on screen, “${scenario.name}”, is a ${scenario.structure === 'matrix' ? 'matrix' : 'flat team'}: add or duplicate a scenario to try the recommended structure and compare the two.`}
        </p>
      </section>
      <section className="org-panel" aria-labelledby={`${id}-assessment`}>
        <h2 id={`${id}-assessment`}>Implementation type</h2>
        {fromAssessment ? (
          <p>
            From the assessment “{assessment!.title}”:{' '}
            <strong>{IMPLEMENTATION_TYPE_LABELS[fromAssessment]}</strong>.
          </p>
        ) : (
          <>
            <p className="org-muted">
              {assessment
                ? `The assessment “${assessment.title}” does not recommend a type yet.`
                : 'This workshop holds no implementation-type assessment.'}{' '}
              Try a type to see how it would weigh in; nothing is stored.
            </p>
            <div className="field">
              <label htmlFor={`${id}-type`}>Try an implementation type</label>
              <select
                id={`${id}-type`}
                value={tried}
                onChange={(event) => setTried(event.target.value as ImplementationType | '')}
              >
                <option value="">None — size alone</option>
                {IMPLEMENTATION_TYPES.map((each) => (
                  <option key={each} value={each}>
                    {IMPLEMENTATION_TYPE_LABELS[each]}
                  </option>
                ))}
              </select>
            </div>
          </>
        )}
      </section>
    </div>
  );
}
