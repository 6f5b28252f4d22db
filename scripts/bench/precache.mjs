// @ts-check
/**
 * What the service worker downloads in the background on a reader's first visit: the
 * precache list Workbox wrote into `sw.js`, each file's size as the static server sends it
 * (asked with HEAD and `Accept-Encoding: gzip`, so compression follows the server's rules).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startStaticServer } from '../lib/static-server.mjs';

/**
 * The URLs of a Workbox precache manifest in sw.js: its entries are flat objects with a
 * `url` and a `revision`, as JSON (`{"revision":"…","url":"/a.html"}`, injectManifest) or
 * minified JavaScript (`{url:"/a.html",revision:"…"}`, generateSW), keys in any order.
 * @param {string} source the text of sw.js
 */
export function precacheUrls(source) {
  return [...source.matchAll(/\{[^{}]*\}/g)]
    .map((m) => m[0])
    .filter((entry) => /\brevision"?\s*:/.test(entry))
    .flatMap((entry) => /\burl"?\s*:\s*"([^"]+)"/.exec(entry)?.[1] ?? []);
}

/**
 * @param {string} dist a built site
 * @returns {Promise<{ files: number, bytes: number } | undefined>} undefined without sw.js
 */
export async function precacheCost(dist) {
  const file = join(dist, 'sw.js');
  if (!existsSync(file)) return undefined;
  const urls = precacheUrls(readFileSync(file, 'utf8'));
  const server = await startStaticServer({ root: dist, base: '/' });
  try {
    let bytes = 0;
    for (const url of urls) {
      const response = await fetch(new URL(url.replace(/^\//, ''), server.url), { method: 'HEAD', headers: { 'accept-encoding': 'gzip' } });
      bytes += Number(response.headers.get('content-length') ?? 0);
    }
    return { files: urls.length, bytes };
  } finally {
    await server.close();
  }
}
