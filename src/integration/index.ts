/**
 * The site's Astro integration: after Astro has written the pages, it adds what makes the
 * output the complete site, so a plain `astro build` (what every host runs) produces it:
 * the Pagefind bundles, sitemap.xml, `_headers` and the per-locale service workers. Each
 * built page is read once and the HTML shared by all four steps. Base path and site URL come
 * from Astro's resolved config, never from the environment again.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readBuiltPages } from './built-pages.mjs';
import { writeHeadersFile } from './headers.mjs';
import { buildSearchIndex } from './search-index.mjs';
import { writeServiceWorker } from './service-worker.mjs';
import { writeSitemap } from './sitemap.mjs';

/** @param options.precacheBudgetBytes overrides the service workers' precache budget (the benchmark's synthetic sites) */
export function partingWaysBuild({ precacheBudgetBytes }: { precacheBudgetBytes?: number | undefined } = {}): AstroIntegration {
  let base = '/';
  return {
    name: 'parting-ways-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        const built = await readBuiltPages(
          outDir,
          pages.map((page) => page.pathname),
        );
        const indexed = await buildSearchIndex(outDir, built, { base });
        await writeSitemap(outDir, built);
        await writeHeadersFile(outDir, { base }, built);
        // Last: the service workers precache what the steps above wrote.
        const workers = await writeServiceWorker(outDir, { base, pages: built, ...(precacheBudgetBytes === undefined ? {} : { budget: precacheBudgetBytes }) });
        const precaches = Object.entries(workers).map(([locale, { precached, bytes }]) => `${locale} ${precached} files (${Math.round(bytes / 1024)} KB)`);
        logger.info(`search pages indexed ${JSON.stringify(indexed)}; service workers precache ${precaches.join(', ')}`);
        logger.info(`search index, sitemap, headers and service workers written in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
