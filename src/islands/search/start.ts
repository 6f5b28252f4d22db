/**
 * The search page's first script: a module script in the head, run as parsing ends (see
 * `preloadOnSearchPage` in src/integration/search-index.mjs, which also loads it straight
 * from the chunk that holds its code), it begins answering the query in the URL, or else
 * loading the reader's index. The island, hydrating later, picks that search up instead of
 * starting its own (`startSearch` in pagefind-client.ts), so a search opened from the header
 * box does not wait for the island to wake.
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
