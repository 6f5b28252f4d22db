// @ts-check
/**
 * `npm run lighthouse`: Lighthouse (mobile profile, its simulated Slow 4G and 4× CPU) on
 * each locale's home, a guide, the self-assessment and the search page of the built site,
 * served locally with gzip. Prints the four category scores and FCP/LCP against the budget
 * (100 in every category), writes bench-results/lighthouse-<timestamp>.json, and exits 0
 * unless it crashed. `--compare old.json` prints new/old ratios like `npm run bench`.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { chromiumArgs, ensureChromium } from '../scripts/lib/chromium.mjs';
import { startStaticServer } from '../scripts/lib/static-server.mjs';
import { lighthouseUsage, parseLighthouseArgs, UsageError } from './args.mjs';
import { budgets } from './budgets.mjs';
import { compareRows, renderComparison, renderReport } from './report.mjs';
import { ensureBuiltSite, loadSiteVocabulary, machineInfo, readResults, siteDir, writeResults } from './site.mjs';
import { pagesToVisit } from './targets.mjs';

/** @typedef {import('./report.mjs').Row} Row */

const categories = /** @type {const} */ (['performance', 'accessibility', 'best-practices', 'seo']);

/**
 * Starts Chromium with a DevTools port for Lighthouse to drive; resolves with the port.
 * @param {string} executablePath
 */
function startChromium(executablePath) {
  const profile = mkdtempSync(join(tmpdir(), 'pw-lighthouse-'));
  const child = spawn(executablePath, [...chromiumArgs, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  // The profile is removed once Chromium has exited, so it cannot write into it again.
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = once(child, 'exit');
      child.kill();
      await exited;
    }
    rmSync(profile, { recursive: true, force: true });
  };
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`Chromium did not open a DevTools port:\n${output}`));
    }, 30_000);
    child.stderr.on('data', (chunk) => {
      output += chunk;
      const port = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(output)?.[1];
      if (port) {
        clearTimeout(timer);
        resolve({ port: Number(port), stop });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      rmSync(profile, { recursive: true, force: true });
      reject(new Error(`Chromium exited (${code}) before opening a DevTools port:\n${output}`));
    });
  });
}

async function main() {
  const options = parseLighthouseArgs(process.argv.slice(2));
  if (options.help) {
    console.log(lighthouseUsage);
    return;
  }
  if (options.compare?.new) {
    const current = readResults(options.compare.new);
    console.log(renderComparison(compareRows(readResults(options.compare.old).rows, current.rows)));
    return;
  }
  const startedAt = new Date().toISOString();
  const site = await loadSiteVocabulary();
  const chromiumPath = ensureChromium();
  const dist = siteDir(options.dist);
  const notes = ['Lighthouse simulates a mid-range phone on Slow 4G; scores move by a few points between runs on a busy machine.'];
  if (ensureBuiltSite(dist)) notes.push(`The site was built into ${dist} for this run.`);
  const { targets, notes: skipped } = pagesToVisit(dist, site.localeCodes, { toolFreeGuide: false });
  notes.push(...skipped);

  const server = await startStaticServer({ root: dist, base: '/' });
  const chromium = /** @type {{ port: number, stop: () => Promise<void> }} */ (await startChromium(chromiumPath));
  /** @type {Row[]} */
  const rows = [];
  try {
    for (const target of targets) {
      console.error(`· lighthouse: ${target.label}…`);
      const url = new URL(target.path.slice(1), server.url).href;
      const run = async () => (await lighthouse(url, { port: chromium.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] }))?.lhr;
      let lhr = await run();
      // A trace sometimes fails to record on a busy machine (NO_NAVSTART); one retry.
      if (lhr?.runtimeError) lhr = await run();
      if (!lhr) {
        notes.push(`${target.path}: Lighthouse returned no report.`);
        continue;
      }
      if (lhr.runtimeError) notes.push(`${target.path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      const row = (/** @type {string} */ metric, /** @type {number | null} */ value, /** @type {Row['unit']} */ unit, /** @type {Partial<Row>} */ extra = {}) =>
        rows.push({ section: 'lighthouse', subject: target.label, kind: target.kind, metric, value, unit, ...extra });
      for (const id of categories) {
        const score = lhr.categories[id]?.score;
        row(id, typeof score === 'number' ? score * 100 : null, 'score', { budget: { min: budgets.lighthouseScore } });
      }
      row('FCP', lhr.audits['first-contentful-paint']?.numericValue ?? null, 'ms');
      row('LCP', lhr.audits['largest-contentful-paint']?.numericValue ?? null, 'ms');
      row('TBT', lhr.audits['total-blocking-time']?.numericValue ?? null, 'ms');
      row('CLS', lhr.audits['cumulative-layout-shift']?.numericValue ?? null, 'decimal');
      const failing = Object.values(lhr.audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
        .map((a) => a.id);
      if (failing.length) notes.push(`${target.path}: audits not passed: ${failing.join(', ')}.`);
    }
  } finally {
    await chromium.stop();
    await server.close();
  }

  notes.push(
    "Starlight scored 100 in all four categories (issue 7); its FCP/LCP under Lighthouse were not recorded there, so FCP/LCP carry no ✓/✗: compare with a Starlight run's JSON using --compare.",
  );
  const sections = {
    lighthouse: 'Lighthouse 13, mobile profile (simulated Slow 4G, CPU ×4) — scores out of 100; FCP, LCP, total blocking time in ms; layout shift',
  };
  const report = {
    format: 'parting-ways-bench/1',
    startedAt,
    finishedAt: new Date().toISOString(),
    machine: machineInfo(chromiumPath),
    options,
    sections,
    rows,
    notes,
  };
  console.log(`\n${renderReport(report)}\n`);
  console.log(`Written to ${writeResults('lighthouse-', report)}`);
  if (options.compare) console.log(`\nCompared with ${options.compare.old}:\n${renderComparison(compareRows(readResults(options.compare.old).rows, rows))}`);
}

main().catch((error) => {
  console.error(error instanceof UsageError ? error.message : error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
