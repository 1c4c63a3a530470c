import type { DocHandle } from '@automerge/automerge-repo/slim';
import { useId } from 'react';
import {
  currentAnswers,
  orderedRespondents,
  removeRespondent,
  renameRound,
  restoreRespondent,
  ROLE_GROUP_NAMES,
  ROLE_GROUPS,
  updateAssessmentDetails,
  updateRespondent,
  type AssessmentDoc,
  type RespondentIdentity,
  type RoleGroup,
} from '../../../shared/assessment';
import { useNotify } from '../../app/Notifications';
import { ValidatedInput } from '../../documents/fields/ValidatedInput';
import { respondentLabel } from '../respond/respondentLabel';
import { tryAssessmentChange } from '../tryAssessmentChange';

const IDENTITY_NAMES: Record<RespondentIdentity, string> = {
  named: 'By name',
  alias: 'Alias',
  anonymous: 'Anonymous',
};

/** The assessment's title, its rounds' names and its respondents, as the facilitator keeps them. */
export function DetailsView({
  handle,
  doc,
}: {
  handle: DocHandle<AssessmentDoc>;
  doc: AssessmentDoc;
}) {
  const id = useId();
  const notify = useNotify();
  const respondents = orderedRespondents(doc);
  const current = doc.rounds.at(-1)!;
  const report = (refusal: string | null) => {
    if (refusal) notify({ tone: 'error', message: refusal });
  };
  return (
    <div className="details-view">
      <section className="panel" aria-labelledby={`${id}-details`}>
        <h2 id={`${id}-details`}>Details</h2>
        <div className="details-grid">
          <ValidatedInput
            label="Title"
            value={doc.title}
            onEdit={(text) =>
              tryAssessmentChange(
                handle,
                (draft) => updateAssessmentDetails(draft, { title: text }),
                'title',
              )
            }
          />
          {doc.rounds.map((round) => (
            <ValidatedInput
              key={round.id}
              label={`Name of ${round.id === current.id ? 'the current round' : `round ${doc.rounds.indexOf(round) + 1}`}`}
              value={round.label}
              onEdit={(text) =>
                tryAssessmentChange(
                  handle,
                  (draft) => renameRound(draft, round.id, text),
                  `round:${round.id}`,
                )
              }
            />
          ))}
        </div>
      </section>
      <section className="panel" aria-labelledby={`${id}-people`}>
        <h2 id={`${id}-people`}>Respondents</h2>
        {respondents.length === 0 ? (
          <p className="muted">
            Nobody has answered yet. Respondents add themselves under “Answer”.
          </p>
        ) : (
          <table className="figures-table respondents-table">
            <caption className="visually-hidden">Respondents</caption>
            <thead>
              <tr>
                <th scope="col">Respondent</th>
                <th scope="col">Name or alias</th>
                <th scope="col">Shown as</th>
                <th scope="col">Role group</th>
                <th scope="col" className="number">
                  Answers in {current.label}
                </th>
                <th scope="col">In the results</th>
              </tr>
            </thead>
            <tbody>
              {respondents.map((respondent, index) => {
                const label = respondentLabel(respondent, index);
                return (
                  <tr key={respondent.id} className={respondent.removed ? 'is-removed' : undefined}>
                    <th scope="row">{label}</th>
                    <td>
                      {respondent.identity === 'anonymous' ? (
                        <span className="muted">No name stored</span>
                      ) : (
                        <ValidatedInput
                          label={`Name of ${label}`}
                          hideLabel
                          value={respondent.name}
                          onEdit={(text) =>
                            tryAssessmentChange(
                              handle,
                              (draft) => updateRespondent(draft, respondent.id, { name: text }),
                              `name:${respondent.id}`,
                            )
                          }
                        />
                      )}
                    </td>
                    <td>
                      <select
                        aria-label={`How the room sees ${label}`}
                        value={respondent.identity}
                        onChange={(event) =>
                          report(
                            tryAssessmentChange(handle, (draft) =>
                              updateRespondent(draft, respondent.id, {
                                identity: event.target.value as RespondentIdentity,
                              }),
                            ),
                          )
                        }
                      >
                        {(Object.keys(IDENTITY_NAMES) as RespondentIdentity[]).map((identity) => (
                          <option key={identity} value={identity}>
                            {IDENTITY_NAMES[identity]}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>
                      <select
                        aria-label={`Role group of ${label}`}
                        value={respondent.roleGroup ?? ''}
                        onChange={(event) =>
                          report(
                            tryAssessmentChange(handle, (draft) =>
                              updateRespondent(draft, respondent.id, {
                                roleGroup: (event.target.value || null) as RoleGroup | null,
                              }),
                            ),
                          )
                        }
                      >
                        <option value="">Not stated</option>
                        {ROLE_GROUPS.map((group) => (
                          <option key={group} value={group}>
                            {ROLE_GROUP_NAMES[group]}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td className="number">{currentAnswers(respondent, current.id).size}</td>
                    <td>
                      {respondent.removed ? (
                        <button
                          type="button"
                          aria-label={`Put ${label} back in the results`}
                          onClick={() =>
                            report(
                              tryAssessmentChange(handle, (draft) =>
                                restoreRespondent(draft, respondent.id),
                              ),
                            )
                          }
                        >
                          Put back
                        </button>
                      ) : (
                        <button
                          type="button"
                          className="danger"
                          aria-label={`Take ${label} out of the results`}
                          onClick={() =>
                            report(
                              tryAssessmentChange(handle, (draft) =>
                                removeRespondent(draft, respondent.id),
                              ),
                            )
                          }
                        >
                          Take out
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
        <p className="muted small">
          Taking someone out (a duplicate, a test) leaves their answers in the document but out of
          every figure; putting them back brings the answers back. Showing someone as anonymous
          hides their name from the room from then on.
        </p>
      </section>
    </div>
  );
}
