// @ts-check
/**
 * Search timings for the benchmark and the e2e tests, two measures:
 * - `measureColdSearch`: a search started from the header box of any page, i.e. opening
 *   `/<locale>/search/?q=…` cold: navigation → first result on screen (see below).
 * - `measureSearch`: typing on the search page once it is open.
 *
 * `measureSearch`: on a locale's search page, type a query into the search box, and report
 * - `msToFirstResult`: from the last keystroke to the first result of that query on screen
 *   (both instants taken inside the page: the last `input` event and the moment the island
 *   marks its results as done for that query), and
 * - `bytes` / `requests`: everything the page fetched from the first keystroke until then
 *   (headers included, body as transferred, so gzip counts): the query's fragments, and any
 *   index chunk not preloaded. Pagefind's script, WebAssembly, entry, metadata and (while
 *   small) index chunks are preloaded with the search page, before any keystroke, so they
 *   count in the page's own weight, not here.
 *
 * For a cold measure use a fresh browser context with `serviceWorkers: 'block'`.
 *
 * @example
 * const m = await measureSearch(page, { url: 'http://127.0.0.1:4321/fa/search/', query: 'مشتری' });
 * // { msToFirstResult: 38.2, bytes: 108234, requests: 9, results: 5 }
 */

/**
 * @typedef {object} SearchMeasure
 * @property {number} msToFirstResult last keystroke → first result of the final query shown
 * @property {number} bytes bytes transferred from the first keystroke to that moment
 * @property {number} requests requests finished in that time
 * @property {number} results results shown in the reader's language
 * @property {{ url: string, bytes: number }[]} fetched what was fetched, for reports
 */

/**
 * @param {import('playwright-core').Page} page
 * @param {{ url: string, query: string, typingDelayMs?: number }} options
 *   `url`: the search page, e.g. `${base}fa/search/`; `typingDelayMs`: pause between keys
 *   (default 120 ms, a brisk typist).
 * @returns {Promise<SearchMeasure>}
 */
export async function measureSearch(page, { url, query, typingDelayMs = 120 }) {
  await page.goto(url);
  const box = page.locator('[data-search] input[type="search"]');
  // Hydrated: the island adds its hint only once it runs.
  await page.locator('[data-search][data-search-ready]').waitFor();
  await page.evaluate(() => {
    const w = /** @type {any} */ (window);
    w.__searchTiming = { lastInput: 0, done: new Map() };
    const root = document.querySelector('[data-search]');
    root?.addEventListener('input', () => (w.__searchTiming.lastInput = performance.now()), true);
    new MutationObserver(() => {
      const state = root?.getAttribute('data-search-state');
      const shown = root?.getAttribute('data-search-query') ?? '';
      if (state === 'done' && !w.__searchTiming.done.has(shown)) w.__searchTiming.done.set(shown, performance.now());
    }).observe(/** @type {Element} */ (root), { attributes: true, attributeFilter: ['data-search-state', 'data-search-query'] });
  });

  /** @type {Promise<{ url: string, bytes: number }>[]} */
  const pending = [];
  /** @param {import('playwright-core').Request} request */
  const onFinished = (request) => {
    pending.push(request.sizes().then((sizes) => ({ url: request.url(), bytes: sizes.responseBodySize + sizes.responseHeadersSize })));
  };
  page.on('requestfinished', onFinished);
  await box.click();
  await box.pressSequentially(query, { delay: typingDelayMs });
  const handle = await page.waitForFunction((typed) => {
    const w = /** @type {any} */ (window);
    const doneAt = w.__searchTiming.done.get(typed);
    return doneAt === undefined ? undefined : { doneAt, lastInput: w.__searchTiming.lastInput };
  }, query);
  const { doneAt, lastInput } = /** @type {{ doneAt: number, lastInput: number }} */ (await handle.jsonValue());
  page.off('requestfinished', onFinished);
  const fetched = await Promise.all(pending);
  const results = await page.locator('[data-search-results][data-search-locale] > [data-search-result]').count();
  return {
    msToFirstResult: Math.max(0, doneAt - lastInput),
    bytes: fetched.reduce((sum, f) => sum + f.bytes, 0),
    requests: fetched.length,
    results,
    fetched,
  };
}

/** What the page logs (`console.debug`) once the answer to the URL's query is done. */
const doneSignal = 'search-timing:done';

