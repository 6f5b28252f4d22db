// Writes `<outDir>/sw.js`, the service worker that makes the site work offline after a
// first visit (registered by src/components/ServiceWorker.astro), from src/service-worker.js
// with Workbox's injectManifest, and copies the Workbox runtime it loads to
// `<outDir>/workbox/`. injectManifest only hashes files and fills in the list, so this step
// costs a fraction of a second (generateSW bundles Workbox with Rollup on every build: ~4 s
// of CPU here, against the build-time budget).
//
// What it keeps, and why:
// - Precached on the first visit: every page of every locale (HTML), the CSS, the island
//   scripts, the font and the icons. Reading must work offline in whichever guide or tool
//   a reader opens next, in any language (the language switcher is on every page). Pages
//   and the assets they reference come from one build, swapped together on an update, so
//   an offline page never points at a style or script from another build. It happens in
//   the background after the page has loaded; an update fetches only files that changed.
// - Cached on first use: the search index, per language (`/pagefind/<locale>/`). A reader
//   searches in one language; precaching three indexes (three WebAssembly stemmers) would
//   triple the cost for nothing. Once a reader has searched, the search page asks for the
//   rest of that language's bundle (offline-files.json), so later searches work offline.
//   Content-addressed index files are cache-first; files whose name does not change between
//   builds (pagefind.js, the WebAssembly, pagefind-entry.json) are network-first, so a new
//   index is never read with an old entry file while online.
// - Updates: the worker calls skipWaiting and clientsClaim, so a new build's worker takes
//   over as soon as it is installed and the next visit (navigation or reload) is served
//   from the new build.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { injectManifest } from 'workbox-build';

const require = createRequire(import.meta.url);
/** The Workbox modules src/service-worker.js imports, in dependency order. */
const workboxModules = ['workbox-core', 'workbox-routing', 'workbox-strategies', 'workbox-expiration', 'workbox-precaching'];

/**
 * @param {string} outDir
 * @param {{ base: string }} options
 * @returns {Promise<{ precached: number, bytes: number }>}
 */
export async function writeServiceWorker(outDir, { base }) {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  await mkdir(join(outDir, 'workbox'), { recursive: true });
  for (const name of workboxModules) {
    const source = join(dirname(require.resolve(`${name}/package.json`)), 'build', `${name}.prod.js`);
    // Without the source-map comment: the maps are not shipped.
    const code = (await readFile(source, 'utf8')).replace(/\n\/\/# sourceMappingURL=.*\s*$/, '\n');
    await writeFile(join(outDir, 'workbox', `${name}.prod.js`), code);
  }
  const { count, size, warnings } = await injectManifest({
    swSrc: fileURLToPath(new URL('../../src/service-worker.js', import.meta.url)),
    swDest: join(outDir, 'sw.js'),
    globDirectory: outDir,
    globPatterns: ['**/*.{html,css,js,woff2,svg,ico,png,webmanifest}'],
    // Not found pages are never served by the worker (it has no fallback route).
    globIgnores: ['pagefind/**', 'workbox/**', 'sw.js', '404.html', '*/404/**'],
    // Paths in the manifest are relative to dist/; the site may live under a sub-path.
    modifyURLPrefix: { '': prefix },
    // Astro's hashed assets need no revision.
    dontCacheBustURLsMatching: /\/_astro\//,
  });
  if (warnings.length) console.warn(`service worker: ${warnings.join('; ')}`);
  return { precached: count, bytes: size };
}
