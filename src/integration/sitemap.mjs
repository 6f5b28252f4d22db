// Writes sitemap.xml from the built pages: every page with a canonical URL, except pages
// marked noindex (404s and fallback pages), with their hreflang alternates.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Text for XML or HTML: content, or an attribute value in double quotes. */
export const escapeXml = (/** @type {string} */ s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

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

/**
 * @param {string} outDir
 * @param {import('./built-pages.mjs').BuiltPages} pages the built pages, read once
 */
export async function writeSitemap(outDir, pages) {
  const urls = [];
  for (const html of pages.values()) {
    const { noindex, canonical, alternates } = pageLinks(html);
    if (noindex || !canonical) continue;
    const links = alternates.map((a) => `    <xhtml:link rel="alternate" hreflang="${escapeXml(a.lang)}" href="${escapeXml(a.href)}"/>`).join('\n');
    urls.push(`  <url>\n    <loc>${escapeXml(canonical)}</loc>\n${links}\n  </url>`);
  }
  urls.sort();
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
  await writeFile(join(outDir, 'sitemap.xml'), xml);
  return urls.length;
}
