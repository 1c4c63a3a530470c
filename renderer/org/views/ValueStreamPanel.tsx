import type { DocHandle } from '@automerge/automerge-repo/slim';
import { useId, useMemo, useState } from 'react';
import { orderedServices } from '../../../shared/org/orgLookup';
import type { OrgDesignDoc, Scenario } from '../../../shared/org/OrgDesignDoc';
import { handoffsByScenario, type HandoffUnit } from '../../../shared/org/valueStreamHandoffs';
import type { ValueStreamMapDoc } from '../../../shared/vsm/ValueStreamMapDoc';
import { useDocumentValue } from '../../documents/useDocument';
import { useWorkshopDocuments } from './useWorkshopDocuments';

interface Props {
  workshopUrl: string;
  design: OrgDesignDoc;
  scenario: Scenario;
}

/**
 * Conway's law as a number: for each scenario, how many times work passes between teams along
 * a value stream map of the workshop. The fewer handoffs, the better the structure fits the
 * flow.
 */
export function ValueStreamPanel({ workshopUrl, design, scenario }: Props) {
  const id = useId();
  const maps = useWorkshopDocuments<ValueStreamMapDoc>(workshopUrl, 'valueStreamMap');
  const [mapUrl, setMapUrl] = useState<string | null>(null);
  const chosen = maps.find((map) => map.url === mapUrl) ?? maps[0];
  if (!chosen) {
    return (
      <div className="org-empty">
        <h2>No value stream map in this workshop</h2>
        <p>
          Map the flow with a value stream map in this workshop: its steps’ roles tell which team
          does each, and this view then counts the handoffs between teams for every scenario.
        </p>
      </div>
    );
  }
  return (
    <div className="org-value-stream">
      {maps.length > 1 && (
        <div className="field org-narrow-field">
          <label htmlFor={`${id}-map`}>Value stream map</label>
          <select
            id={`${id}-map`}
            value={chosen.url}
            onChange={(event) => setMapUrl(event.target.value)}
          >
            {maps.map((map) => (
              <option key={map.url} value={map.url}>
                {map.handle.doc()?.title || 'Untitled map'}
              </option>
            ))}
          </select>
        </div>
      )}
      <MapHandoffs key={chosen.url} handle={chosen.handle} design={design} scenario={scenario} />
    </div>
  );
}

function MapHandoffs(props: {
  handle: DocHandle<ValueStreamMapDoc>;
  design: OrgDesignDoc;
  scenario: Scenario;
}) {
  const { design, scenario } = props;
  const id = useId();
  const map = useDocumentValue(props.handle);
  const [serviceId, setServiceId] = useState('');
  const services = orderedServices(design);
  const results = useMemo(
    () => handoffsByScenario(map, design, serviceId ? { serviceId } : {}),
    [map, design, serviceId],
  );
  const counted = results.filter((result) => result.connections > 0);
  const fewest = counted.length > 0 ? Math.min(...counted.map((result) => result.handoffs)) : null;
  const current = results.find((result) => result.scenarioId === scenario.id);
  const stepName = new Map(map.steps.map((step) => [step.id, step.name || 'Untitled step']));
  const unit = (each: HandoffUnit) =>
    each.kind === 'team' ? each.name : `${each.name} (outside the design)`;
  const hasMatrix = Object.values(design.scenarios).some((each) => each.structure === 'matrix');
  return (
    <>
      <p>
        Along “{map.title || 'Untitled map'}” ({map.steps.length}{' '}
        {map.steps.length === 1 ? 'step' : 'steps'}), each step’s role is given to the team that
        holds it in each scenario; work that passes from one team to another is a handoff.
      </p>
      {hasMatrix && services.length > 0 && (
        <div className="field org-narrow-field">
          <label htmlFor={`${id}-service`}>In a matrix, the map is of the service</label>
          <select
            id={`${id}-service`}
            value={serviceId}
            onChange={(event) => setServiceId(event.target.value)}
          >
            <option value="">The team holding most of its roles</option>
            {services.map((service) => (
              <option key={service.id} value={service.id}>
                {service.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <table className="org-table" aria-label="Handoffs between teams per scenario">
        <thead>
          <tr>
            <th scope="col">Scenario</th>
            <th scope="col">Handoffs between teams</th>
            <th scope="col">Connections counted</th>
            <th scope="col">Steps naming no role</th>
          </tr>
        </thead>
        <tbody>
          {results.map((result) => {
            const each = design.scenarios[result.scenarioId]!;
            const best = fewest !== null && result.connections > 0 && result.handoffs === fewest;
            return (
              <tr
                key={result.scenarioId}
                className={result.scenarioId === scenario.id ? 'is-current' : undefined}
              >
                <th scope="row">
                  {each.name}{' '}
                  <span className="org-muted">
                    ({each.structure === 'matrix' ? 'matrix' : 'flat'})
                  </span>
                </th>
                <td className="org-number">
                  {result.handoffs}
                  {best && counted.length > 1 && <strong> ✓ fewest</strong>}
                </td>
                <td className="org-number">{result.connections}</td>
                <td className="org-number">{result.unmappedStepIds.length}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {current && (
        <section aria-labelledby={`${id}-crossings`}>
          <h3 id={`${id}-crossings`}>Handoffs in “{scenario.name}”</h3>
          {current.crossings.length === 0 ? (
            <p className="org-muted">
              {current.connections === 0
                ? 'No connection between two steps that name a role: give the map’s steps their roles.'
                : 'None: one team does the whole flow.'}
            </p>
          ) : (
            <ol className="org-crossings">
              {current.crossings.map((crossing) => (
                <li key={`${crossing.fromStepId}-${crossing.toStepId}`}>
                  {stepName.get(crossing.fromStepId)} ({unit(crossing.from)}) →{' '}
                  {stepName.get(crossing.toStepId)} ({unit(crossing.to)})
                </li>
              ))}
            </ol>
          )}
        </section>
      )}
    </>
  );
}
