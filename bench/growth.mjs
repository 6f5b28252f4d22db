// @ts-check
/**
 * Growth: how the build's cost and a page's weight change with the number of guides.
 * For each size, writes synthetic content (generate.mjs) into a temporary folder, builds
 * it cold (fresh OUT_DIR and CACHE_DIR each run) with the real `astro build` and
 * its integration (Pagefind index, sitemap, headers, service worker), and measures time, peak
 * memory and the output. The real content/ is never touched. Unless told not to, the
 * Starlight reference (starlight.mjs) builds the same guides in the same run, each of its
 * builds paired with one of ours in alternating order (peer.mjs), so the report gives our
 * time ÷ Starlight's measured under the same load rather than against a stored figure.
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
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { budgets } from './budgets.mjs';
import { generateGuides, generatePages, guideKeys } from './generate.mjs';
import { runMeasured } from './measure-process.mjs';
import { pairOrder, peerRows, ratio } from './peer.mjs';
import { precacheCost } from './precache.mjs';
import { projectRoot } from './site.mjs';
import { ensureStarlight, starlightAstroBin, starlightCopy, starlightDir, writeStarlightContent } from './starlight.mjs';
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
 * so a generator mistake reads as such rather than as a build failure. Returns every file
 * written (guides and standalone pages).
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
  return files;
}

/** Top-level entries of the project a build does not need (outputs, caches, history, the benchmark and its Starlight install). */
const notInSnapshot = new Set(['.astro', '.git', 'node_modules', 'dist', '.test-dist', '.test-results', 'bench-results', 'bench']);

/**
 * Copies the project (or another checkout of it, `from`) into `dir` for building (see the
 * header), linking this checkout's node_modules.
 * @param {string} dir
 * @param {string} [from]
 */
