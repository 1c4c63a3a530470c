// Runs every suite the README promises (type check, lint and layering, unit, browser, e2e) and
// ends with one line "N passed, N failed" totalling them all. Exits non-zero if anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const results = 'test-results';
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(command, args, env = {}) {
  const started = Date.now();
  const child = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return { ok: child.status === 0, seconds: ((Date.now() - started) / 1000).toFixed(1) };
}

/** Counts and failed tests' names from a vitest JSON report, or one failure when the run left none. */
function vitestCounts(file, ok) {
  if (!existsSync(file)) return { passed: 0, failed: 1, names: [] };
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const failed = report.numFailedTests + (ok || report.numFailedTests > 0 ? 0 : 1);
  const names = report.testResults.flatMap((file) =>
    file.assertionResults
      .filter((test) => test.status === 'failed')
      .map((test) => `${file.name.replace(`${process.cwd()}/`, '')} › ${test.fullName}`),
  );
  return { passed: report.numPassedTests, failed, names };
}

function playwrightCounts(file, ok) {
  if (!existsSync(file)) return { passed: 0, failed: 1, names: [] };
  const { stats, suites } = JSON.parse(readFileSync(file, 'utf8'));
  const failed = stats.unexpected + (ok || stats.unexpected > 0 ? 0 : 1);
  const names = [];
  const visit = (suite, path) => {
    for (const spec of suite.specs ?? []) {
      if (spec.tests.some((test) => test.status === 'unexpected')) {
        names.push(`${spec.file} › ${[...path, spec.title].join(' › ')}`);
      }
    }
    for (const child of suite.suites ?? []) visit(child, [...path, child.title]);
  };
  for (const suite of suites ?? []) visit(suite, []);
  return { passed: stats.expected + stats.flaky, failed, names };
}

const suites = [
  {
    name: 'typecheck',
    run: () => run(npm, ['run', '--silent', 'typecheck']),
    count: (ok) => ({ passed: ok ? 1 : 0, failed: ok ? 0 : 1 }),
  },
  {
    name: 'lint + layering',
    run: () => run(npm, ['run', '--silent', 'lint']),
    count: (ok) => ({ passed: ok ? 1 : 0, failed: ok ? 0 : 1 }),
  },
  ...['unit', 'browser'].map((project) => ({
    name: project,
    run: () =>
      run(npx, [
        'vitest',
        'run',
        '--project',
        project,
        '--reporter=default',
        '--reporter=json',
        `--outputFile.json=${results}/${project}.json`,
      ]),
    count: (ok) => vitestCounts(`${results}/${project}.json`, ok),
  })),
  {
    name: 'e2e',
    run: () => {
      const build = run(npm, ['run', '--silent', 'build']);
      if (!build.ok) return build;
      return run(npx, ['playwright', 'test', '--reporter=list,json'], {
        PLAYWRIGHT_JSON_OUTPUT_FILE: `${results}/e2e.json`,
      });
    },
    count: (ok) => playwrightCounts(`${results}/e2e.json`, ok),
  },
];

const tools = run('bash', ['scripts/install-test-tools.sh']);
if (!tools.ok) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const only = process.argv.slice(2);
let passed = 0;
let failed = 0;
const summary = [];
for (const suite of suites) {
  if (only.length > 0 && !only.includes(suite.name)) continue;
  console.log(`\n=== ${suite.name} ===`);
  const { ok, seconds } = suite.run();
  const counts = suite.count(ok);
  passed += counts.passed;
  failed += counts.failed;
  summary.push(`${suite.name}: ${counts.passed} passed, ${counts.failed} failed (${seconds} s)`);
  // Named again at the very end: CI keeps only the tail of a long log.
  for (const name of counts.names ?? []) summary.push(`  failed: ${name}`);
}
console.log(`\n${summary.join('\n')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
