import { change, from, type Doc } from '@automerge/automerge';
import { pathToFileURL } from 'node:url';
import { checkScenario } from '../../shared/org/checks/checkScenario';
import type { OrgDesignDoc } from '../../shared/org/OrgDesignDoc';
import { setAllocation } from '../../shared/org/placementChanges';
import { largeDesign } from '../unit/shared/org/orgTestDesigns';
import { summarize } from './stats';

const WARM_UP_RUNS = 200;
const MEASURED_RUNS = 500;

/**
 * Milliseconds for every check of one scenario after one edit, on an Automerge document of
 * 300 people, 25 services, 8 pools and 600 placements: each sample changes one allocation
 * (not timed, reported as `edit`) and then times `checkScenario`. Goal: ≤ 2 ms median.
 */
export function benchOrgChecks() {
  let doc = from(largeDesign() as unknown as Record<string, unknown>) as Doc<OrgDesignDoc>;
  const keys = Object.keys(doc.scenarios.s1!.placements);
  const checkSamples: number[] = [];
  const editSamples: number[] = [];
  let findings = 0;
  for (let run = 0; run < WARM_UP_RUNS + MEASURED_RUNS; run++) {
    const key = keys[run % keys.length]!;
    const editStarted = performance.now();
    doc = change(doc, (draft) => setAllocation(draft, 's1', key, 40 + (run % 50)));
    const checkStarted = performance.now();
    findings = checkScenario(doc, 's1').length;
    const finished = performance.now();
    if (run < WARM_UP_RUNS) continue;
    editSamples.push(checkStarted - editStarted);
    checkSamples.push(finished - checkStarted);
  }
  return {
    checks: summarize(checkSamples, 3),
    edit: summarize(editSamples, 3),
    findings,
    goalMedianMs: 2,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify(benchOrgChecks()));
}
