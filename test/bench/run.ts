import { benchAppShell } from './appShell.bench';
import { benchAssessmentAggregate } from './assessmentAggregate.bench';
import { benchAssessmentRender } from './assessmentRender.bench';
import { benchOrgChecks } from './orgChecks.bench';
import { benchOrgRender } from './orgRender.bench';
import { benchReport } from './report.bench';
import { benchSync } from './sync.bench';
import { benchVsmMetrics } from './vsmMetrics.bench';
import { benchVsmRender } from './vsmRender.bench';

/**
 * Runs every benchmark and prints one JSON object (medians and p95s). `npm run bench -- name…`
 * runs only the named ones: vsmMetrics, vsmRender, orgChecks, orgRender, assessmentAggregate,
 * assessmentRender, appShell, report, sync.
 */
const benches: Record<string, () => unknown> = {
  vsmMetrics: benchVsmMetrics,
  vsmRender: benchVsmRender,
  orgChecks: benchOrgChecks,
  orgRender: benchOrgRender,
  assessmentAggregate: benchAssessmentAggregate,
  assessmentRender: benchAssessmentRender,
  appShell: benchAppShell,
  report: benchReport,
  sync: benchSync,
};
const wanted = process.argv.slice(2).filter((name) => name in benches);
const results: Record<string, unknown> = {};
for (const [name, bench] of Object.entries(benches)) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  console.error(`bench: ${name}…`);
  results[name] = await bench();
}
console.log(JSON.stringify(results, null, 2));
