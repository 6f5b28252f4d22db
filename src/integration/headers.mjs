// Writes dist/_headers for static hosts that read one (Netlify, Cloudflare Pages): the
// security headers for every path, and for each page the same Content-Security-Policy its
// <meta> tag carries (page-specific script/style hashes), plus `frame-ancestors 'none'`,
// which only works as a header.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

export const globalHeaders = {
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy':
    'accelerometer=(), autoplay=(), camera=(), display-capture=(), encrypted-media=(), fullscreen=(), geolocation=(), gyroscope=(), hid=(), interest-cohort=(), magnetometer=(), microphone=(), midi=(), payment=(), picture-in-picture=(), publickey-credentials-get=(), screen-wake-lock=(), serial=(), usb=(), xr-spatial-tracking=()',
};

/** @param {string} dir @returns {AsyncGenerator<string>} */
async function* htmlFiles(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}

/** The CSP a built page declares in its meta tag. @param {string} html */
export function metaCsp(html) {
  const match = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html);
  return match?.[1]?.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/\s*;\s*/g, '; ').replace(/;\s*$/, '').trim();
}

/** @param {string} outDir @param {{ base: string }} options */
export async function writeHeadersFile(outDir, { base }) {
  const prefix = base.replace(/\/+$/, '');
  const lines = ['/*', ...Object.entries(globalHeaders).map(([k, v]) => `  ${k}: ${v}`), ''];
  for await (const file of htmlFiles(outDir)) {
    const rel = relative(outDir, file).split(sep).join('/');
    const csp = metaCsp(await readFile(file, 'utf8'));
    if (!csp) continue;
    const path = `${prefix}/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
    lines.push(path, `  Content-Security-Policy: ${csp}; frame-ancestors 'none'`, '');
  }
  await writeFile(join(outDir, '_headers'), lines.join('\n'));
}
