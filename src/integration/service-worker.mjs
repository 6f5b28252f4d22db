// Writes one service worker per locale, `<outDir>/<locale>/sw.js` (registered with scope
// `<base><locale>/` by src/components/ServiceWorker.astro), from src/service-worker.js with
// Workbox's injectManifest, and copies the Workbox runtime they load to `<outDir>/workbox/`.
// injectManifest only hashes files and fills in the list, so this step costs a fraction of a
// second (generateSW bundles Workbox with Rollup on every build: ~4 s of CPU here, against
// the build-time budget).
//
// What each worker keeps, and why:
// - Precached on the first visit: every page of its locale (HTML, not the locale's 404),
//   and the shared assets those pages use: the CSS and island scripts (`_astro/`, which also
//   holds the font) and the icons. A reader reads in one language: precaching all three
//   would triple the background download (and grow with every guide in every language) for
//   pages they never open. Reading must work offline in whichever guide or tool of that
//   language a reader opens next. Pages and the assets they reference come from one build,
//   swapped together on an update, so an offline page never points at a style or script
//   from another build. It happens in the background after the page has loaded; an update
//   fetches only files that changed. A worker intercepts every same-origin request of the
//   pages it controls, even outside its scope (`/_astro/…`, `/pagefind/<locale>/…`), so the
//   shared assets are served from its own precache.
// - One worker per locale rather than one worker with a list per locale: a worker's scope
//   is what the browser gives it to control, so a scope per locale keeps each language's
//   precache, its update and its cache (Workbox names the precache after the scope) apart.
//   Pages outside a locale (the language chooser at `/`, `/404.html`) register none.
// - Also precached: the worker's own language's search bundle (`/pagefind/<locale>/`:
//   pagefind.js, its WebAssembly, the entry and metadata files, every index chunk and every
//   fragment), so the first search made offline works after any first page of the locale,
//   with no search made online. The other languages' bundles are cached when first used (a
//   search with no hit in the reader's language looks in them): index files, named after
//   their content, cache-first; pagefind.js, the WebAssembly and the entry file, whose names
//   stay the same across builds, network-first, so a new index is never read with an old
//   entry file while online.
// - Budget: one locale's precache stays within `precacheBudgetBytes` (uncompressed bytes as
//   on disk; the build fails beyond it). Today a locale is ~0.9-1 MB: its pages (~45 HTML
//   files), the shared CSS, scripts and Arabic-script font, and ~0.2 MB of search bundle.
// - Updates: the worker calls skipWaiting and clientsClaim, so a new build's worker takes
//   over as soon as it is installed and the next visit (navigation or reload) is served
//   from the new build.
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { injectManifest } from 'workbox-build';
import { localeCodes } from '../i18n/locales.ts';

const require = createRequire(import.meta.url);
/** The Workbox modules src/service-worker.js imports, in dependency order. */
const workboxModules = ['workbox-core', 'workbox-routing', 'workbox-strategies', 'workbox-expiration', 'workbox-precaching'];

/** Most bytes one locale's worker may precache (see the top of this file). */
// Raised from 1.5 MB for issue 14 (the clients page, the client-files module in the tools'
// bundles, the self-assessment's richer result): ~1.58 MB for fa with the test fixtures.
export const precacheBudgetBytes = 1_700_000;

/**
 * The locale's pages as precache entries, from HTML already in memory: Workbox's own revision
 * (the MD5 of the file), size and URL prefix, so the manifest is what globbing the files
 * would give.
 * @param {import('./built-pages.mjs').BuiltPages} pages
 * @param {string} locale
 * @param {string} prefix the base path, ending in `/`
 */
function pageEntries(pages, locale, prefix) {
  return [...pages]
    .filter(([file]) => file.startsWith(`${locale}/`) && !file.startsWith(`${locale}/404/`) && file !== `${locale}/404.html`)
    .map(([file, html]) => {
      const bytes = Buffer.from(html);
      return { url: `${prefix}${file}`, revision: createHash('md5').update(bytes).digest('hex'), size: bytes.length };
    });
}

/**
 * @param {string} outDir
 * @param {{ base: string, pages?: import('./built-pages.mjs').BuiltPages, budget?: number }} options `pages`:
 *   the built pages already read (the build passes them); without it the HTML is read from disk.
 *   `budget`: most bytes one locale may precache (default `precacheBudgetBytes`)
 * @returns {Promise<Record<string, { precached: number, bytes: number }>>} per locale
 */
export async function writeServiceWorker(outDir, { base, pages, budget = precacheBudgetBytes }) {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  await mkdir(join(outDir, 'workbox'), { recursive: true });
  for (const name of workboxModules) {
    const source = join(dirname(require.resolve(`${name}/package.json`)), 'build', `${name}.prod.js`);
    // Without the source-map comment: the maps are not shipped.
    const code = (await readFile(source, 'utf8')).replace(/\n\/\/# sourceMappingURL=.*\s*$/, '\n');
    await writeFile(join(outDir, 'workbox', `${name}.prod.js`), code);
  }
  /** @type {Record<string, { precached: number, bytes: number }>} */
  const written = {};
  for (const locale of localeCodes) {
    const { count, size, warnings } = await injectManifest({
      swSrc: fileURLToPath(new URL('../../src/service-worker.js', import.meta.url)),
      swDest: join(outDir, locale, 'sw.js'),
      globDirectory: outDir,
      globPatterns: [...(pages ? [] : [`${locale}/**/*.html`]), '_astro/**/*.{css,js,woff2,svg,png}', '*.{svg,ico,png,webmanifest}', `pagefind/${locale}/**/*`],
      // Not found pages are never served by the worker (it has no fallback route).
      globIgnores: [`${locale}/404/**`, `${locale}/404.html`],
      // The pages come first, as the glob above lists them when they are not given. (These
      // transforms run after modifyURLPrefix, so pageEntries adds the prefix itself.)
      ...(pages
        ? {
            manifestTransforms: [
              async (/** @type {import('workbox-build').ManifestEntry[]} */ assets) => ({ manifest: [...pageEntries(pages, locale, prefix), ...assets] }),
            ],
          }
        : {}),
      // Paths in the manifest are relative to dist/; the site may live under a sub-path.
      modifyURLPrefix: { '': prefix },
      // Astro's hashed assets need no revision.
      dontCacheBustURLsMatching: /\/_astro\//,
    });
    if (warnings.length) console.warn(`service worker (${locale}): ${warnings.join('; ')}`);
    if (size > budget) {
      throw new Error(
        `The ${locale} service worker would precache ${size} bytes, over its budget of ${budget} (src/integration/service-worker.mjs): precache less, or raise the budget knowingly.`,
      );
    }
    written[locale] = { precached: count, bytes: size };
  }
  return written;
}
