// @ts-check
/**
 * Reads back what a built service worker precaches. The build writes the list into
 * `<locale>/sw.js` (Workbox injectManifest); the offline tests check it and the benchmark
 * weighs it, both from the file a reader's browser gets rather than from the generator.
 */

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
