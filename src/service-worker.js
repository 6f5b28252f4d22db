/*
 * A locale's service worker, as written to dist/<locale>/sw.js by
 * src/integration/service-worker.mjs (one per locale, each with scope <base><locale>/): Workbox's
 * injectManifest puts the precache list (that locale's pages and search bundle, and the
 * shared styles, scripts, font and icons, with revision hashes) in place of its injection
 * point below. Workbox's own
 * production builds are copied once for all locales (dist/workbox/, one folder up) and
 * loaded with importScripts: nothing to bundle at build time, nothing fetched from another
 * host. A classic script, not a module, so it runs in every browser that has service workers.
 *
 * What it keeps and why is explained in src/integration/service-worker.mjs. It stores HTTP
 * responses in Cache Storage only, under its own cache names (pw-…, workbox-precache-…);
 * it never reads or writes the tools' data in localStorage.
 */
importScripts(
  '../workbox/workbox-core.prod.js',
  '../workbox/workbox-routing.prod.js',
  '../workbox/workbox-strategies.prod.js',
  '../workbox/workbox-expiration.prod.js',
  '../workbox/workbox-precaching.prod.js',
);

// A new build takes over as soon as it is installed: the next visit gets the new pages.
self.skipWaiting();
workbox.core.clientsClaim();

workbox.precaching.cleanupOutdatedCaches();
workbox.precaching.precacheAndRoute(self.__WB_MANIFEST, {
  // /fa/search/?q=… is the precached /fa/search/ page; pagefind-entry.json?ts=… (Pagefind's
  // cache-busting tag) is the precached entry file of this build.
  ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^q$/, /^ts$/],
});

const { CacheFirst, NetworkFirst } = workbox.strategies;
const { ExpirationPlugin } = workbox.expiration;

// The other languages' search indexes (the worker's own is precached above), cached when
// first used: a search that finds nothing in the reader's language looks in them. The cache
// names are shared by the three workers (Cache Storage is per site, not per scope).
// Pagefind asks for pagefind-entry.json?ts=<time>: keep one copy per language.
workbox.routing.registerRoute(
  /\/pagefind\/[a-z]{2}\/pagefind-entry\.json(\?.*)?$/,
  new NetworkFirst({
    cacheName: 'pw-search-code',
    networkTimeoutSeconds: 4,
    plugins: [{ cacheKeyWillBeUsed: async ({ request }) => request.url.replace(/\?.*$/, '') }],
  }),
);
// Index chunks, fragments and metadata are named after their content: never stale.
workbox.routing.registerRoute(
  /\/pagefind\/[a-z]{2}\/(index\/|fragment\/|pagefind\.[^/]+\.pf_meta$)/,
  new CacheFirst({
    cacheName: 'pw-search-index',
    plugins: [new ExpirationPlugin({ maxEntries: 3000, purgeOnQuotaError: true })],
  }),
);
// pagefind.js, its WebAssembly and offline-files.json keep their names across builds.
workbox.routing.registerRoute(/\/pagefind\/[a-z]{2}\//, new NetworkFirst({ cacheName: 'pw-search-code', networkTimeoutSeconds: 4 }));
