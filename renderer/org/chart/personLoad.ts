import { effectiveCapacity } from '../../../shared/org/checks/weinberg';
import type { ScenarioModel } from '../../../shared/org/scenarioModel';

/** How full a person is in a scenario, as the charts colour and label them. */
export type LoadStatus = 'free' | 'full' | 'over';

export interface ChipLoad {
  /** Sum of their allocations, in % of one full-time person. */
  total: number;
  /** What they can work, in the same unit (capacity 0.8 FTE → 80). */
  capacity: number;
  status: LoadStatus;
  /** Distinct services (a flat team counts as one). */
  services: number;
  /** On several services with more planned than Weinberg says is left after switching. */
  switching: boolean;
}

/** Float noise from summing percentages must not count as over. */
const TOLERANCE = 1e-9;

/** Each placed person's load in a scenario, by person id. */
export function chipLoads(model: ScenarioModel): Map<string, ChipLoad> {
  const loads = new Map<string, ChipLoad>();
  for (const [personId, { person, allocation: total, services }] of model.byPerson) {
    const capacity = person.capacity * 100;
    loads.set(personId, {
      total,
      capacity,
      status:
        total > capacity + TOLERANCE ? 'over' : total >= capacity - TOLERANCE ? 'full' : 'free',
      services,
      switching:
        services >= 2 && total / 100 > effectiveCapacity(person.capacity, services) + TOLERANCE,
    });
  }
  return loads;
}

/** "80 %", "33.33 %": a percentage as the charts print it. */
export function percent(value: number): string {
  return `${Math.round(value * 100) / 100}\u00a0%`;
}

/** "2.5 FTE" from a sum of allocations in %. */
export function fte(percentTotal: number): string {
  return `${Math.round(percentTotal) / 100}\u00a0FTE`;
}
