// @ts-check
/**
 * The pages a reader's-cost run and Lighthouse visit, per locale: the home page, a guide
 * (red-flags, else the first guide built), a guide without a tool island (to check the
 * no-JavaScript budget, when the first guide has one), the self-assessment and the search
 * page. Pages not built yet are skipped with a note, so the benchmark runs while the site
 * grows.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * @typedef {object} Target
 * @property {string} locale
 * @property {'home' | 'guide' | 'guide+tool' | 'tool' | 'search'} kind   budgets follow the kind
 * @property {string} label    e.g. "fa guide (red-flags)"
 * @property {string} path     site path with trailing slash, e.g. "/fa/guides/red-flags/"
 */

const islandMarker = '<astro-island';

/** @param {string} dist @param {string} path */
const htmlOf = (dist, path) => {
  const file = join(dist, path, 'index.html');
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
};

/**
 * @param {string} dist the built site
 * @param {readonly string[]} locales
 * @param {{ toolFreeGuide?: boolean }} [options] also visit a guide without a tool island
 * @returns {{ targets: Target[], notes: string[] }}
 */
export function pagesToVisit(dist, locales, { toolFreeGuide = true } = {}) {
  /** @type {Target[]} */
  const targets = [];
  const notes = [];
  for (const locale of locales) {
    const add = (/** @type {Target['kind']} */ kind, /** @type {string} */ name, /** @type {string} */ path) => {
      if (htmlOf(dist, path) === undefined) notes.push(`${path} is not built yet: skipped.`);
      else targets.push({ locale, kind, label: `${locale} ${name}`, path });
    };
    add('home', 'home', `/${locale}/`);

    const guidesDir = join(dist, locale, 'guides');
    const keys = existsSync(guidesDir)
      ? readdirSync(guidesDir)
          .filter((k) => existsSync(join(guidesDir, k, 'index.html')))
          .sort()
      : [];
    const key = keys.includes('red-flags') ? 'red-flags' : keys[0];
    if (!key) notes.push(`/${locale}/guides/: no guide built yet: skipped.`);
    else {
      const path = `/${locale}/guides/${key}/`;
      const hasIsland = htmlOf(dist, path)?.includes(islandMarker) ?? false;
      add(hasIsland ? 'guide+tool' : 'guide', `guide (${key})`, path);
      if (hasIsland && toolFreeGuide) {
        const plain = keys.find((k) => !htmlOf(dist, `/${locale}/guides/${k}/`)?.includes(islandMarker));
        if (plain) add('guide', `guide (${plain})`, `/${locale}/guides/${plain}/`);
        else notes.push(`${locale}: every guide has a tool island; the no-JavaScript guide budget was not checked.`);
      }
    }
    add('tool', 'self-assessment', `/${locale}/tools/self-assessment/`);
    add('search', 'search', `/${locale}/search/`);
  }
  return { targets, notes };
}
