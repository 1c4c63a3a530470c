import type { OrgDesignDoc, Scenario } from '../../shared/org/OrgDesignDoc';

/** The scenario a design is summed up by: its baseline, else the first in display order. */
export function leadingScenario(design: OrgDesignDoc): Scenario | undefined {
  const { baselineScenarioId: baseline, scenarios } = design;
  if (baseline !== undefined && Object.hasOwn(scenarios, baseline)) return scenarios[baseline];
  return Object.values(scenarios).sort((a, b) => a.order - b.order)[0];
}

/** "3 services", "1 person". */
export function count(value: number, one: string, many: string): string {
  return `${value} ${value === 1 ? one : many}`;
}

/**
 * "Matrix · 12 people · 3 services": what a design is and how big, from counts alone, small
 * enough for the workshop home's first screen.
 */
export function designOutline(design: OrgDesignDoc): string {
  const scenarios = Object.keys(design.scenarios).length;
  return [
    leadingScenario(design)?.structure === 'matrix' ? 'Matrix' : 'Flat team',
    count(Object.keys(design.people).length, 'person', 'people'),
    count(Object.keys(design.services).length, 'service', 'services'),
    ...(scenarios > 1 ? [count(scenarios, 'scenario', 'scenarios')] : []),
  ].join(' · ');
}