export function snapshotProject(dir, from = projectRoot) {
  mkdirSync(dir, { recursive: true });
  for (const entry of readdirSync(from)) {
    if (!notInSnapshot.has(entry)) cpSync(join(from, entry), join(dir, entry), { recursive: true });
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
 * @param {{ sizes: number[], runs: number, seed: string, toolShare: number, starlight: boolean, project?: string | undefined, keepLargest: boolean, site: Site, log: (line: string) => void }} options
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

/** Seconds as the report prints them, for the progress log. */
const secondsText = (/** @type {number} */ s) => `${s.toFixed(1)} s`;

/**
 * @param {string} root temporary folder for content, output and caches
 * @param {Parameters<typeof measureGrowth>[0]} options
 */
async function buildSizes(root, { sizes, runs, seed, toolShare, starlight, project: from, keepLargest, site, log }) {
  const project = snapshotProject(join(root, 'project'), from ? resolve(from) : undefined);
  /** @type {string | undefined} */
  let starlightProject;
  if (starlight) {
    ensureStarlight(log);
    // Not a prefix of the output folders' names: Astro treats an outDir whose path starts
    // with the project's as inside it, and its prerender chunks then cannot find node_modules.
    starlightProject = starlightCopy(join(root, 'peer'));
  }
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
  /** @type {{ perLocale: number, pages: number, seconds: number, cpu: number | null, htmlSameKeys: number | null, starlightSeconds: number | null, starlightHtmlSameKeys: number | null }[]} */
  const points = [];
  /** @type {NodeJS.ProcessEnv} */
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  // The growth builds take only what they are given: no fixtures, no base path.
  for (const name of ['INCLUDE_FIXTURES', 'PAGES_DIR', 'BASE_PATH', 'OUT_DIR', 'CACHE_DIR', 'CONTENT_DIR']) delete env[name];
  // Every page of a locale is precached for offline reading: hundreds of synthetic guides go
  // far past the reader's budget (≈ 11 MB per locale at 300), which would stop the build.
  env['PRECACHE_BUDGET_BYTES'] = 'Infinity';
  /** @param {readonly string[]} keys @param {Map<string, string>} html */
  const medianBytes = (keys, html) =>
    median(
      site.localeCodes
        .flatMap((locale) => keys.map((key) => html.get(`${locale}/${key}`) ?? ''))
        .filter(Boolean)
        .map((text) => Buffer.byteLength(text)),
    );

  for (const perLocale of sizes) {
    const contentDir = join(root, `content-${perLocale}`);
    const files = writeSyntheticContent(contentDir, perLocale, site, { seed, toolShare, reservedKeys });
    if (starlightProject) writeStarlightContent(starlightProject, files);
    /** @type {{ seconds: number, cpu: number | null, astro: number, postbuild: number, peak: number }[]} */
    const measured = [];
    /** @type {{ ours?: import('./peer.mjs').BuildFigures, starlight?: import('./peer.mjs').BuildFigures }[]} */
    const pairs = [];
    /** @type {ReturnType<typeof distStats> | undefined} */
    let stats;
    /** @type {ReturnType<typeof distStats> | undefined} */
    let starlightStats;
    /** @type {Awaited<ReturnType<typeof precacheCost>>} */
    let precache;
    for (let run = 0; run < runs; run += 1) {
      /** @type {(typeof pairs)[number]} */
      const pair = {};
      pairs.push(pair);
      for (const which of pairOrder(run)) {
        if (which === 'starlight') {
          if (!starlightProject) continue;
          const outDir = join(root, `starlight-dist-${perLocale}-${run}`);
          const cacheDir = join(root, `starlight-cache-${perLocale}-${run}`);
          log(`growth: ${perLocale} guides per locale, Starlight build ${run + 1} of ${runs}…`);
          const build = await runMeasured(process.execPath, [starlightAstroBin(starlightProject), 'build'], {
            cwd: starlightProject,
            env: { ...env, OUT_DIR: outDir, CACHE_DIR: cacheDir },
          });
          if (build.status !== 0)
            throw new Error(`Starlight's build of ${perLocale} synthetic guides per locale failed:\n${build.output.split('\n').slice(-40).join('\n')}`);
          const built = distStats(outDir, site.localeCodes);
          starlightStats ??= built;
          pair.starlight = { seconds: build.seconds, cpu: build.cpuSeconds ?? null, peak: build.peakBytes, pages: built.htmlPages };
          log(`  Starlight: ${secondsText(build.seconds)}, ${built.htmlPages} pages`);
          rmSync(outDir, { recursive: true, force: true });
          rmSync(cacheDir, { recursive: true, force: true });
          continue;
        }
        const outDir = join(root, `dist-${perLocale}-${run}`);
        const cacheDir = join(root, `cache-${perLocale}-${run}`);
        const buildEnv = { ...env, CONTENT_DIR: contentDir, OUT_DIR: outDir, CACHE_DIR: cacheDir };
        log(`growth: ${perLocale} guides per locale, build ${run + 1} of ${runs}…`);
        const astro = await runMeasured(process.execPath, [astroBin, 'build'], { cwd: project, env: buildEnv });
        if (astro.status !== 0)
          throw new Error(`astro build of ${perLocale} synthetic guides per locale failed:\n${astro.output.split('\n').slice(-40).join('\n')}`);
        // The site's integration writes the search index, sitemap, headers and service workers
        // inside astro build and logs how long that took.
        const postMs = Number(/written in (\d+) ms/.exec(astro.output)?.[1] ?? Number.NaN);
        const cpu = astro.cpuSeconds ?? null;
        const figures = { seconds: astro.seconds, cpu, astro: astro.seconds - postMs / 1000, postbuild: postMs / 1000, peak: astro.peakBytes };
        measured.push(figures);
        if (!stats) {
          stats = distStats(outDir, site.localeCodes);
          precache = await precacheCost(outDir);
        }
        pair.ours = { seconds: figures.seconds, cpu, peak: figures.peak, pages: stats.htmlPages };
        log(`  ours: ${secondsText(figures.seconds)} (of which build steps ${secondsText(figures.postbuild)}), ${stats.htmlPages} pages`);
        rmSync(cacheDir, { recursive: true, force: true });
        if (keepLargest && perLocale === largestSize && run === runs - 1) largest = { dist: outDir, perLocale };
        else rmSync(outDir, { recursive: true, force: true });
      }
    }
    if (!stats) continue;

    const seconds = /** @type {number} */ (median(measured.map((m) => m.seconds)));
    const cpu = median(measured.map((m) => m.cpu));
    const pages = stats.htmlPages;
    const htmlAll = median([...stats.guideHtml.values()].map((html) => Buffer.byteLength(html)));
    const sameKeys = site.localeCodes.flatMap((locale) => sharedKeys.map((key) => stats?.guideHtml.get(`${locale}/${key}`) ?? ''));
    const htmlSameKeys = medianBytes(sharedKeys, stats.guideHtml);
    const gzipSameKeys = median(sameKeys.filter(Boolean).map((html) => gzipSync(html, { level: 9 }).length));
    const theirs = pairs.flatMap((p) => (p.starlight ? [p.starlight] : []));
    const starlightSeconds = median(theirs.map((b) => b.seconds));
    const starlightHtmlSameKeys = starlightStats ? medianBytes(sharedKeys, starlightStats.guideHtml) : null;
    points.push({ perLocale, pages, seconds, cpu, htmlSameKeys, starlightSeconds, starlightHtmlSameKeys });

    const subject = `${perLocale}/locale`;
    // Starlight's figures come from this run (peer.mjs); without it there is no peer column.
    const peer = (/** @type {number | null | undefined} */ value) => (typeof value === 'number' ? { peer: value } : {});
    const row = (/** @type {string} */ metric, /** @type {number | null} */ value, /** @type {Row['unit']} */ unit, /** @type {Partial<Row>} */ extra = {}) =>
      rows.push({ section: 'growth', subject, metric, value, unit, ...extra });
    row('pages', pages, 'count');
    row('build', seconds, 's', pages >= 900 ? { budget: { max: (budgets.build.secondsPer900Pages * pages) / 900 } } : {});
    row('per page', (seconds / pages) * 1000, 'ms');
    row('CPU', cpu, 's');
    row('astro', median(measured.map((m) => m.astro)), 's');
    row('postbuild', median(measured.map((m) => m.postbuild)), 's');
    row('peak memory', median(measured.map((m) => m.peak)), 'bytes');
    row('dist', stats.totalBytes, 'bytes');
    row('pagefind', stats.pagefindBytes, 'bytes');
    if (precache) row('SW precache, largest locale', precache.bytes, 'bytes');
    row('HTML/guide', htmlAll, 'bytes', peer(starlightStats ? median([...starlightStats.guideHtml.values()].map((html) => Buffer.byteLength(html))) : null));
    row(`HTML/guide, first ${smallest}`, htmlSameKeys, 'bytes', peer(starlightHtmlSameKeys));
    row(`gzip, first ${smallest}`, gzipSameKeys, 'bytes');
    rows.push(...peerRows(subject, pairs));
  }

  const first = points[0];
  const last = points.at(-1);
  if (first && last && last !== first) {
    const subject = `${first.perLocale}→${last.perLocale}/locale`;
    const wall = linearProjection({ x: first.pages, y: first.seconds }, { x: last.pages, y: last.seconds }, 900);
    if (wall === null)
      notes.push(`The ${last.perLocale}/locale build took no longer than the ${first.perLocale}/locale one: the machine was too busy for a projection.`);
    const perExtraPage = wall === null ? null : ((last.seconds - first.seconds) / (last.pages - first.pages)) * 1000;
    rows.push({ section: 'trend', subject, metric: 'ms per extra page', value: perExtraPage, unit: 'ms' });
    // Time per page at each size: linear growth keeps it from rising.
    rows.push({
      section: 'trend',
      subject,
      metric: 'per page, largest ÷ smallest',
      value: ratio(last.seconds / last.pages, first.seconds / first.pages),
      unit: 'ratio',
    });
    rows.push({ section: 'trend', subject, metric: '900 pages (projected)', value: wall, unit: 's', budget: { max: budgets.build.secondsPer900Pages } });
    if (first.cpu !== null && last.cpu !== null) {
      const cpu = linearProjection({ x: first.pages, y: first.cpu }, { x: last.pages, y: last.cpu }, 900);
      rows.push({ section: 'trend', subject, metric: '900 pages, CPU (projected)', value: cpu, unit: 's' });
    }
    rows.push({
      section: 'trend',
      subject,
      metric: 'HTML growth, same guides',
      value: ratio(last.htmlSameKeys, first.htmlSameKeys),
      unit: 'ratio',
      budget: { max: budgets.build.htmlGrowth },
      ...(first.starlightHtmlSameKeys && last.starlightHtmlSameKeys ? { peer: last.starlightHtmlSameKeys / first.starlightHtmlSameKeys } : {}),
    });
  }
  notes.push(
    `Growth builds are cold (fresh cache), ${runs === 1 ? 'one run' : `median of ${runs} runs`}; "build" is wall time of astro build (its integration included), "CPU" its user + system time (less sensitive to other work on the machine); "pages" counts every HTML file; "HTML/guide" is the decoded median over all guide pages, "first ${smallest}" over the guides every size shares.`,
  );
  if (starlight) {
    notes.push(
      `Side by side: Starlight ${starlightVersion()} (its defaults, Pagefind included, bench/starlight/) builds the same synthetic guides in the same run; each of its builds is paired with one of ours, in alternating order, and "time ratio", "CPU ratio" and "memory ratio" are the medians of the pairs' ours ÷ Starlight. Starlight's guides leave out the tool embeds (it has no such component).`,
    );
  }
  return { rows, notes, ...(largest ? { largest } : {}) };
}

/** The installed Starlight's version, for the notes. */
function starlightVersion() {
  try {
    return JSON.parse(readFileSync(join(starlightDir, 'node_modules', '@astrojs', 'starlight', 'package.json'), 'utf8')).version;
  } catch {
    return '(version unknown)';
  }
}
