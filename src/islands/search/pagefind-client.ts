/**
 * Talks to the Pagefind bundles in the browser: `<base>pagefind/<locale>/pagefind.js`, one
 * per language (see scripts/lib/search-index.mjs for why), each imported only when a search
 * in that language is first needed. Queries arrive already folded by `prepareQuery`; a
 * Persian query runs twice, as typed and stemmed, and the stemmed-only hits are ranked
 * after the others, so a generous stem (مشتری → مشتر) never pushes better hits down.
 */
import type { Locale } from '../../i18n/locales';
import type { PreparedQuery } from '../../lib/search-normalise';
import { excerptParts, type ExcerptPart } from '../../lib/search-excerpt';

/** The part of Pagefind's JS API the island uses. */
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string): Promise<{ results: PagefindResult[] } | null>;
  preload(term: string): Promise<void>;
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindData>;
}
interface PagefindData {
  url: string;
  meta: { title?: string };
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
  excerpt: ExcerptPart[];
  /** Headings inside the page whose sections match, best first. */
  sections: SearchSection[];
}

/** Hits shown at a time; each costs one small fragment request, so more wait for "show more". */
export const pageSize = 5;
const maxSections = 3;

/** A locale's ranked matches: how many, and a way to load their details a page at a time. */
export interface RankedResults {
  total: number;
  /** Titles, excerpts and sections of the hits `from` … `from + pageSize`. */
  hits(from: number): Promise<SearchHit[]>;
}

const bundles = new Map<Locale, Promise<PagefindApi>>();

/** The folder of a locale's Pagefind bundle. */
export const bundleUrl = (base: string, locale: Locale): string => `${base.replace(/\/?$/, '/')}pagefind/${locale}/`;

/**
 * Loads (once) a locale's Pagefind bundle. The search runs on the main thread: the index of
 * a guide site is small, and skipping Pagefind's worker saves a request and ~13 KB.
 */
export function loadPagefind(base: string, locale: Locale): Promise<PagefindApi> {
  let loading = bundles.get(locale);
  if (!loading) {
    loading = (async () => {
      const pagefind = (await import(/* @vite-ignore */ `${bundleUrl(base, locale)}pagefind.js`)) as PagefindApi;
      await pagefind.options({ noWorker: true, excerptLength: 22 });
      await pagefind.init();
      return pagefind;
    })();
    // A failed load (offline before the index was kept) may be retried by the next search.
    loading.catch(() => bundles.delete(locale));
    bundles.set(locale, loading);
  }
  return loading;
}

const toHit = (data: PagefindData): SearchHit => ({
  url: data.url,
  title: data.meta.title ?? data.url,
  excerpt: excerptParts(data.excerpt),
  sections: (data.sub_results ?? [])
    .filter((section) => section.url.includes('#'))
    .slice(0, maxSections)
    .map((section) => ({ url: section.url, title: section.title, excerpt: excerptParts(section.excerpt) })),
});

/**
 * Fetches the part of a locale's index that words starting like `query` live in, while the
 * reader is still typing (called on the first letter, before there is enough to search).
 */
export async function preloadIndex(base: string, locale: Locale, query: PreparedQuery): Promise<void> {
  if (query.words.length > 0) await (await loadPagefind(base, locale)).preload(query.stems.join(' '));
}

/** Searches one locale's index; the best matches come first. */
export async function searchLocale(base: string, locale: Locale, query: PreparedQuery): Promise<RankedResults> {
  if (query.words.length === 0) return { total: 0, hits: async () => [] };
  const pagefind = await loadPagefind(base, locale);
  const asTyped = (await pagefind.search(query.words.join(' ')))?.results ?? [];
  const stemmed = query.stems.join(' ') === query.words.join(' ') ? [] : ((await pagefind.search(query.stems.join(' ')))?.results ?? []);
  const seen = new Set(asTyped.map((result) => result.id));
  const ranked = [...asTyped, ...stemmed.filter((result) => !seen.has(result.id))];
  return {
    total: ranked.length,
    hits: async (from) => (await Promise.all(ranked.slice(from, from + pageSize).map((result) => result.data()))).map(toHit),
  };
}

/**
 * Once a reader has searched in a language, asks for every file of that language's bundle,
 * so the service worker (which caches /pagefind/ as it passes) holds the whole index and
 * search works offline. Waits until a service worker controls the page (on a first visit it
 * installs after the page has loaded); never settles where there is none (dev, blocked).
 */
export async function keepForOffline(base: string, locale: Locale): Promise<boolean> {
  const workers = navigator.serviceWorker;
  if (!workers) return false;
  await workers.ready;
  if (!workers.controller) await new Promise((resolve) => workers.addEventListener('controllerchange', resolve, { once: true }));
  const folder = bundleUrl(base, locale);
  const files = (await (await fetch(`${folder}offline-files.json`)).json()) as string[];
  for (let i = 0; i < files.length; i += 6) {
    await Promise.all(files.slice(i, i + 6).map((file) => fetch(`${folder}${file}`).then((response) => response.arrayBuffer())));
  }
  return true;
}
