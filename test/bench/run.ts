import { benchAppShell } from './appShell.bench';
import { benchVsmMetrics } from './vsmMetrics.bench';
import { benchVsmRender } from './vsmRender.bench';

/** Runs every benchmark and prints one JSON object (medians and p95s). */
const results: Record<string, unknown> = {};
results.vsmMetrics = benchVsmMetrics();
results.vsmRender = await benchVsmRender();
results.appShell = await benchAppShell();
console.log(JSON.stringify(results, null, 2));
