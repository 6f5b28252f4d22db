// @ts-check
/**
 * What the benchmark needs from the project around it: the site's vocabularies (imported
 * from the TypeScript sources), the built site to measure (built when
 * missing), a description of the machine, and the result files in bench-results/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { environment } from '../src/integration/environment.mjs';

export const projectRoot = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const resultsDir = join(projectRoot, 'bench-results');

/**
 * The site's locales, stages, ids, schemas, word counter and number format.
 * @returns {Promise<import('./generate.mjs').SiteVocabulary & { guideSchema: { safeParse(data: unknown): { success: boolean, error?: { issues: { path: PropertyKey[], message: string }[] } } }, pageSchema: { safeParse(data: unknown): { success: boolean } } }>}
 */
export async function loadSiteVocabulary() {
  // Vite sets NODE_ENV=development in this process when none is set; every build the
  // benchmark starts would inherit it and build in development mode (other bundles, larger
  // and slower), so it is put back as it was.
  const nodeEnv = process.env['NODE_ENV'];
  try {
    // Through Vite, as Astro loads the site's modules (extensionless TypeScript imports).
    const { module } = await runnerImport(fileURLToPath(new URL('./site-vocabulary.ts', import.meta.url)), { configFile: false, logLevel: 'silent' });
    return /** @type {any} */ (module);
  } finally {
    if (nodeEnv === undefined) delete process.env['NODE_ENV'];
    else process.env['NODE_ENV'] = nodeEnv;
  }
}

/** The built site to measure: --dist, else $OUT_DIR, else dist/. */
export function siteDir(/** @type {string | undefined} */ dist) {
  return resolve(projectRoot, dist ?? environment.outDir);
}

/**
 * Builds the site into `dir` with `npm run build` when it has no index.html yet.
 * @param {string} dir
 * @returns {boolean} whether a build was run
 */
export function ensureBuiltSite(dir) {
  if (existsSync(join(dir, 'index.html'))) return false;
  console.log(`No built site in ${dir}: building it (npm run build)…`);
  const result = spawnSync('npm', ['run', 'build'], { cwd: projectRoot, stdio: 'inherit', env: { ...process.env, OUT_DIR: dir } });
  if (result.status !== 0) throw new Error(`npm run build failed (exit ${result.status}); cannot measure the site.`);
  return true;
}

/** Enough about the machine to read the figures in context. */
export function machineInfo(/** @type {string | undefined} */ chromiumPath) {
  const cpu = cpus();
  let chromium;
  if (chromiumPath) chromium = spawnSync(chromiumPath, ['--version'], { encoding: 'utf8' }).stdout?.trim();
  return {
    cpus: cpu.length,
    cpuModel: cpu[0]?.model ?? 'unknown',
    memoryBytes: totalmem(),
    node: process.version,
    ...(chromium ? { chromium } : {}),
  };
}

/**
 * Writes a result to bench-results/<prefix><timestamp>.json and returns the path.
 * @param {string} prefix
 * @param {object} result
 */
export function writeResults(prefix, result) {
  mkdirSync(resultsDir, { recursive: true });
  const file = join(resultsDir, `${prefix}${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  return file;
}

/** @param {string} file @returns {import('./report.mjs').Report} */
export function readResults(file) {
  const data = JSON.parse(readFileSync(resolve(file), 'utf8'));
  if (!Array.isArray(data?.rows)) throw new Error(`${file} is not a benchmark result (no "rows").`);
  return data;
}
