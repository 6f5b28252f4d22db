// @ts-check
/**
 * What the service worker downloads in the background on a reader's first visit: the
 * precache list Workbox wrote into the locale's `<locale>/sw.js` (one worker per locale: a
 * reader's first visit installs one of them), each file's size as the static server sends it
 * (asked with HEAD and `Accept-Encoding: gzip`, so compression follows the server's rules).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { precacheUrls } from '../src/integration/precache-manifest.mjs';
import { startStaticServer } from '../scripts/lib/static-server.mjs';

/**
 * @param {string} dist a built site
 * @returns {Promise<{ files: number, bytes: number, locales: Record<string, { files: number, bytes: number }> } | undefined>}
 *   per locale, and at the top the largest locale's figures (the most one first visit
 *   downloads); undefined without any `<locale>/sw.js`
 */
export async function precacheCost(dist) {
  const workers = readdirSync(dist, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dist, entry.name, 'sw.js')))
    .map((entry) => entry.name);
  if (workers.length === 0) return undefined;
  const server = await startStaticServer({ root: dist, base: '/' });
  try {
    /** @type {Record<string, { files: number, bytes: number }>} */
    const locales = {};
    for (const locale of workers) {
      const urls = precacheUrls(readFileSync(join(dist, locale, 'sw.js'), 'utf8'));
      let bytes = 0;
      for (const url of urls) {
        const response = await fetch(new URL(url.replace(/^\//, ''), server.url), { method: 'HEAD', headers: { 'accept-encoding': 'gzip' } });
        bytes += Number(response.headers.get('content-length') ?? 0);
      }
      locales[locale] = { files: urls.length, bytes };
    }
    const largest = Object.values(locales).reduce((a, b) => (b.bytes > a.bytes ? b : a));
    return { ...largest, locales };
  } finally {
    await server.close();
  }
}
