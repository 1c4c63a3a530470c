import { useId, useMemo, useState } from 'react';
import {
  orgHintFrom,
  questionnaireFor,
  recommendStructure,
  roleGroupPillars,
  roundResult,
  type AssessmentDoc,
  type Round,
} from '../../../shared/assessment';
import { PillarRadar } from '../charts/PillarRadar';
import { DoraSection } from './DoraSection';
import { FitSection } from './FitSection';
import { MaturityTable } from './MaturitySection';
import { PartialNotice } from './PartialNotice';
import { roleGroupSeries, roomSeries } from './pillarSeries';
import { ReadinessSection } from './ReadinessSection';
import { useQuestionnaires } from '../questionnaireCatalogue';

interface Props {
  doc: AssessmentDoc;
  round: Round;
  onReveal: () => void;
  /** Absent when this build cannot open an organisation design. */
  onCreateOrgDesign?: () => void;
}

/**
 * The round's result from the room's answers (agreed values where recorded, else medians and
 * shares): the type that fits and why, maturity per pillar, readiness gaps with next steps,
 * DORA against the clusters, and the way on to an organisation design.
 */
export function ResultView({ doc, round, onReveal, onCreateOrgDesign }: Props) {
  const id = useId();
  const [radar, setRadar] = useState<'room' | 'roles'>('room');
  const catalogue = useQuestionnaires();
  const questionnaire = questionnaireFor(round.questionnaireVersion, catalogue);
  const { aggregate, result } = useMemo(
    () => roundResult(doc, round.id, catalogue),
    [doc, round.id, catalogue],
  );
  const groups = useMemo(
    () => roleGroupPillars(questionnaire, aggregate),
    [questionnaire, aggregate],
  );
  const structure = useMemo(
    () => recommendStructure(orgHintFrom(questionnaire, result.fit, aggregate.profile)),
    [questionnaire, result.fit, aggregate.profile],
  );

  if (!round.revealed) {
    return (
      <section className="panel" aria-labelledby={`${id}-hidden`}>
        <h2 id={`${id}-hidden`}>The result shows once the answers are revealed</h2>
        <p>
          The result is worked out from everyone’s answers, so it stays hidden with them. Reveal the
          answers when the room is ready.
        </p>
        <button type="button" className="primary" onClick={onReveal}>
          Reveal answers
        </button>
      </section>
    );
  }

  return (
    <div className="result-view">
      {result.status === 'partial' && (
        <PartialNotice result={result} questionnaire={questionnaire} />
      )}
      <section className="panel" aria-label="Type fit">
        <FitSection fit={result.fit} questionnaire={questionnaire} partialNotice={false} />
      </section>
      <div className="result-columns">
        <section className="panel" aria-label="Pillar maturity">
          <h2>Pillar maturity</h2>
          <fieldset className="segmented">
            <legend>Radar</legend>
            <label>
              <input
                type="radio"
                name={`${id}-radar`}
                checked={radar === 'room'}
                onChange={() => setRadar('room')}
              />
              <span>Room</span>
            </label>
            <label>
              <input
                type="radio"
                name={`${id}-radar`}
                checked={radar === 'roles'}
                disabled={groups.length === 0}
                onChange={() => setRadar('roles')}
              />
              <span>By role group</span>
            </label>
          </fieldset>
          <PillarRadar
            title={
              radar === 'room' ? 'Pillar maturity of the room' : 'Pillar maturity by role group'
            }
            series={radar === 'room' ? roomSeries(result.maturity) : roleGroupSeries(groups)}
          />
          <MaturityTable maturity={result.maturity} />
        </section>
        <div className="result-stack">
          {result.readiness.map((readiness) => (
            <section
              key={readiness.type}
              className="panel"
              aria-label={`Readiness for ${readiness.typeName}`}
            >
              <ReadinessSection readiness={readiness} />
            </section>
          ))}
          <section className="panel" aria-labelledby={`${id}-org`}>
            <h2 id={`${id}-org`}>Organisation design</h2>
            <p>
              {structure.structure
                ? `Structure that fits: ${structure.structure === 'flat' ? 'a flat organisation' : 'a matrix organisation'}.`
                : 'The result does not decide a structure yet.'}
            </p>
            <ul>
              {structure.reasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
            {onCreateOrgDesign && (
              <button type="button" onClick={onCreateOrgDesign}>
                Create an organisation design…
              </button>
            )}
          </section>
        </div>
      </div>
      <section className="panel" aria-label="Delivery performance">
        <DoraSection dora={result.dora} questionnaire={questionnaire} partialNotice={false} />
      </section>
    </div>
  );
}
