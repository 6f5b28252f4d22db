// Writes dist/_headers for static hosts that read one (Netlify, Cloudflare Pages): the
// security headers for every path, and for each page the same Content-Security-Policy its
// <meta> tag carries (page-specific script/style hashes), plus `frame-ancestors 'none'`,
// which only works as a header.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const globalHeaders = {
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy':
    'accelerometer=(), autoplay=(), camera=(), display-capture=(), encrypted-media=(), fullscreen=(), geolocation=(), gyroscope=(), hid=(), interest-cohort=(), magnetometer=(), microphone=(), midi=(), payment=(), picture-in-picture=(), publickey-credentials-get=(), screen-wake-lock=(), serial=(), usb=(), xr-spatial-tracking=()',
};

/** The CSP a built page declares in its meta tag. @param {string} html */
export function metaCsp(html) {
  const match = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html);
  return match?.[1]
    ?.replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s*;\s*/g, '; ')
    .replace(/;\s*$/, '')
    .trim();
}

/**
 * @param {string} outDir
 * @param {{ base: string }} options
 * @param {import('./built-pages.mjs').BuiltPages} pages the built pages, read once, in folder order
 */
export async function writeHeadersFile(outDir, { base }, pages) {
  const prefix = base.replace(/\/+$/, '');
  const lines = ['/*', ...Object.entries(globalHeaders).map(([k, v]) => `  ${k}: ${v}`), ''];
  for (const [rel, html] of pages) {
    const csp = metaCsp(html);
    if (!csp) continue;
    const path = `${prefix}/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
    lines.push(path, `  Content-Security-Policy: ${csp}; frame-ancestors 'none'`, '');
  }
  await writeFile(join(outDir, '_headers'), lines.join('\n'));
}
