import type { DocHandle } from '@automerge/automerge-repo/slim';
import {
  TIME_UNITS,
  updateMapDetails,
  type MapDetailsPatch,
  type TimeUnit,
  type ValueStreamMapDoc,
} from '../../shared/vsm';
import { NumberInput } from './fields/NumberInput';
import { ValidatedInput } from './fields/ValidatedInput';
import { tryMapChange } from './tryMapChange';

/** What the map covers and how its times count: scope, parties, conventions, demand. */
export function MapDetailsPanel({
  handle,
  map,
}: {
  handle: DocHandle<ValueStreamMapDoc>;
  map: ValueStreamMapDoc;
}) {
  const edit = (patch: MapDetailsPatch, field: string) =>
    tryMapChange(handle, (draft) => updateMapDetails(draft, patch), `map:${field}`);
  const conventions = map.timeConventions;
  return (
    <div className="map-details">
      <section className="panel" aria-labelledby="map-details-heading">
        <h2 id="map-details-heading">Map</h2>
        <div className="details-grid">
          <ValidatedInput
            label="Title"
            value={map.title}
            onEdit={(title) => edit({ title }, 'title')}
          />
          <ValidatedInput
            label="Scope starts with (trigger)"
            placeholder="e.g. idea accepted"
            value={map.scope.trigger}
            onEdit={(trigger) => edit({ scope: { trigger } }, 'trigger')}
          />
          <ValidatedInput
            label="Scope ends with (outcome)"
            placeholder="e.g. feature in production"
            value={map.scope.outcome}
            onEdit={(outcome) => edit({ scope: { outcome } }, 'outcome')}
          />
          <ValidatedInput
            label="Customer"
            value={map.customer}
            onEdit={(customer) => edit({ customer }, 'customer')}
          />
          <ValidatedInput
            label="Supplier"
            value={map.supplier}
            onEdit={(supplier) => edit({ supplier }, 'supplier')}
          />
          <div className="field">
            <span className="field-label">State</span>
            <span>{map.state === 'current' ? 'Current state' : 'Future state'}</span>
          </div>
        </div>
      </section>
      <section className="panel" aria-labelledby="conventions-heading">
        <h2 id="conventions-heading">Time conventions</h2>
        <p className="muted small">
          Days and weeks count working time. Every figure says which convention it used. The map,
          its ladder, the metrics and the report show every time in one unit; each step keeps the
          time as it was typed (hover a figure on the map to see it).
        </p>
        <div className="details-grid">
          <NumberInput
            label="Working day"
            suffix="h"
            value={conventions.workingHoursPerDay}
            onEdit={(value) => edit({ timeConventions: { workingHoursPerDay: value ?? 0 } }, 'day')}
          />
          <NumberInput
            label="Working week"
            suffix="days"
            value={conventions.workingDaysPerWeek}
            onEdit={(value) =>
              edit({ timeConventions: { workingDaysPerWeek: value ?? 0 } }, 'week')
            }
          />
          <label className="field">
            Show times in
            <select
              value={conventions.displayUnit}
              onChange={(event) =>
                edit({ timeConventions: { displayUnit: event.target.value as TimeUnit } }, 'unit')
              }
            >
              {TIME_UNITS.map((unit) => (
                <option key={unit} value={unit}>
                  {unit}
                </option>
              ))}
            </select>
          </label>
        </div>
      </section>
      <section className="panel" aria-labelledby="demand-heading">
        <h2 id="demand-heading">Customer demand (for takt time)</h2>
        <div className="details-grid">
          <NumberInput
            label="Demand"
            optional
            value={map.demand?.quantity}
            onEdit={(quantity) =>
              edit(
                {
                  demand:
                    quantity === undefined ? null : { quantity, per: map.demand?.per ?? 'weeks' },
                },
                'demand',
              )
            }
          />
          <label className="field">
            per
            <select
              value={map.demand?.per ?? 'weeks'}
              disabled={!map.demand}
              onChange={(event) =>
                map.demand &&
                edit(
                  {
                    demand: { quantity: map.demand.quantity, per: event.target.value as TimeUnit },
                  },
                  'per',
                )
              }
            >
              {TIME_UNITS.map((unit) => (
                <option key={unit} value={unit}>
                  {unit.replace(/s$/, '')}
                </option>
              ))}
            </select>
          </label>
        </div>
      </section>
    </div>
  );
}
