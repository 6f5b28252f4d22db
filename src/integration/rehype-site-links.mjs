// @ts-check
/**
 * Link plugin for guide MDX, run on the HTML tree by Sätteri, Astro's native Markdown/MDX
 * processor. Authors write site links as `/<locale>/guides/<key>/` (no base). At build
 * time this plugin:
 * - fails the build when a guide links to a guide that does not exist, or to a guide
 *   in another locale (readers should stay in their language), naming the file;
 * - prefixes every site-absolute link with the deploy base, so `BASE_PATH` works;
 * - marks external links `rel="noreferrer"`.
 * Which guides exist is read from the content folder once per build.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { localeCodes } from '../i18n/locales.ts';
import { environment } from './environment.mjs';
import { fileURLToPath } from 'node:url';

/** One of the site's locale codes, as a regular expression group. */
const localeGroup = `(${localeCodes.join('|')})`;
const localePattern = new RegExp(`^/${localeGroup}(/|$)`);
const guidePattern = new RegExp(`^/${localeGroup}/guides/([^/]+)/?$`);
const contentFilePattern = new RegExp(`^(.*)/(?:guides|pages)/${localeGroup}/[^/]+\\.mdx$`);

/** @param {string} dir */
function listGuideKeys(dir) {
  /** @type {Map<string, Set<string>>} */
  const keys = new Map();
  if (!existsSync(dir)) return keys;
  for (const locale of readdirSync(dir)) {
    const files = readdirSync(join(dir, locale)).filter((f) => f.endsWith('.mdx'));
    keys.set(locale, new Set(files.map((f) => f.replace(/\.mdx$/, ''))));
  }
  return keys;
}

/**
 * @param {string} href  a site-absolute href without base, e.g. `/fa/guides/money/#cost`
 * @param {string} fileLocale the locale folder of the guide being compiled
 * @param {(locale: string, key: string) => boolean} guideExists
 * @returns {string | undefined} what is wrong with the link, or undefined
 */
export function problemWithSiteLink(href, fileLocale, guideExists) {
  const path = href.split(/[?#]/)[0] ?? '';
  const locale = localePattern.exec(path)?.[1];
  if (!locale) return undefined;
  if (fileLocale && locale !== fileLocale) {
    return `links to "${href}" in another language; link to /${fileLocale}/… instead`;
  }
  const guide = guidePattern.exec(path);
  if (guide?.[2] && !guideExists(locale, guide[2])) {
    return `links to the guide "${guide[2]}", which does not exist in ${locale}`;
  }
  if (guide && !path.endsWith('/')) return `link "${href}" needs a trailing slash`;
  return undefined;
}

/**
 * A Sätteri hast plugin factory: Sätteri calls it once per compiled file (with the file's
 * URL) and hands the plugin only the `<a>` elements, picked out on the Rust side.
 * @param {{ base?: string }} options
 */
export function siteLinks(options = {}) {
  const base = (options.base ?? '/').replace(/\/+$/, '');
  const contentDir = environment.contentDir ?? 'content';
  /** @type {Map<string, Map<string, Set<string>>>} */
  const cache = new Map();
  /** @param {string} dir */
  const keysIn = (dir) => {
    let keys = cache.get(dir);
    if (!keys) {
      keys = listGuideKeys(dir);
      cache.set(dir, keys);
    }
    return keys;
  };

  /** @param {{ fileURL: URL | undefined }} context */
  return ({ fileURL }) => {
    const filePath = fileURL ? fileURLToPath(fileURL) : '';
    // content/<guides|pages>/<locale>/<slug>.mdx: the guides folder sits beside either.
    const match = contentFilePattern.exec(filePath);
    const fileLocale = match?.[2] ?? '';
    const guidesDir = match?.[1] ? join(match[1], 'guides') : join(contentDir, 'guides');
    const guideExists = (/** @type {string} */ locale, /** @type {string} */ key) =>
      keysIn(guidesDir).get(locale)?.has(key) ?? keysIn(join(contentDir, 'guides')).get(locale)?.has(key) ?? false;

    return {
      name: 'site-links',
      element: {
        filter: ['a'],
        /** @param {any} node @param {any} ctx */
        visit(node, ctx) {
          const href = node.properties?.href;
          if (typeof href !== 'string') return;
          if (href.startsWith('/') && !href.startsWith('//')) {
            const problem = problemWithSiteLink(href, fileLocale, guideExists);
            if (problem) {
              const where = filePath ? relative(process.cwd(), filePath) : 'a guide';
              throw new Error(`${where}: ${problem}.`);
            }
            ctx.setProperty(node, 'href', `${base}${href}`);
          } else if (/^https?:/.test(href)) {
            ctx.setProperty(node, 'rel', ['noreferrer']);
          }
        },
      },
    };
  };
}
