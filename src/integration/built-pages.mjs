// @ts-check
// The built pages, each read from disk once and shared by every step after the build
// (search index, sitemap, headers, service workers).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** A built page's HTML by its file path relative to the output folder (`fa/guides/money/index.html`). */
/** @typedef {Map<string, string>} BuiltPages */

/**
 * The file Astro wrote for a page pathname (`fa/guides/money/`, `404`, ``), with the
 * directory build format this site uses.
 * @param {string} pathname
 */
export function pageFile(pathname) {
  const path = pathname.replace(/^\/+|\/+$/g, '');
  // Astro writes the root 404 page as 404.html (what static hosts serve), any other page as
  // <path>/index.html.
  if (path === '404') return '404.html';
  return path ? `${path}/index.html` : 'index.html';
}

/**
 * Compares paths folder by folder, the order a sorted directory walk gives
 * (`fa/tools/index.html` before `fa/tools-x/…`).
 * @param {string} a @param {string} b
 */
export function comparePaths(a, b) {
  const left = a.split('/');
  const right = b.split('/');
  for (let i = 0; i < Math.min(left.length, right.length); i += 1) {
    const x = /** @type {string} */ (left[i]);
    const y = /** @type {string} */ (right[i]);
    if (x !== y) return x < y ? -1 : 1;
  }
  return left.length - right.length;
}

/**
 * Reads each built page once.
 * @param {string} outDir
 * @param {string[]} pathnames the pages Astro reports having built
 * @returns {Promise<BuiltPages>}
 */
export async function readBuiltPages(outDir, pathnames) {
  const files = [...new Set(pathnames.map(pageFile))].sort(comparePaths);
  const html = await Promise.all(files.map((file) => readFile(join(outDir, file), 'utf8')));
  return new Map(files.map((file, i) => [file, /** @type {string} */ (html[i])]));
}
