// @ts-check
/**
 * The figures the benchmark judges against, from issue 7: our budgets, and what the peer
 * (Starlight 0.42.4 on Astro 7.3.5, synthetic 800–1200-word guides, gzip from loopback,
 * cache off) measured on this machine for a reader. Starlight's build figures are not
 * stored: the growth part builds it beside ours in every run (peer.mjs). Bytes are encoded (gzip) bytes, 1 kB = 1000 B.
 * Change a budget here and every report follows.
 */

export const budgets = {
  /** A guide page, first visit. */
  guide: {
    /** No JavaScript; at most 2 kB if the theme toggle or search entry truly need it. */
    jsWithoutTool: 2_000,
    htmlPlusCss: 20_000,
    /** Only the script subsets the locale needs. */
    fonts: 30_000,
    /** The whole visit stays under Starlight's guide page. */
    totalWithoutTool: 51_600,
  },
  /** Pages without a tool other than guides (home). */
  home: { js: 2_000, total: 47_700 },
  /** A page with a tool: the island's JS, Preact included. */
  toolJs: 20_000,
  fonts: 30_000,
  /** Nothing of the search UI (Pagefind) before the reader starts to search. */
  pagefindRequestsOnLoad: 0,
  search: {
    firstResultMs: 150,
    /** No more than Starlight's bytes per query (real site; 300 guides per locale). */
    bytesPerQuery: 115_000,
    bytesPerQueryLarge: 140_000,
  },
  build: {
    /** 900 synthetic pages in at most 15 s on this 2-core machine. */
    secondsPer900Pages: 15,
    /** A guide page's HTML does not grow with the number of guides (2% slack for neighbours' titles). */
    htmlGrowth: 1.02,
  },
  lighthouseScore: 100,
};

export const starlight = {
  guide: { requests: 9, html: 8_700, css: 12_300, js: 30_600, fonts: 0, total: 51_600 },
  home: { total: 47_700 },
  search: { firstResultMs: 400, bytesPerQuery: 115_000, requestsPerQuery: 11, bytesPerQueryLarge: 190_000 },
};

/** @typedef {import('./targets.mjs').Target['kind']} PageKind */

/**
 * Budgets and Starlight's figures for one page of the reader's-cost table, by metric name.
 * @param {PageKind} kind
 * @returns {{ budget: Record<string, { max: number }>, peer: Record<string, number> }}
 */
export function readerExpectations(kind) {
  const isGuide = kind === 'guide' || kind === 'guide+tool';
  const withoutTool = kind === 'guide' || kind === 'home';
  /** @type {Record<string, { max: number }>} */
  const budget = {
    JS: { max: withoutTool ? budgets.guide.jsWithoutTool : budgets.toolJs },
    fonts: { max: budgets.fonts },
    'pagefind req': { max: budgets.pagefindRequestsOnLoad },
  };
  if (isGuide) budget['HTML+CSS'] = { max: budgets.guide.htmlPlusCss };
  if (kind === 'guide') budget.total = { max: budgets.guide.totalWithoutTool };
  if (kind === 'home') budget.total = { max: budgets.home.total };
  const { requests, html, css, js, fonts, total } = starlight.guide;
  /** @type {Record<string, number>} */
  const peer = isGuide
    ? { requests, HTML: html, CSS: css, JS: js, fonts, total, 'HTML+CSS': html + css }
    : kind === 'home'
      ? { total: starlight.home.total }
      : {};
  return { budget, peer };
}
