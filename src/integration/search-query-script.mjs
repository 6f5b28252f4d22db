// @ts-check
/**
 * The search page's inline script: with a query in its URL (`?q=…`, as the header's search
 * box sends), it marks `<html data-search-query>` before the body is laid out, and the page's
 * CSS then leaves out the guide list the island would only replace with results a moment
 * later (laying out that list in Persian or Arabic type cost up to 90 ms of a cold search
 * here). The island removes the mark once it has something to show instead: results, a
 * "nothing found", an error, or a query too short to search (src/islands/search/Search.tsx).
 * Without JavaScript nothing is marked and the list shows. A string here so astro.config.ts
 * can put its hash in the CSP, as for the theme script.
 */
export const searchQueryScript =
  "(function(){var q=new URLSearchParams(location.search).get('q');if(q&&q.trim())document.documentElement.setAttribute('data-search-query','')})()";
