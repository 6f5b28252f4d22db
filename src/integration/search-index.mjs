// Builds the search indexes: one Pagefind bundle per locale at `<outDir>/pagefind/<locale>/`.
//
// - Only real guide content is indexed: pages whose HTML carries `data-pagefind-body`
//   (a guide's own translation; fallback pages, navigation and tools have none), and within
//   them whatever is not `data-pagefind-ignore`. Headings keep their ids, so a hit in a
//   section is a sub-result that opens that section.
// - Pagefind is given each page's text in the locale's canonical spelling
//   (`canonicalText` from src/lib/search-normalise.ts, the function the search island applies
//   to queries), so Arabic/Persian letters, digit scripts, tatweel and ZWNJ spellings meet.
//   The page in dist/ is not changed; only the indexed copy is.
// - One bundle per locale (rather than one bundle with three languages) because Pagefind
//   loads one WebAssembly module, with one language's stemmer, per JS realm: a separate
//   bundle per language gives each language its own pagefind.js, worker and stemmer, so the
//   search page can query the other languages correctly when its own has no hit, and the
//   service worker can cache a reader's language alone.
// - `offline-files.json` in each bundle lists the bundle's files, so the search page can
//   have the service worker keep a language's whole index once the reader has searched in it.
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { localeCodes } from '../i18n/locales.ts';
import { canonicalText } from '../lib/search-normalise.ts';

/**
 * Files Pagefind writes that this site never loads: its ready-made UIs (the site has its own
 * island) and its web worker (the island runs Pagefind with `noWorker`, see
 * src/islands/search/pagefind-client.ts; were that changed, Pagefind falls back to the main
 * thread when the worker is missing).
 */
const unusedBundleFiles = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$|^pagefind-worker\.js$/;

/**
 * The page with its text (not its tags, attributes or entities) in the locale's canonical
 * spelling.
 * @param {import('../i18n/locales.ts').Locale} locale
 * @param {string} html
 */
export function canonicalHtml(locale, html) {
  return html.replace(/(<[^>]*>|&#?\w+;)|([^<&]+)/g, (_, markup, text) => markup ?? canonicalText(locale, text));
}

/** Throws with Pagefind's own messages when a call reports errors. */
const failIf = (/** @type {{ errors: string[] }} */ response, /** @type {string} */ what) => {
  if (response.errors.length) throw new Error(`Pagefind could not ${what}: ${response.errors.join('; ')}`);
};

/**
 * @param {string} outDir the built site
 * @param {import('./built-pages.mjs').BuiltPages} builtPages its pages, read once
 * @returns {Promise<Record<string, number>>} pages indexed per locale
 */
export async function buildSearchIndex(outDir, builtPages) {
  const bundlesDir = join(outDir, 'pagefind');
  await rm(bundlesDir, { recursive: true, force: true });
  /** @type {Record<string, number>} */
  const pages = {};
  try {
    for (const locale of localeCodes) {
      const { index, errors } = await pagefind.createIndex({});
      if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
      pages[locale] = 0;
      const pagesOfLocale = [...builtPages.keys()].filter((file) => file.startsWith(`${locale}/`)).sort();
      for (const file of pagesOfLocale) {
        const html = /** @type {string} */ (builtPages.get(file));
        if (!html.includes('data-pagefind-body')) continue;
        const url = `/${file}`.replace(/index\.html$/, '');
        // A fallback page (content in another language) must never reach this locale's index.
        const lang = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1];
        const contentLang = /<main[^>]*\slang="([^"]+)"/.exec(html)?.[1];
        if (lang !== locale || contentLang !== locale) {
          throw new Error(
            `${url} carries data-pagefind-body but its <html lang> is "${lang}" and its <main lang> "${contentLang}"; only a page written in ${locale} may be indexed for ${locale}.`,
          );
        }
        failIf(await index.addHTMLFile({ url, content: canonicalHtml(locale, html) }), `index ${url}`);
        pages[locale] += 1;
      }
      const outputPath = join(bundlesDir, locale);
      failIf(await index.writeFiles({ outputPath }), `write ${outputPath}`);
      await index.deleteIndex();
      await tidyBundle(outputPath);
    }
  } finally {
    await pagefind.close();
  }
  return pages;
}

/**
 * Removes the files the site never loads (the UIs, the worker, and the WebAssembly of other
 * languages: every bundle also gets the stemmer-less `wasm.unknown`), then lists the rest in
 * offline-files.json.
 */
async function tidyBundle(/** @type {string} */ bundle) {
  const entry = JSON.parse(await readFile(join(bundle, 'pagefind-entry.json'), 'utf8'));
  /** @type {Set<string>} */
  const wasmInUse = new Set(Object.values(entry.languages ?? {}).map((language) => `wasm.${language.wasm ?? 'unknown'}.pagefind`));
  /** @type {string[]} */
  const files = [];
  for (const file of await readdir(bundle, { withFileTypes: true, recursive: true })) {
    if (!file.isFile()) continue;
    const path = join(file.parentPath, file.name);
    if (unusedBundleFiles.test(file.name) || (/^wasm\..+\.pagefind$/.test(file.name) && !wasmInUse.has(file.name))) await rm(path);
    else files.push(relative(bundle, path).split(sep).join('/'));
  }
  await writeFile(join(bundle, 'offline-files.json'), `${JSON.stringify(files.sort())}\n`);
}
