/**
 * Talks to the Pagefind bundles in the browser: `<base>pagefind/<locale>/pagefind.js`, one
 * per language (see src/integration/search-index.mjs for why), each imported only when a
 * search in that language is first needed; the reader's own is loaded as the search page
 * hydrates, and its files are already on their way then (the page preloads them, see
 * `preloadOnSearchPage` in search-index.mjs; the index chunks a query needs, and another
 * language's files, are started when a search first needs them). Queries arrive already
 * folded by `prepareQuery`; which term strings are searched and how their answers merge is
 * decided in src/lib/search-run.ts.
 */
import type { Locale } from '../../i18n/locales';
import type { PreparedQuery } from '../../lib/search-normalise';
import { excerptParts, type ExcerptPart } from '../../lib/search-excerpt';
import { chunkMayHold } from '../../lib/search-chunks';
import { mergeRanked, nothing, pageSize, searchTerms, type Ranked, type SearchTerms } from '../../lib/search-run';

/** The part of Pagefind's JS API the island uses. */
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string): Promise<{ results: PagefindResult[] } | null>;
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
interface PagefindData {
  url: string;
  meta: { title?: string; kind?: string };
  excerpt: string;
  sub_results?: { url: string; title: string; excerpt: string }[];
}

export interface SearchSection {
  url: string;
  title: string;
  excerpt: ExcerptPart[];
}
export interface SearchHit {
  url: string;
  title: string;
  /** What kind of tool the page is (`calculator`, `checklist`…); absent for guides and pages. */
  kind?: string;
  excerpt: ExcerptPart[];
  /** Headings inside the page whose sections match, best first. */
  sections: SearchSection[];
  /** Drawn from the page list before its excerpt and sections have arrived. */
  pending?: true;
}

const maxSections = 3;

const bundles = new Map<Locale, Promise<PagefindApi>>();

/** The folder of a locale's Pagefind bundle. */
export const bundleUrl = (base: string, locale: Locale): string => `${base.replace(/\/?$/, '/')}pagefind/${locale}/`;

/**
 * The tag the built search page gives Pagefind's entry file (`pagefind-entry.json?ts=<tag>`,
 * the URL it preloads); Pagefind then asks for that same URL instead of a new one each time.
 * Absent in `astro dev` and on other pages: Pagefind then uses the time.
 */
function entryTag(folder: string): string | undefined {
  for (const link of document.querySelectorAll<HTMLLinkElement>('link[rel="preload"][data-search-entry]')) {
    const url = new URL(link.href);
    if (url.pathname === new URL(`${folder}pagefind-entry.json`, location.href).pathname) return url.searchParams.get('ts') ?? undefined;
  }
  return undefined;
}

/**
 * Starts loading a language's bundle files all at once: the search page holds their preloads,
 * inert, in `<template data-search-bundle="<locale>">` until a search needs them (for its
 * own language, only the index chunks; the rest it preloads with the page). Of the index
 * chunks, only those the search's words can be in (`words`: every word of its term strings;
 * none: every chunk). A chunk left out is fetched by Pagefind if a later query needs it.
 */
function startPreloads(locale: Locale, words: readonly string[]): void {
  const template = document.querySelector<HTMLTemplateElement>(`template[data-search-bundle="${locale}"]`);
  if (!template) return;
  template.remove();
  const links = template.content.cloneNode(true) as DocumentFragment;
  for (const link of links.querySelectorAll<HTMLLinkElement>('link[data-search-from]')) {
    if (!chunkMayHold(locale, words, link.dataset.searchFrom ?? '', link.dataset.searchTo ?? '')) link.remove();
  }
  document.head.append(links);
}

/**
 * Loads (once) a locale's Pagefind bundle. The search runs on the main thread: the index of
 * a guide site is small, and skipping Pagefind's worker saves a request and ~13 KB. `words`:
 * those of the search that first needs it, so only the index chunks they can be in are
 * preloaded.
 */
export function loadPagefind(base: string, locale: Locale, words: readonly string[] = []): Promise<PagefindApi> {
  let loading = bundles.get(locale);
  if (!loading) {
    loading = (async () => {
      const folder = bundleUrl(base, locale);
      startPreloads(locale, words);
      const pagefind = (await import(/* @vite-ignore */ `${folder}pagefind.js`)) as PagefindApi;
      const tag = entryTag(folder);
      await pagefind.options({ noWorker: true, excerptLength: 22, ...(tag ? { metaCacheTag: tag } : {}) });
      // Starts loading the WebAssembly and metadata; a search waits for them (see
      // src/integration/pagefind-script.mjs).
      await pagefind.init();
      // For the benchmark's breakdown of a cold search (scripts/lib/search-timing.mjs): the
      // script is loaded and started; its WebAssembly and metadata may still be on their way.
      performance.mark(`search:ready:${locale}`);
      return pagefind;
    })();
    // A failed load (offline before the index was kept) may be retried by the next search.
    loading.catch(() => bundles.delete(locale));
    bundles.set(locale, loading);
  }
  return loading;
}

