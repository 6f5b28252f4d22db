// After `astro build`: index the built pages for search, write the sitemap and the
// security headers file.
// The output folder follows OUT_DIR like astro.config.mjs does.
import { resolve } from 'node:path';
import { buildSearchIndex } from '../src/integration/search-index.mjs';
import { writeSitemap } from '../src/integration/sitemap.mjs';
import { writeHeadersFile } from '../src/integration/headers.mjs';
import { writeServiceWorker } from '../src/integration/service-worker.mjs';

const outDir = resolve(process.env.OUT_DIR ?? 'dist');
const started = performance.now();
const indexed = await buildSearchIndex(outDir);
await writeSitemap(outDir, { site: process.env.SITE_URL ?? 'https://parting-ways.example', base: process.env.BASE_PATH ?? '/' });
await writeHeadersFile(outDir, { base: process.env.BASE_PATH ?? '/' });
// Last: the service worker precaches what the steps above wrote.
const sw = await writeServiceWorker(outDir, { base: process.env.BASE_PATH ?? '/' });
const precaches = Object.entries(sw).map(([locale, { precached, bytes }]) => `${locale} ${precached} files (${Math.round(bytes / 1024)} KB)`);
console.log(`postbuild: search pages indexed ${JSON.stringify(indexed)}; service workers precache ${precaches.join(', ')}`);
console.log(`postbuild: search index and sitemap written in ${Math.round(performance.now() - started)} ms`);
