import { definedOnly } from './definedOnly';
import { mapDetailsSchema } from './schemas/mapDetailsSchema';
import { processTimeExceedsLeadTime } from './schemas/stepSchema';
import { formatDuration } from './timeUnits';
import type { Demand, MapScope, TimeConventions, ValueStreamMapDoc } from './ValueStreamMapDoc';
import { DEFAULT_TIME_CONVENTIONS, VALUE_STREAM_MAP_SCHEMA_VERSION } from './ValueStreamMapDoc';
import { parseOrThrow, VsmValidationError } from './VsmValidationError';

export type MapDetails = Pick<
  ValueStreamMapDoc,
  | 'title'
  | 'scope'
  | 'customer'
  | 'supplier'
  | 'timeConventions'
  | 'state'
  | 'linkedMapUrl'
  | 'demand'
>;

/** Changes to the map's own fields; `null` clears the link or the demand. */
export interface MapDetailsPatch {
  title?: string;
  scope?: Partial<MapScope>;
  customer?: string;
  supplier?: string;
  timeConventions?: Partial<TimeConventions>;
  state?: ValueStreamMapDoc['state'];
  linkedMapUrl?: string | null;
  demand?: Demand | null;
}

const BLANK_DETAILS: MapDetails = {
  title: '',
  scope: { trigger: '', outcome: '' },
  customer: '',
  supplier: '',
  timeConventions: DEFAULT_TIME_CONVENTIONS,
  state: 'current',
};

/** A new, empty current-state map with the default 8-hour day and 5-day week. */
export function newValueStreamMap(
  details: MapDetailsPatch & { title: string },
  now: number,
): ValueStreamMapDoc {
  const fields = validDetails(BLANK_DETAILS, details);
  const map: ValueStreamMapDoc = {
    schemaVersion: VALUE_STREAM_MAP_SCHEMA_VERSION,
    kind: 'valueStreamMap',
    title: fields.title,
    scope: fields.scope,
    customer: fields.customer,
    supplier: fields.supplier,
    timeConventions: fields.timeConventions,
    state: fields.state,
    steps: [],
    flows: { information: [], rework: [] },
    kaizens: [],
    createdAt: now,
  };
  if (fields.linkedMapUrl !== undefined) map.linkedMapUrl = fields.linkedMapUrl;
  if (fields.demand !== undefined) map.demand = fields.demand;
  return map;
}

/**
 * Changes title, scope, parties, time conventions, state, link or demand. A new working day
 * or week is refused if it would make a step's process time longer than its lead time.
 */
export function updateMapDetails(map: ValueStreamMapDoc, patch: MapDetailsPatch): void {
  const fields = validDetails(map, patch);
  for (const step of map.steps) {
    const exceeds = (conventions: TimeConventions) =>
      processTimeExceedsLeadTime(step.processTime, step.leadTime, conventions);
    // Only what the new day or week would newly make inconsistent; figures typed that way stay.
    if (exceeds(fields.timeConventions) && !exceeds(map.timeConventions)) {
      throw new VsmValidationError(
        'timeConventions',
        `With a ${fields.timeConventions.workingHoursPerDay}-hour day and ${fields.timeConventions.workingDaysPerWeek}-day week, “${step.name}” would take longer to work on (${formatDuration(step.processTime)}) than to pass through (${formatDuration(step.leadTime)})`,
      );
    }
  }

  if (map.title !== fields.title) map.title = fields.title;
  for (const key of ['trigger', 'outcome'] as const) {
    if (map.scope[key] !== fields.scope[key]) map.scope[key] = fields.scope[key];
  }
  if (map.customer !== fields.customer) map.customer = fields.customer;
  if (map.supplier !== fields.supplier) map.supplier = fields.supplier;
  const conventions = map.timeConventions;
  if (conventions.workingHoursPerDay !== fields.timeConventions.workingHoursPerDay) {
    conventions.workingHoursPerDay = fields.timeConventions.workingHoursPerDay;
  }
  if (conventions.workingDaysPerWeek !== fields.timeConventions.workingDaysPerWeek) {
    conventions.workingDaysPerWeek = fields.timeConventions.workingDaysPerWeek;
  }
  if (conventions.displayUnit !== fields.timeConventions.displayUnit) {
    conventions.displayUnit = fields.timeConventions.displayUnit;
  }
  if (map.state !== fields.state) map.state = fields.state;
  if (fields.linkedMapUrl === undefined) delete map.linkedMapUrl;
  else if (map.linkedMapUrl !== fields.linkedMapUrl) map.linkedMapUrl = fields.linkedMapUrl;
  if (fields.demand === undefined) delete map.demand;
  else if (!map.demand) map.demand = fields.demand;
  else {
    if (map.demand.quantity !== fields.demand.quantity)
      map.demand.quantity = fields.demand.quantity;
    if (map.demand.per !== fields.demand.per) map.demand.per = fields.demand.per;
  }
}

function validDetails(current: MapDetails, patch: MapDetailsPatch): MapDetails {
  const candidate: Record<string, unknown> = {
    title: patch.title ?? current.title,
    scope: { ...current.scope, ...definedOnly(patch.scope ?? {}) },
    customer: patch.customer ?? current.customer,
    supplier: patch.supplier ?? current.supplier,
    timeConventions: { ...current.timeConventions, ...definedOnly(patch.timeConventions ?? {}) },
    state: patch.state ?? current.state,
  };
  const linkedMapUrl = patch.linkedMapUrl === undefined ? current.linkedMapUrl : patch.linkedMapUrl;
  if (linkedMapUrl != null) candidate.linkedMapUrl = linkedMapUrl;
  const demand = patch.demand === undefined ? current.demand : patch.demand;
  if (demand != null) candidate.demand = { ...demand };
  return parseOrThrow(mapDetailsSchema, candidate);
}
