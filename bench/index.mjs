// @ts-check
/**
 * `npm run bench`: the site's cost to readers and the build's growth, against the budgets
 * of issue 7 and Starlight's figures. A benchmark, not a test: it prints one report, writes
 * it to bench-results/<timestamp>.json, and exits 0 unless it crashed.
 * Parts: growth (synthetic builds, ours and the Starlight reference side by side), reader
 * (page weight and timings in throttled Chromium), search (time to first result, bytes per
 * query). Options: see args.mjs or `--help`.
 */
import { startStaticServer } from '../scripts/lib/static-server.mjs';
import { ensureChromium } from '../scripts/lib/chromium.mjs';
import { benchUsage, parseBenchArgs, UsageError } from './args.mjs';
import { launchBrowser, throttleDescription } from './browser.mjs';
import { searchQueries } from './generate.mjs';
import { measureGrowth } from './growth.mjs';
import { measureReader } from './reader.mjs';
import { compareRows, renderComparison, renderReport } from './report.mjs';
import { precacheCost } from './precache.mjs';
import { measureColdSearches, measureSearchQueries } from './search.mjs';

/** Cold-search queries: one with hits in the page's language, one found only in another. */
const coldSearchQueries = {
  fa: { own: 'مشتری', elsewhere: 'invoice' },
  ar: { own: 'العميل', elsewhere: 'invoice' },
  en: { own: 'client', elsewhere: 'فاکتور' },
};
import { ensureBuiltSite, loadSiteVocabulary, machineInfo, readResults, siteDir, writeResults } from './site.mjs';
import { pagesToVisit } from './targets.mjs';

/** @typedef {import('./report.mjs').Row} Row */

const log = (/** @type {string} */ line) => console.error(`· ${line}`);

async function main() {
  const options = parseBenchArgs(process.argv.slice(2));
  if (options.help) {
    console.log(benchUsage);
    return;
  }
  if (options.compare?.new) {
    const old = readResults(options.compare.old);
    const current = readResults(options.compare.new);
    console.log(renderComparison(compareRows(old.rows, current.rows)));
    return;
  }

  const startedAt = new Date().toISOString();
  const site = await loadSiteVocabulary();
  /** @type {Row[]} */
  const rows = [];
  const notes = [
    'Figures from a shared 2-core machine are noisy; compare runs made under the same load. Bytes are encoded (gzip) body bytes as a static host sends them, 1 kB = 1000 B.',
  ];
  const runsText = options.runs === 1 ? 'one run' : `median of ${options.runs} runs`;
  const sections = {
    growth: `Growth — synthetic guides (fa/ar/en, 800–1200 words), cold builds, ${runsText}`,
    peer: `Side by side — ours and Starlight building the same guides in alternating pairs, ${runsText}; ratios are ours ÷ Starlight's`,
    trend: 'Growth trend — from the smallest to the largest size',
    reader: `Reader's cost — bytes on first visit; ${throttleDescription}; ${runsText}`,
    'reader-time': `Reader's cost — JavaScript executed (decoded bytes, V8 coverage) and timings in ms from navigation; ${runsText}`,
    search: `Search — last keystroke to first result on loopback, bytes fetched for the query (headers included), cold page; ${runsText}`,
  };

  let growth;
  if (options.parts.has('growth')) {
    growth = await measureGrowth({ ...options, keepLargest: options.parts.has('search'), site, log });
    rows.push(...growth.rows);
    notes.push(...growth.notes);
  }

  let chromiumPath;
  try {
    if (options.parts.has('reader') || options.parts.has('search')) {
      chromiumPath = ensureChromium();
      const dist = siteDir(options.dist);
      if (ensureBuiltSite(dist)) notes.push(`The site was built into ${dist} for this run.`);
      const server = await startStaticServer({ root: dist, base: '/' });
      const browser = await launchBrowser(chromiumPath);
      try {
        if (options.parts.has('reader')) {
          const { targets, notes: skipped } = pagesToVisit(dist, site.localeCodes);
          notes.push(...skipped);
          rows.push(...(await measureReader({ browser, baseUrl: server.url, targets, runs: options.runs, log })));
          const precache = await precacheCost(dist);
          if (precache) {
            for (const [locale, cost] of Object.entries(precache.locales)) {
              const subject = `service worker (${locale}), in the background`;
              rows.push({ section: 'reader', subject, kind: 'sw', metric: 'requests', value: cost.files, unit: 'count' });
              rows.push({ section: 'reader', subject, kind: 'sw', metric: 'total', value: cost.bytes, unit: 'bytes' });
            }
            notes.push(
              '"service worker (<locale>), in the background": what <locale>/sw.js precaches after a first page in that language has loaded (every file in its precache list, as served); the page rows exclude it.',
            );
          }
        }
        if (options.parts.has('search')) {
          const common = { browser, locales: site.localeCodes, queriesFor: searchQueries, runs: options.runs, log };
          const real = await measureSearchQueries({ ...common, dist, baseUrl: server.url, label: 'site', large: false });
          rows.push(...real.rows);
          notes.push(...real.notes);
          const cold = await measureColdSearches({
            browser,
            baseUrl: server.url,
            locales: site.localeCodes,
            queries: coldSearchQueries,
            runs: options.runs,
            log,
          });
          rows.push(...cold.rows);
          notes.push(...cold.notes);
          if (growth?.largest && real.rows.length > 0) {
            const synthetic = await startStaticServer({ root: growth.largest.dist, base: '/' });
            try {
              const label = `${growth.largest.perLocale}/locale`;
              const result = await measureSearchQueries({
                ...common,
                dist: growth.largest.dist,
                baseUrl: synthetic.url,
                label,
                large: growth.largest.perLocale >= 300,
              });
              rows.push(...result.rows);
              notes.push(...result.notes);
            } finally {
              await synthetic.close();
            }
          }
        }
      } finally {
        await browser.close();
        await server.close();
      }
    }
  } finally {
    growth?.cleanup();
  }

  const report = {
    format: 'parting-ways-bench/1',
    startedAt,
    finishedAt: new Date().toISOString(),
    machine: machineInfo(chromiumPath),
    options: { ...options, parts: [...options.parts] },
    sections,
    rows,
    notes,
  };
  console.log(`\n${renderReport(report)}\n`);
  console.log(`Written to ${writeResults('', report)}`);
  if (options.compare) {
    console.log(`\nCompared with ${options.compare.old}:\n${renderComparison(compareRows(readResults(options.compare.old).rows, rows))}`);
  }
}

main().catch((error) => {
  console.error(error instanceof UsageError ? error.message : error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
