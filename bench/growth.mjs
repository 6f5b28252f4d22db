// @ts-check
/**
 * Growth: how the build's cost and a page's weight change with the number of guides.
 * For each size, writes synthetic content (generate.mjs) into a temporary folder, builds
 * it cold (fresh OUT_DIR and CACHE_DIR each run) with the real `astro build` and
 * postbuild (Pagefind index, sitemap, headers, service worker), and measures time, peak
 * memory and the output. The real content/ is never touched.
 *
 * The builds run in a snapshot of the project (copied once, node_modules linked), because
 * Astro writes `.astro/content-modules.mjs` and, for an OUT_DIR outside the project,
 * `.astro/.prerender/` into the project root whatever OUT_DIR and CACHE_DIR say: two
 * builds in one checkout at once overwrite each other's files there. The snapshot also
 * keeps edits made to the tree during a run out of the figures.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { budgets, starlight } from './budgets.mjs';
import { generateGuides, generatePages, guideKeys } from './generate.mjs';
import { runMeasured } from './measure-process.mjs';
import { precacheCost } from './precache.mjs';
import { projectRoot } from './site.mjs';
import { linearProjection, median } from './stats.mjs';

const require = createRequire(import.meta.url);
const astroBin = join(dirname(require.resolve('astro/package.json')), 'bin/astro.mjs');

/** @typedef {import('./report.mjs').Row} Row */
/** @typedef {Awaited<ReturnType<typeof import('./site.mjs').loadSiteVocabulary>>} Site */

/**
 * The keys of the real guides (any locale), sorted: the synthetic guides reuse them, since
 * tool definitions link to guides by key and the build fails on a link to nowhere.
 */
export function realGuideKeys() {
  const dir = join(projectRoot, 'content', 'guides');
  if (!existsSync(dir)) return [];
  const keys = new Set();
  for (const locale of readdirSync(dir)) {
    for (const file of readdirSync(join(dir, locale))) if (file.endsWith('.mdx')) keys.add(file.slice(0, -'.mdx'.length));
  }
  return [...keys].sort();
}

/**
 * Writes one size's content folder and checks every file against the real schemas first,
 * so a generator mistake reads as such rather than as a build failure.
 * @param {string} dir @param {number} perLocale @param {Site} site
 * @param {{ seed: string, toolShare: number, reservedKeys: readonly string[] }} options
 */
export function writeSyntheticContent(dir, perLocale, site, options) {
  const guides = generateGuides({ perLocale, site, ...options });
  const files = [...guides, ...generatePages({ site, seed: options.seed })];
  for (const file of files) {
    const { frontmatter } = parseFrontmatter(file.text);
    const schema = file.path.startsWith('guides/') ? site.guideSchema : site.pageSchema;
    const result = schema.safeParse(frontmatter);
    if (!result.success) throw new Error(`Synthetic ${file.path} does not match the schema: ${JSON.stringify(/** @type {any} */ (result).error?.issues)}`);
    mkdirSync(dirname(join(dir, file.path)), { recursive: true });
    writeFileSync(join(dir, file.path), file.text);
  }
  return guides;
}

/** Top-level entries of the project a build does not need (outputs, caches, history). */
const notInSnapshot = new Set(['.astro', '.git', 'node_modules', 'dist', '.test-dist', '.test-results', 'bench-results']);

/**
 * Copies the project into `dir` for building (see the header), linking node_modules.
 * @param {string} dir
 */
