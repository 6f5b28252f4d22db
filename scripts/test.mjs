// `npm test`: every suite, in order, then one summary line `N passed, N failed`.
//   1. Vitest unit tests (pure modules: i18n, scoring, storage, normalisation…) and
//      `astro check` (TypeScript, strictest), which counts as one test
//   2. a build of the site with the test fixtures, into .test-dist/
//   3. Vitest end-to-end tests: real Chromium (Debian's) against that build, served on 127.0.0.1
// Chromium is found or installed first (see scripts/lib/chromium.mjs), so a missing browser
// stops the run with advice instead of failing test by test.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { ensureChromium } from './lib/chromium.mjs';

const resultsDir = resolve('.test-results');
rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });
const testDist = resolve('.test-dist');
const only = process.argv[2]; // optional: "unit" or "e2e"

let chromium;
if (only !== 'unit') {
  try {
    chromium = ensureChromium();
  } catch (error) {
    console.error(String(error instanceof Error ? error.message : error));
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}

const totals = { passed: 0, failed: 0, skipped: 0 };
const run = (command, args, env = {}) =>
  spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

/** Runs one Vitest config and adds its counts; a crash with no report counts as one failure. */
function vitestSuite(name, config, env = {}) {
  const output = resolve(resultsDir, `${name}.json`);
  const status = run('npx', ['vitest', 'run', '--config', config, '--reporter=default', '--reporter=json', `--outputFile.json=${output}`], env);
  if (!existsSync(output)) {
    console.error(`${name}: Vitest wrote no report (exit ${status})`);
    totals.failed += 1;
    return;
  }
  const report = JSON.parse(readFileSync(output, 'utf8'));
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests;
  totals.skipped += report.numPendingTests + (report.numTodoTests ?? 0);
  // A file that failed to load counts its tests as none; count the file as a failure.
  const brokenFiles = report.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length;
  totals.failed += brokenFiles;
  if (status !== 0 && report.numFailedTests === 0 && brokenFiles === 0) totals.failed += 1;
}

if (only !== 'e2e') {
  vitestSuite('unit', 'vitest.config.ts');
  // Type checking (astro check, strictest settings) counts as one test.
  console.log('\nType checking (astro check)…');
  if (run('npx', ['astro', 'check'], { ASTRO_TELEMETRY_DISABLED: '1' }) === 0) totals.passed += 1;
  else totals.failed += 1;
}

if (only !== 'unit') {
  console.log('\nBuilding the site with test fixtures into .test-dist/ …');
  const built = run('npm', ['run', 'build'], {
    INCLUDE_FIXTURES: '1',
    OUT_DIR: testDist,
    CACHE_DIR: resolve('node_modules/.astro-test'),
  });
  if (built !== 0) {
    console.error('The test build failed; end-to-end tests were not run.');
    totals.failed += 1;
  } else {
    vitestSuite('e2e', 'test/e2e/vitest.config.ts', { E2E_DIST: testDist, CHROMIUM_PATH: chromium ?? '' });
  }
}

const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
console.log(`\n${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(totals.failed > 0 ? 1 : 0);