/**
 * @typedef {object} ColdSearchMeasure
 * @property {number} msToFirstResult navigation start → the first result on screen (in any language)
 * @property {number} msToDone navigation start → the island marks the answer to the URL's query complete
 * @property {number} results results shown in the reader's language
 * @property {number} elsewhere results shown from the other languages (a cross-language fallback)
 * @property {Record<string, number>} marks the island's own milestones, same clock:
 *   `search:started:<locale>` (the page's first script began the URL's query),
 *   `search:ready:<locale>` (that language's Pagefind script loaded and started) and
 *   `search:ranked:<locale>` (its ranking known, excerpts not yet loaded), for a breakdown of
 *   where the time goes
 */

/**
 * Measures a cold search the way a reader starts one from the header search box of any
 * page: open `/<locale>/search/?q=<query>` and wait for the answer. Both instants are taken
 * inside the page against the navigation's start (`performance.now()`), by a script that
 * watches the search island from `DOMContentLoaded` on. Give it a fresh page whose
 * context has the cache disabled (`Network.setCacheDisabled`) and service workers blocked;
 * throttle that page (network and CPU) for the slow profile. With a query that has no hit in
 * the page's language, this measures the cross-language fallback (`elsewhere` > 0).
 *
 * @example
 * const m = await measureColdSearch(page, { url: 'http://127.0.0.1:4321/fa/search/', query: 'مشتری' });
 * // { msToFirstResult: 182.4, msToDone: 190.1, results: 5, elsewhere: 0, marks: { 'search:ready:fa': 120.3, … } }
 * @param {import('playwright-core').Page} page
 * @param {{ url: string, query: string, timeoutMs?: number }} options `url`: the search page
 * @returns {Promise<ColdSearchMeasure>}
 */
export async function measureColdSearch(page, { url, query, timeoutMs = 30_000 }) {
  await page.addInitScript((signal) => {
    const w = /** @type {any} */ (window);
    w.__coldSearch = { firstResult: undefined, done: undefined };
    const wanted = new URLSearchParams(location.search).get('q');
    const isResult = (/** @type {Node} */ node) =>
      node instanceof Element && (node.hasAttribute('data-search-result') || node.querySelector('[data-search-result]') !== null);
    const isDone = (/** @type {Element} */ root) => root.getAttribute('data-search-state') === 'done' && root.getAttribute('data-search-query') === wanted;
    const finish = () => {
      w.__coldSearch.done = performance.now();
      console.debug(signal);
    };
    // Only the island is watched, and only from the end of parsing: a watch on the whole
    // document saw every node the parser added (≈ 260 records) and cost the page 4–17 ms of
    // main thread. Nothing is missed: an answer needs the page's scripts, which run at the
    // end of parsing, and the Pagefind files they then load. Were a result already there,
    // it would be timed now, later than it came: never earlier.
    document.addEventListener(
      'DOMContentLoaded',
      () => {
        const root = document.querySelector('[data-search]');
        if (!root) return;
        const timing = w.__coldSearch;
        if (root.querySelector('[data-search-result]')) timing.firstResult = performance.now();
        if (isDone(root)) return finish();
        const observer = new MutationObserver((records) => {
          const now = performance.now();
          if (timing.firstResult === undefined && records.some((record) => [...record.addedNodes].some(isResult))) timing.firstResult = now;
          if (isDone(root)) {
            observer.disconnect();
            finish();
          }
        });
        observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-search-state', 'data-search-query'] });
      },
      { once: true },
    );
  }, doneSignal);
  const target = new URL(url);
  target.searchParams.set('q', query);
  // Told by a console message, not by polling the page: Playwright's in-page helpers (its
  // script, compiled at the first evaluation) would take the main thread from the search
  // being measured. Nothing is evaluated in the page until the answer is done.
  const done = page.waitForEvent('console', { predicate: (message) => message.text() === doneSignal, timeout: timeoutMs });
  await page.goto(target.href, { waitUntil: 'commit' });
  await done;
  const { firstResult, done: doneAt } = /** @type {{ firstResult: number | undefined, done: number }} */ (
    await page.evaluate(() => /** @type {any} */ (window).__coldSearch)
  );
  const results = await page.locator('[data-search-results][data-search-locale] > [data-search-result]').count();
  const own = await page.locator('[data-search] > .search__answer > [data-search-results] > [data-search-result]').count();
  const marks = await page.evaluate(() =>
    Object.fromEntries(
      performance
        .getEntriesByType('mark')
        .filter((mark) => mark.name.startsWith('search:'))
        .map((mark) => [mark.name, mark.startTime]),
    ),
  );
  return { msToFirstResult: firstResult ?? doneAt, msToDone: doneAt, results: own, elsewhere: results - own, marks };
}