/** `[url, title, kind?]` by Pagefind result id, from the search page (see search-index.mjs). */
type PageList = Readonly<Record<string, readonly [string, string, string?]>>;
let pageList: PageList | undefined;

/** The search page's list of indexed pages; empty elsewhere, in `astro dev`, or if unreadable. */
function pages(): PageList {
  if (!pageList) {
    try {
      pageList = JSON.parse(document.querySelector('script[data-search-pages]')?.textContent ?? '{}') as PageList;
    } catch {
      pageList = {};
    }
  }
  return pageList;
}

/** A result as far as the page list knows it: title and link, its excerpt still to come. */
function previewHit(id: string): SearchHit | undefined {
  const page = pages()[id];
  if (!page) return undefined;
  const [url, title, kind] = page;
  return { url, title, ...(kind ? { kind } : {}), excerpt: [], sections: [], pending: true };
}

const toHit = (data: PagefindData): SearchHit => ({
  url: data.url,
  title: data.meta.title ?? data.url,
  ...(data.meta.kind ? { kind: data.meta.kind } : {}),
  excerpt: excerptParts(data.excerpt),
  sections: (data.sub_results ?? [])
    .filter((section) => section.url.includes('#'))
    .slice(0, maxSections)
    .map((section) => ({ url: section.url, title: section.title, excerpt: excerptParts(section.excerpt) })),
});

/** A search begun before the island hydrated (`startSearch`), until the island asks for it. */
let started: { key: string; ranked: Promise<Ranked<SearchHit>> } | undefined;
const keyOf = (base: string, locale: Locale, query: PreparedQuery) => JSON.stringify([base, locale, query]);

/**
 * Begins answering a query now, for the island to pick up when it asks for the same one:
 * the search page starts its URL's query as soon as its first script runs (see start.ts).
 */
export function startSearch(base: string, locale: Locale, query: PreparedQuery): void {
  const ranked = searchLocale(base, locale, query);
  // The island reports a failure when it asks; until then it is no page error.
  ranked.catch(() => undefined);
  started = { key: keyOf(base, locale, query), ranked };
  performance.mark(`search:started:${locale}`);
}

/** One locale's answer to a query: the one `startSearch` began, if it is this query, else a new search. */
export function searchLocale(base: string, locale: Locale, query: PreparedQuery): Promise<Ranked<SearchHit>> {
  if (started?.key === keyOf(base, locale, query)) {
    const { ranked } = started;
    started = undefined;
    return ranked;
  }
  return rankLocale(base, locale, query);
}

/** Every word of a query's term strings: the index chunks a search needs are those these can be in. */
const termWords = (terms: SearchTerms): string[] => [...terms.primary, ...terms.secondary].flatMap((term) => term.split(' '));

/**
 * Starts fetching the files a search of a locale's index for this query will need (its
 * preloads on the search page), without loading its script yet: the search itself may wait
 * for another language's (see `searchElsewhere` in src/lib/search-run.ts).
 */
export function prefetchLocale(locale: Locale, query: PreparedQuery): void {
  if (!bundles.has(locale)) startPreloads(locale, termWords(searchTerms(locale, query)));
}

/** Searches one locale's index: every term string of the query at once, merged into one ranking. */
async function rankLocale(base: string, locale: Locale, query: PreparedQuery): Promise<Ranked<SearchHit>> {
  const terms = searchTerms(locale, query);
  if (terms.primary.length === 0) return nothing;
  const pagefind = await loadPagefind(base, locale, termWords(terms));
  const answers = (strings: string[]) => Promise.all(strings.map(async (term) => (await pagefind.search(term))?.results ?? []));
  const [primary, secondary] = await Promise.all([answers(terms.primary), answers(terms.secondary)]);
  const ranked = mergeRanked(primary, secondary);
  performance.mark(`search:ranked:${locale}`);
  return {
    total: ranked.length,
    hits: (from) => ranked.slice(from, from + pageSize).map(async (result) => toHit(await result.data())),
    preview: (from) => ranked.slice(from, from + pageSize).map((result) => previewHit(result.id)),
  };
}
