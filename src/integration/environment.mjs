// @ts-check
/**
 * The build's environment knobs, read here and nowhere else. All are optional:
 * - BASE_PATH: publish under a sub-path (e.g. `/help/`); every link and the search index follow.
 * - SITE_URL: the public origin, for canonical and hreflang URLs and the sitemap.
 * - OUT_DIR / CACHE_DIR: build somewhere else (tests and the benchmark build side by side).
 * - CONTENT_DIR: read guides (and pages, unless PAGES_DIR is set) from another folder
 *   (the benchmark's synthetic guides).
 * - INCLUDE_FIXTURES=1: add the test fixtures (a guide with no translation) to the build.
 * - PRECACHE_BUDGET_BYTES: most bytes one locale's service worker may precache (default in
 *   src/integration/service-worker.mjs). The growth benchmark's synthetic sites (hundreds of
 *   guides per locale) lift it: they measure build time, not what a reader downloads.
 * - PORT / HOST: where `npm start` and `npm run preview` serve.
 * Plain JavaScript, so the serve scripts can import it without a build step.
 */

export const defaultSiteUrl = 'https://parting-ways.example';

/** @param {Record<string, string | undefined>} env */
export function readEnvironment(env) {
  return {
    basePath: env['BASE_PATH'] ?? '/',
    siteUrl: env['SITE_URL'] ?? defaultSiteUrl,
    outDir: env['OUT_DIR'] ?? './dist',
    cacheDir: env['CACHE_DIR'] ?? './node_modules/.astro',
    /** @type {string | undefined} */
    contentDir: env['CONTENT_DIR'],
    /** @type {string | undefined} */
    pagesDir: env['PAGES_DIR'] ?? env['CONTENT_DIR'],
    includeFixtures: env['INCLUDE_FIXTURES'] === '1',
    /** @type {number | undefined} */
    precacheBudgetBytes: env['PRECACHE_BUDGET_BYTES'] ? Number(env['PRECACHE_BUDGET_BYTES']) : undefined,
    port: Number(env['PORT'] ?? 4321),
    host: env['HOST'] ?? '127.0.0.1',
  };
}

export const environment = readEnvironment(process.env);
