// @ts-check
/**
 * Search: for a few queries per locale, the time from the last keystroke to the first
 * result on screen, and what was fetched for the query. The measuring itself is the search
 * island's own helper (scripts/lib/search-timing.mjs: it types into `[data-search]` on
 * `/<locale>/search/` and waits for the island to mark that query's results done); this
 * module runs it cold (fresh context, no cache, no service worker, unthrottled: the budget
 * is for loopback), takes medians and adds budgets. Without a search island on the built
 * page, or when a query times out, it says so in a note and goes on.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { measureColdSearch, measureSearch } from '../scripts/lib/search-timing.mjs';
import { budgets, starlight } from './budgets.mjs';
import { openMeasuredPage } from './browser.mjs';
import { median } from './stats.mjs';

/** @typedef {import('./report.mjs').Row} Row */

/** Whether the built search page carries the island's root (`data-search`). */
export function hasSearchIsland(/** @type {string} */ dist, /** @type {string} */ locale) {
  const file = join(dist, locale, 'search', 'index.html');
  return existsSync(file) && /\sdata-search[\s=>]/.test(readFileSync(file, 'utf8'));
}

/**
 * @param {{ browser: import('playwright-core').Browser, dist: string, baseUrl: string, label: string, locales: readonly string[], queriesFor: (locale: string) => string[], runs: number, large: boolean, log: (line: string) => void }} options
 *   `large`: a site with ~300 guides per locale, judged against Starlight's figures at that size
 * @returns {Promise<{ rows: Row[], notes: string[] }>}
 */
export async function measureSearchQueries({ browser, dist, baseUrl, label, locales, queriesFor, runs, large, log }) {
  /** @type {Row[]} */
  const rows = [];
  const notes = [];
  for (const locale of locales) {
    if (!hasSearchIsland(dist, locale)) {
      notes.push(`Search (${label}): /${locale}/search/ has no search island yet; not measured.`);
      continue;
    }
    const url = new URL(`${locale}/search/`, baseUrl).href;
    for (const query of queriesFor(locale)) {
      log(`search (${label}): ${locale} "${query}"…`);
      const tries = [];
      for (let run = 0; run < runs; run += 1) {
        const measured = await openMeasuredPage(browser, { throttle: false });
        measured.page.setDefaultTimeout(15_000);
        try {
          tries.push(await measureSearch(measured.page, { url, query }));
        } catch (error) {
          notes.push(`Search (${label}): ${locale} "${query}" failed: ${String(error instanceof Error ? error.message : error).split('\n')[0]}`);
        } finally {
          await measured.close();
        }
      }
      if (tries.length === 0) continue;
      const subject = `${label} ${locale} “${query}”`;
      const row = (/** @type {string} */ metric, /** @type {number | null} */ value, /** @type {Row['unit']} */ unit, /** @type {Partial<Row>} */ extra = {}) =>
        rows.push({ section: 'search', subject, kind: label, metric, value, unit, ...extra });
      row('first result', median(tries.map((t) => t.msToFirstResult)), 'ms', {
        budget: { max: budgets.search.firstResultMs },
        peer: starlight.search.firstResultMs,
      });
      row('bytes', median(tries.map((t) => t.bytes)), 'bytes', {
        budget: { max: large ? budgets.search.bytesPerQueryLarge : budgets.search.bytesPerQuery },
        peer: large ? starlight.search.bytesPerQueryLarge : starlight.search.bytesPerQuery,
      });
      row('requests', median(tries.map((t) => t.requests)), 'count', { peer: starlight.search.requestsPerQuery });
      row('results', median(tries.map((t) => t.results)), 'count');
    }
  }
  return { rows, notes };
}

/**
 * Cold search (issue 13): navigation to `/<locale>/search/?q=…` until the first result is on
 * screen, in a fresh context with the cache disabled, on loopback and on the Slow-4G/4×-CPU
 * profile; and the cross-language fallback (a query with no hit in the page's language)
 * against the same-language time. Medians of `runs`.
 * @param {{ browser: import('playwright-core').Browser, baseUrl: string, locales: readonly string[], queries: Readonly<Record<string, { own: string, elsewhere: string }>>, runs: number, log: (line: string) => void }} options
 * @returns {Promise<{ rows: Row[], notes: string[] }>}
 */
export async function measureColdSearches({ browser, baseUrl, locales, queries, runs, log }) {
  /** @type {Row[]} */
  const rows = [];
  const notes = [];
  for (const locale of locales) {
    const url = new URL(`${locale}/search/`, baseUrl).href;
    for (const throttle of [false, true]) {
      const profile = throttle ? 'Slow 4G, 4× CPU' : 'loopback';
      /** @type {Record<'own' | 'elsewhere', number[]>} */
      const times = { own: [], elsewhere: [] };
      for (const which of /** @type {const} */ (['own', 'elsewhere'])) {
        const query = queries[locale]?.[which];
        if (!query) continue;
        for (let run = 0; run < runs; run += 1) {
          log(`cold search: ${locale} "${query}" (${profile}) ${run + 1}/${runs}…`);
          const measured = await openMeasuredPage(browser, { throttle });
          try {
            times[which].push((await measureColdSearch(measured.page, { url, query })).msToFirstResult);
          } catch (error) {
            notes.push(`Cold search: ${locale} "${query}" (${profile}) failed: ${String(error instanceof Error ? error.message : error).split('\n')[0]}`);
          } finally {
            await measured.close();
          }
        }
      }
      const own = median(times.own);
      const elsewhere = median(times.elsewhere);
      const subject = `cold ${locale}, ${profile}`;
      rows.push({
        section: 'search',
        subject,
        kind: 'site',
        metric: 'navigation → first result',
        value: own,
        unit: 'ms',
        budget: { max: throttle ? 1500 : 300 },
      });
      rows.push({
        section: 'search',
        subject,
        kind: 'site',
        metric: 'other-language fallback ÷ same language',
        value: own && elsewhere ? elsewhere / own : null,
        unit: 'ratio',
        budget: { max: 2 },
      });
    }
  }
  return { rows, notes };
}
