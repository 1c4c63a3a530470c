import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import {
  orgHintOfRound,
  recommendStructure,
  type AssessmentDoc,
  type OrgStructure,
  type Round,
} from '../../../shared/assessment';
import { assessmentTitleSchema } from '../../../shared/assessment/schemas/assessmentTitleSchema';
import { errorMessage } from '../../../shared/errorMessage';
import { useAppServices } from '../../app/AppServices';
import { navigate } from '../../app/route';
import { createOrgDesign } from './createOrgDesign';
import { useQuestionnaires } from '../questionnaireCatalogue';

const STRUCTURE_CHOICES: {
  value: OrgStructure;
  label: string;
  description: string;
  title: string;
}[] = [
  {
    value: 'flat',
    label: 'Flat organisation',
    description: 'One team of nine around one Service Master, carrying one IT service.',
    title: 'Flat DevOps team',
  },
  {
    value: 'matrix',
    label: 'Matrix organisation',
    description:
      'Experts in four functional pools, assigned to the Service Masters of two IT services.',
    title: 'Matrix organisation',
  },
];

interface Props {
  doc: AssessmentDoc;
  round: Round;
  workshopUrl: string;
  /** Where the new design is listed after. */
  assessmentUrl: string;
  onClose: () => void;
}

/**
 * From the result to an organisation design: the structure that fits the recommended type
 * (with the reasons), preselected but the coach's to choose; the new design is listed in the
 * workshop and opened.
 */
export function CreateOrgDesignDialog({ doc, round, workshopUrl, assessmentUrl, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const { repo } = useAppServices();
  const catalogue = useQuestionnaires();
  const recommendation = useMemo(
    () => recommendStructure(orgHintOfRound(doc, round.id, catalogue)),
    [doc, round.id, catalogue],
  );
  const [structure, setStructure] = useState<OrgStructure | null>(recommendation.structure);
  const [typedTitle, setTypedTitle] = useState<string>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const title =
    typedTitle ?? STRUCTURE_CHOICES.find((choice) => choice.value === structure)?.title ?? '';
  useEffect(() => dialog.current?.showModal(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!structure) {
      setError('Choose a flat or a matrix organisation.');
      return;
    }
    const parsed = assessmentTitleSchema.safeParse(title);
    if (!parsed.success) {
      setError(`${parsed.error.issues[0]?.message ?? 'The title is not valid'}.`);
      return;
    }
    setBusy(true);
    try {
      const design = await createOrgDesign({
        repo,
        workshopUrl,
        assessmentUrl,
        structure,
        title: parsed.data,
      });
      navigate({ name: 'artefact', workshopUrl, artefactUrl: design.url });
    } catch (failure) {
      setBusy(false);
      setError(`Could not create the design: ${errorMessage(failure)}. Nothing was changed.`);
    }
  };

  return (
    <dialog
      ref={dialog}
      className="dialog wide-dialog"
      aria-labelledby={`${id}-heading`}
      onClose={onClose}
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <h2 id={`${id}-heading`}>Create an organisation design</h2>
        <div className="structure-reasons">
          <p>
            {recommendation.structure
              ? `A ${recommendation.structure} organisation fits ${round.label}’s result:`
              : 'The result does not decide the structure yet:'}
          </p>
          <ul>
            {recommendation.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </div>
        <fieldset className="choice-list">
          <legend>Start from</legend>
          {STRUCTURE_CHOICES.map((choice) => (
            <label key={choice.value} className="choice">
              <input
                type="radio"
                name={`${id}-structure`}
                value={choice.value}
                checked={structure === choice.value}
                onChange={() => {
                  setStructure(choice.value);
                  setError(undefined);
                }}
              />
              <span>
                <strong>{choice.label}</strong>
                {choice.value === recommendation.structure ? ' (recommended)' : ''}{' '}
                <span className="muted">{choice.description}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor={`${id}-title`}>Title</label>
          <input
            id={`${id}-title`}
            value={title}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(event) => {
              setTypedTitle(event.target.value);
              setError(undefined);
            }}
          />
        </div>
        <p className="muted small">
          The people in it are placeholders named after their seats: rename them and add your own in
          the organisation design.
        </p>
        {error && (
          <p className="field-error" id={`${id}-error`} role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={() => dialog.current?.close()}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={busy}>
            Create design
          </button>
        </div>
      </form>
    </dialog>
  );
}
