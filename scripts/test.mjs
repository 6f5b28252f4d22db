// `npm test`: every suite, then one summary line `N passed, N failed`.
//   1. at the same time (each is mostly one process, so together they fill the cores):
//      Vitest unit tests (pure modules: i18n, scoring, storage, normalisation…),
//      `npm run lint` (ESLint, Prettier; counts as one test) and a build of the site with
//      the test fixtures, into .test-dist/
//   2. as soon as that build is done, at the same time: Vitest end-to-end tests (real
//      Chromium, Debian's, against that build, served on 127.0.0.1) and `astro check`
//      (TypeScript, strictest; one test).
//      astro check waits for the build because both write .astro/ in the project root.
// A step's output is printed whole when it ends (the e2e run's as it goes). Reports go to
// .test-results/ (ignored).
// Chromium is found or installed first (see scripts/lib/chromium.mjs), so a missing browser
// stops the run with advice instead of failing test by test.
import { spawn } from 'node:child_process';
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

/**
 * Runs a command with its output collected, printed whole (under a title) when it ends.
 * @param {string} title @param {string} command @param {string[]} args @param {Record<string, string>} env
 * @returns {Promise<number>} the exit status
 */
function run(title, command, args, env = {}, live = false) {
  const started = performance.now();
  return new Promise((resolveRun) => {
    if (live) console.log(`\n── ${title} ──`);
    const child = spawn(command, args, { stdio: live ? 'inherit' : 'pipe', env: { ...process.env, FORCE_COLOR: process.stdout.isTTY ? '1' : '0', ...env } });
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.on('close', (status) => {
      console.log(`\n── ${title} (${Math.round((performance.now() - started) / 1000)} s) ──\n${output.trimEnd()}`);
      resolveRun(status ?? 1);
    });
  });
}

/** Runs one Vitest config and adds its counts; a crash with no report counts as one failure. */
async function vitestSuite(name, config, env = {}) {
  const output = resolve(resultsDir, `${name}.json`);
  const status = await run(
    `${name} tests`,
    'npx',
    ['vitest', 'run', '--config', config, '--reporter=default', '--reporter=json', `--outputFile.json=${output}`],
    env,
    name === 'e2e',
  );
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

/** A command that counts as one test. */
async function oneTest(title, command, args, env = {}) {
  if ((await run(title, command, args, env)) === 0) totals.passed += 1;
  else totals.failed += 1;
}

const typeCheck = () => oneTest('Type checking (astro check)', 'npx', ['astro', 'check'], { ASTRO_TELEMETRY_DISABLED: '1' });

/** @type {Promise<unknown>[]} */
const first = [];
if (only !== 'e2e') {
  first.push(vitestSuite('unit', 'vitest.config.ts'));
  first.push(oneTest('Lint (ESLint, Prettier)', 'npm', ['run', 'lint']));
}
/** @type {Promise<number> | undefined} */
let built;
if (only !== 'unit') {
  console.log('Building the site with test fixtures into .test-dist/ …');
  built = run('Test build (.test-dist/)', 'npm', ['run', 'build'], {
    INCLUDE_FIXTURES: '1',
    OUT_DIR: testDist,
    CACHE_DIR: resolve('node_modules/.astro-test'),
  });
  first.push(built);
}
// End-to-end tests and the type check start as soon as the build is done (the type check
// waits for it because both write .astro/), while the unit tests and lint may still run.
/** @type {Promise<unknown>[]} */
const second = [];
if (built) {
  second.push(
    built.then((status) => {
      if (status === 0) return vitestSuite('e2e', 'test/e2e/vitest.config.ts', { E2E_DIST: testDist, CHROMIUM_PATH: chromium ?? '' });
      console.error('The test build failed; end-to-end tests were not run.');
      totals.failed += 1;
      return undefined;
    }),
  );
}
if (only !== 'e2e') second.push(built ? built.then(typeCheck) : typeCheck());
await Promise.all([...first, ...second]);

const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
console.log(`\n${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(totals.failed > 0 ? 1 : 0);
