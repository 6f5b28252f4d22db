// @ts-check
/**
 * The reader's cost: each target page loaded cold in throttled Chromium (browser.mjs),
 * counting requests and encoded bytes by kind, the JavaScript that actually ran (V8
 * coverage, decoded bytes, inline scripts included), first and largest contentful paint
 * and the load event. Every figure is the median of `runs` loads.
 */
import { readerExpectations } from './budgets.mjs';
import { openMeasuredPage } from './browser.mjs';
import { median, usedBytes } from './stats.mjs';

/** @typedef {import('./report.mjs').Row} Row */
/** @typedef {import('./targets.mjs').Target} Target */

/** Paint and load times in ms from navigation start, read in the page. */
function readTimings() {
  return new Promise((resolve) => {
    /** @type {number | null} */
    let lcp = null;
    try {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) lcp = entry.startTime;
      }).observe({ type: 'largest-contentful-paint', buffered: true });
    } catch {
      // No LCP in this browser: reported as missing.
    }
    setTimeout(() => {
      const navigation = /** @type {PerformanceNavigationTiming | undefined} */ (performance.getEntriesByType('navigation')[0]);
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      resolve({ fcp: fcp ? fcp.startTime : null, lcp, load: navigation ? navigation.loadEventStart : null });
    }, 250);
  });
}

/**
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 */
async function loadOnce(browser, url) {
  const measured = await openMeasuredPage(browser, { throttle: true });
  try {
    const { page } = measured;
    await page.coverage.startJSCoverage({ resetOnNavigation: false });
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    // Give idle-time and visible islands their chance to load, as a reader who stays would.
    await page.waitForLoadState('networkidle', { timeout: 60_000 }).catch(() => undefined);
    const timings = /** @type {{ fcp: number | null, lcp: number | null, load: number | null }} */ (await page.evaluate(readTimings));
    const coverage = await page.coverage.stopJSCoverage();
    /** @type {Record<string, number>} */
    const bytes = { html: 0, css: 0, js: 0, font: 0, other: 0 };
    let pagefindRequests = 0;
    for (const response of measured.received) {
      bytes[response.kind] = (bytes[response.kind] ?? 0) + response.bytes;
      if (response.url.includes('/pagefind/')) pagefindRequests += 1;
    }
    const jsExecuted = coverage.reduce((sum, script) => sum + usedBytes(script.functions, script.source?.length ?? 0), 0);
    return { requests: measured.requests(), bytes, pagefindRequests, jsExecuted, ...timings };
  } finally {
    await measured.close();
  }
}

/**
 * @param {{ browser: import('playwright-core').Browser, baseUrl: string, targets: Target[], runs: number, log: (line: string) => void }} options
 * @returns {Promise<Row[]>}
 */
export async function measureReader({ browser, baseUrl, targets, runs, log }) {
  /** @type {Row[]} */
  const rows = [];
  for (const target of targets) {
    log(`reader: ${target.label} (${runs} load${runs > 1 ? 's' : ''})…`);
    /** @type {Awaited<ReturnType<typeof loadOnce>>[]} */
    const loads = [];
    for (let run = 0; run < runs; run += 1) loads.push(await loadOnce(browser, new URL(target.path.slice(1), baseUrl).href));
    const pick = (/** @type {(load: Awaited<ReturnType<typeof loadOnce>>) => number | null} */ read) => median(loads.map(read));
    const { budget, peer } = readerExpectations(target.kind);
    const row = (/** @type {string} */ section, /** @type {string} */ metric, /** @type {number | null} */ value, /** @type {Row['unit']} */ unit) =>
      rows.push({
        section,
        subject: target.label,
        kind: target.kind,
        metric,
        value,
        unit,
        ...(budget[metric] ? { budget: budget[metric] } : {}),
        ...(peer[metric] !== undefined ? { peer: peer[metric] } : {}),
      });
    const b = (/** @type {string} */ kind) => pick((l) => l.bytes[kind] ?? 0);
    row(
      'reader',
      'requests',
      pick((l) => l.requests),
      'count',
    );
    row('reader', 'HTML', b('html'), 'bytes');
    row('reader', 'CSS', b('css'), 'bytes');
    row('reader', 'JS', b('js'), 'bytes');
    row('reader', 'fonts', b('font'), 'bytes');
    row('reader', 'other', b('other'), 'bytes');
    row(
      'reader',
      'total',
      pick((l) => Object.values(l.bytes).reduce((s, n) => s + n, 0)),
      'bytes',
    );
    row(
      'reader',
      'HTML+CSS',
      pick((l) => (l.bytes.html ?? 0) + (l.bytes.css ?? 0)),
      'bytes',
    );
    row(
      'reader',
      'pagefind req',
      pick((l) => l.pagefindRequests),
      'count',
    );
    row(
      'reader-time',
      'JS executed',
      pick((l) => l.jsExecuted),
      'bytes',
    );
    row(
      'reader-time',
      'FCP',
      pick((l) => l.fcp),
      'ms',
    );
    row(
      'reader-time',
      'LCP',
      pick((l) => l.lcp),
      'ms',
    );
    row(
      'reader-time',
      'load',
      pick((l) => l.load),
      'ms',
    );
  }
  return rows;
}