export function snapshotProject(dir) {
  mkdirSync(dir, { recursive: true });
  for (const entry of readdirSync(projectRoot)) {
    if (!notInSnapshot.has(entry)) cpSync(join(projectRoot, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/** Sizes of everything under `dir`, in bytes. */
function folderBytes(/** @type {string} */ dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += statSync(join(entry.parentPath, entry.name)).size;
  }
  return total;
}

/**
 * What a build produced: total and Pagefind bytes, the number of HTML pages, and the HTML
 * of every guide page by `<locale>/<key>`.
 * @param {string} dist @param {readonly string[]} locales
 */
export function distStats(dist, locales) {
  let htmlPages = 0;
  for (const entry of readdirSync(dist, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.html')) htmlPages += 1;
  }
  /** @type {Map<string, string>} */
  const guideHtml = new Map();
  for (const locale of locales) {
    const guidesDir = join(dist, locale, 'guides');
    if (!existsSync(guidesDir)) continue;
    for (const key of readdirSync(guidesDir)) {
      const file = join(guidesDir, key, 'index.html');
      if (existsSync(file)) guideHtml.set(`${locale}/${key}`, readFileSync(file, 'utf8'));
    }
  }
  const pagefind = join(dist, 'pagefind');
  return { totalBytes: folderBytes(dist), pagefindBytes: existsSync(pagefind) ? folderBytes(pagefind) : 0, htmlPages, guideHtml };
}

/**
 * @param {{ sizes: number[], runs: number, seed: string, toolShare: number, keepLargest: boolean, site: Site, log: (line: string) => void }} options
 * @returns {Promise<{ rows: Row[], notes: string[], largest?: { dist: string, perLocale: number }, cleanup: () => void }>}
 *   `largest`: the last build of the largest size, kept (when `keepLargest`) until `cleanup()`
 */
export async function measureGrowth(options) {
  const root = mkdtempSync(join(tmpdir(), 'pw-bench-'));
  const cleanup = () => rmSync(root, { recursive: true, force: true });
  try {
    return { ...(await buildSizes(root, options)), cleanup };
  } catch (error) {
    cleanup();
    throw error;
  }
}

/**
 * @param {string} root temporary folder for content, output and caches
 * @param {Parameters<typeof measureGrowth>[0]} options
 */
async function buildSizes(root, { sizes, runs, seed, toolShare, keepLargest, site, log }) {
  const project = snapshotProject(join(root, 'project'));
  /** @type {Row[]} */
  const rows = [];
  const notes = [];
  const smallest = Math.min(...sizes);
  const reservedKeys = realGuideKeys();
  // The same guides at every size (the generator is prefix-stable): any growth is the chrome's.
  const sharedKeys = guideKeys(smallest, reservedKeys);
  const largestSize = Math.max(...sizes);
  /** @type {{ dist: string, perLocale: number } | undefined} */
  let largest;
  /** @type {{ perLocale: number, pages: number, seconds: number, cpu: number | null, htmlSameKeys: number | null }[]} */
  const points = [];
  /** @type {NodeJS.ProcessEnv} */
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  // The growth builds take only what they are given: no fixtures, no base path.
  for (const name of ['INCLUDE_FIXTURES', 'PAGES_DIR', 'BASE_PATH', 'OUT_DIR', 'CACHE_DIR']) delete env[name];

  for (const perLocale of sizes) {
    const contentDir = join(root, `content-${perLocale}`);
    writeSyntheticContent(contentDir, perLocale, site, { seed, toolShare, reservedKeys });
    /** @type {{ seconds: number, cpu: number | null, astro: number, postbuild: number, peak: number }[]} */
    const measured = [];
    /** @type {ReturnType<typeof distStats> | undefined} */
    let stats;
    /** @type {Awaited<ReturnType<typeof precacheCost>>} */
    let precache;
    for (let run = 0; run < runs; run += 1) {
      const outDir = join(root, `dist-${perLocale}-${run}`);
      const cacheDir = join(root, `cache-${perLocale}-${run}`);
      const buildEnv = { ...env, CONTENT_DIR: contentDir, OUT_DIR: outDir, CACHE_DIR: cacheDir };
      log(`growth: ${perLocale} guides per locale, build ${run + 1} of ${runs}…`);
      const astro = await runMeasured(process.execPath, [astroBin, 'build'], { cwd: project, env: buildEnv });
      if (astro.status !== 0) throw new Error(`astro build of ${perLocale} synthetic guides per locale failed:\n${astro.output.split('\n').slice(-40).join('\n')}`);
      const post = await runMeasured(process.execPath, [join(project, 'scripts/postbuild.mjs')], { cwd: project, env: buildEnv });
      if (post.status !== 0) throw new Error(`postbuild of ${perLocale} synthetic guides per locale failed:\n${post.output.split('\n').slice(-40).join('\n')}`);
      const cpu = astro.cpuSeconds !== undefined && post.cpuSeconds !== undefined ? astro.cpuSeconds + post.cpuSeconds : null;
      measured.push({ seconds: astro.seconds + post.seconds, cpu, astro: astro.seconds, postbuild: post.seconds, peak: Math.max(astro.peakBytes, post.peakBytes) });
      if (!stats) {
        stats = distStats(outDir, site.localeCodes);
        precache = await precacheCost(outDir);
      }
      rmSync(cacheDir, { recursive: true, force: true });
      if (keepLargest && perLocale === largestSize && run === runs - 1) largest = { dist: outDir, perLocale };
      else rmSync(outDir, { recursive: true, force: true });
    }
    if (!stats) continue;

    const seconds = /** @type {number} */ (median(measured.map((m) => m.seconds)));
    const cpu = median(measured.map((m) => m.cpu));
    const pages = stats.htmlPages;
    const htmlAll = median([...stats.guideHtml.values()].map((html) => Buffer.byteLength(html)));
    const sameKeys = site.localeCodes.flatMap((locale) => sharedKeys.map((key) => stats?.guideHtml.get(`${locale}/${key}`) ?? ''));
    const htmlSameKeys = median(sameKeys.filter(Boolean).map((html) => Buffer.byteLength(html)));
    const gzipSameKeys = median(sameKeys.filter(Boolean).map((html) => gzipSync(html, { level: 9 }).length));
    points.push({ perLocale, pages, seconds, cpu, htmlSameKeys });

    const peer = starlight.build[perLocale];
    const subject = `${perLocale}/locale`;
    const row = (/** @type {string} */ metric, /** @type {number | null} */ value, /** @type {Row['unit']} */ unit, /** @type {Partial<Row>} */ extra = {}) =>
      rows.push({ section: 'growth', subject, metric, value, unit, ...extra });
    row('pages', pages, 'count', peer ? { peer: peer.pages } : {});
    row('build', seconds, 's', {
      ...(pages >= 900 ? { budget: { max: (budgets.build.secondsPer900Pages * pages) / 900 } } : {}),
      ...(peer ? { peer: peer.seconds } : {}),
    });
    row('per page', (seconds / pages) * 1000, 'ms', peer ? { peer: (peer.seconds / peer.pages) * 1000 } : {});
    row('CPU', cpu, 's');
    row('astro', median(measured.map((m) => m.astro)), 's');
    row('postbuild', median(measured.map((m) => m.postbuild)), 's');
    row('peak memory', median(measured.map((m) => m.peak)), 'bytes', peer?.peakMemory ? { peer: peer.peakMemory } : {});
    row('dist', stats.totalBytes, 'bytes');
    row('pagefind', stats.pagefindBytes, 'bytes');
    if (precache) row('SW precache, largest locale', precache.bytes, 'bytes');
    row('HTML/guide', htmlAll, 'bytes', peer ? { peer: peer.htmlPerGuide } : {});
    row(`HTML/guide, first ${smallest}`, htmlSameKeys, 'bytes');
    row(`gzip, first ${smallest}`, gzipSameKeys, 'bytes');
  }

  const first = points[0];
  const last = points.at(-1);
  if (first && last && last !== first) {
    const subject = `${first.perLocale}→${last.perLocale}/locale`;
    const wall = linearProjection({ x: first.pages, y: first.seconds }, { x: last.pages, y: last.seconds }, 900);
    if (wall === null) notes.push(`The ${last.perLocale}/locale build took no longer than the ${first.perLocale}/locale one: the machine was too busy for a projection.`);
    const perExtraPage = wall === null ? null : ((last.seconds - first.seconds) / (last.pages - first.pages)) * 1000;
    rows.push({ section: 'trend', subject, metric: 'ms per extra page', value: perExtraPage, unit: 'ms' });
    // Starlight's 905-page build (300 guides per locale) is the comparison for 900 pages.
    const peer = starlight.build[300];
    rows.push({ section: 'trend', subject, metric: '900 pages (projected)', value: wall, unit: 's', budget: { max: budgets.build.secondsPer900Pages }, ...(peer ? { peer: peer.seconds } : {}) });
    if (first.cpu !== null && last.cpu !== null) {
      const cpu = linearProjection({ x: first.pages, y: first.cpu }, { x: last.pages, y: last.cpu }, 900);
      rows.push({ section: 'trend', subject, metric: '900 pages, CPU (projected)', value: cpu, unit: 's' });
    }
    rows.push({
      section: 'trend',
      subject,
      metric: 'HTML growth, same guides',
      value: first.htmlSameKeys && last.htmlSameKeys ? last.htmlSameKeys / first.htmlSameKeys : null,
      unit: 'ratio',
      budget: { max: budgets.build.htmlGrowth },
      peer: starlight.htmlGrowth,
    });
  }
  notes.push(
    `Growth builds are cold (fresh cache), ${runs === 1 ? 'one run' : `median of ${runs} runs`}; "build" is wall time of astro build + postbuild, "CPU" their user + system time (less sensitive to other work on the machine); "pages" counts every HTML file; "HTML/guide" is the decoded median over all guide pages, "first ${smallest}" over the guides every size shares.`,
  );
  return { rows, notes, ...(largest ? { largest } : {}) };
}
