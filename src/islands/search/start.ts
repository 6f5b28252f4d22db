/**
 * The search page's first script: it runs as soon as it has loaded, while the page is still
 * being parsed (an `async` module in the head, see `startOnSearchPage` in
 * src/integration/search-index.mjs), and begins answering the query in the URL, or else
 * loading the reader's index. The island, hydrating later, picks that search up instead of
 * starting its own (`startSearch` in pagefind-client.ts), so a search opened from the header
 * box does not wait for the page to finish parsing and the island to wake.
 */
import { localeCodes, locales } from '../../i18n/locales';
import { prepareQuery } from '../../lib/search-normalise';
import { isSearchable } from '../../lib/search-run';
import { loadPagefind, startSearch } from './pagefind-client';

const base = import.meta.env.BASE_URL;
// The page's language, as the layout writes it into <html lang>.
const locale = localeCodes.find((code) => locales[code].lang === document.documentElement.lang);
if (locale) {
  const query = prepareQuery(locale, new URLSearchParams(location.search).get('q') ?? '');
  if (isSearchable(query)) startSearch(base, locale, query);
  else loadPagefind(base, locale).catch(() => undefined);
}
