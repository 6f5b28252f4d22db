// Writes sitemap.xml from the built pages: every page with a canonical URL, except pages
// marked noindex (404s and fallback pages), with their hreflang alternates.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

/** @param {string} dir @returns {AsyncGenerator<string>} */
async function* htmlFiles(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}

const escapeXml = (/** @type {string} */ s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/**
 * Reads canonical and alternate links from a page's head.
 * @param {string} html
 */
export function pageLinks(html) {
  const head = html.slice(0, html.indexOf('</head>'));
  const noindex = /<meta name="robots" content="noindex"/.test(head);
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(head)?.[1];
  const alternates = [...head.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => ({ lang: m[1], href: m[2] }));
  return { noindex, canonical, alternates };
}

/** @param {string} outDir @param {{ site: string, base: string }} options */
export async function writeSitemap(outDir, options) {
  const urls = [];
  for await (const file of htmlFiles(outDir)) {
    if (relative(outDir, file).startsWith('pagefind')) continue;
    const { noindex, canonical, alternates } = pageLinks(await readFile(file, 'utf8'));
    if (noindex || !canonical) continue;
    const links = alternates.map((a) => `    <xhtml:link rel="alternate" hreflang="${escapeXml(a.lang)}" href="${escapeXml(a.href)}"/>`).join('\n');
    urls.push(`  <url>\n    <loc>${escapeXml(canonical)}</loc>\n${links}\n  </url>`);
  }
  urls.sort();
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
  await writeFile(join(outDir, 'sitemap.xml'), xml);
  return urls.length;
}
