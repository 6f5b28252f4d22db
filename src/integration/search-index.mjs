// Builds the search indexes: one Pagefind bundle per locale at `<outDir>/pagefind/<locale>/`.
//
// - Only real guide content is indexed: pages whose HTML carries `data-pagefind-body`
//   (a guide's own translation; fallback pages, navigation and tools have none), and within
//   them whatever is not `data-pagefind-ignore`. Headings keep their ids, so a hit in a
//   section is a sub-result that opens that section.
// - Pagefind is given each page's text in the locale's canonical spelling
//   (`canonicalText` from src/lib/search-normalise.ts, the function the search island applies
//   to queries), so Arabic/Persian letters, digit scripts, tatweel and ZWNJ spellings meet.
//   The page in dist/ is not changed; only the indexed copy is (the search pages alone get
//   preload links, below).
// - One bundle per locale (rather than one bundle with three languages) because Pagefind
//   loads one WebAssembly module, with one language's stemmer, per JS realm: a separate
//   bundle per language gives each language its own pagefind.js, worker and stemmer, so the
//   search page can query the other languages correctly when its own has no hit, and the
//   service worker can cache a reader's language alone.
// - Each tool page (`/<locale>/tools/<id>/`) is indexed as a short record of its own: its
//   title, what kind of tool it is in the reader's words ("Calculator", «حاسبة»: the island's
//   `search.kind.*` strings), its description and its introduction, weighted so that a query
//   naming the tool ranks it above guides that merely mention it. The form is never indexed.
// - About and Sources are indexed with their running text weighted down, so a guide that
//   answers a query ranks above them; their titles (and the cited articles' titles on
//   Sources) keep their weight, so they stay findable by them.
// - The search page of each locale gets `<link rel="preload">`s for what every query needs
//   from its bundle (pagefind.js, the entry file, the metadata, the WebAssembly) and for the
//   island's modules, so they load in parallel with the page instead of one after another
//   once the island runs. Its index chunks (while they are small) and the other languages'
//   preloads wait inert in `<template>`s; each chunk's link carries the chunk's first and
//   last word (pagefind-meta.mjs), so a search starts only the chunks its words can be in:
//   the page's first script for the URL's query, the island when a search falls back to
//   another language. The entry file is preloaded as
//   `pagefind-entry.json?ts=<meta hash>`; the island passes that tag to Pagefind
//   (`metaCacheTag`), so Pagefind asks for the same URL.
// - The search page's first script (src/components/SearchStart.astro) is moved behind the
//   CSP and ahead of the preloads: it begins the URL's query as parsing ends, before the
//   island wakes. It and the island's component are loaded straight from the chunk that
//   holds their code, not through the one-line entry files the bundler writes for them
//   (`passedOn`). Each bundle's `pagefind.js` is adjusted to answer that first query sooner
//   (pagefind-script.mjs).
// - The search page also carries every indexed page's URL, title and tool kind by Pagefind
//   result id (`<script type="application/json" data-search-pages>`, ≈ 3 kB gzip for the
//   three languages), so a result's title and link are drawn as soon as the ranking is known,
//   one fragment round trip before its excerpt arrives.
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Worker } from 'node:worker_threads';
import { localeCodes } from '../i18n/locales.ts';
import { dictionaries } from '../i18n/translate.ts';
import { canonicalText } from '../lib/search-normalise.ts';
import { chunkRanges } from './pagefind-meta.mjs';
import { tunePagefindScript } from './pagefind-script.mjs';
import { escapeXml } from './sitemap.mjs';

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

/** Weight of About's and Sources' running text: below a guide's body text (1). */
const pageTextWeight = 0.1;
/** Index chunks are preloaded on the search page while all of a locale's weigh no more than this. */
const preloadChunksUpTo = 96 * 1024;

const textOf = (/** @type {string | undefined} */ html) => (html ?? '').replace(/<[^>]*>/g, '').trim();
const escapeText = (/** @type {string} */ text) => text.replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;'));

/**
 * What is indexed of a tool page: its title, kind, description and introduction (the tool's
 * own markup, a form or a list to tick, stays out). The kind is found on the tool's root
 * (`data-pagefind-meta="kind:…"`, set by src/components/ToolFrame.astro).
 * @param {string} locale
 * @param {string} html the built tool page
 * @returns {string | undefined} the HTML to index, or undefined if this is not a tool page
 */
export function toolRecord(locale, html) {
  if (!/<article class="tool-page"/.test(html)) return undefined;
  const title = textOf(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1]);
  const description = /<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? '';
  const intro = textOf(/<p class="lead"[^>]*>([\s\S]*?)<\/p>/.exec(html)?.[1]);
  const kind = /data-pagefind-meta="kind:([a-z-]+)"/.exec(html)?.[1];
  const kindName = kind ? dictionaries[locale]?.[`search.kind.${kind}`] : undefined;
  if (!title || !kind || !kindName)
    throw new Error(`A tool page in ${locale} lacks its title, its kind (data-pagefind-meta="kind:…") or a search.kind.${kind} string.`);
  return (
    `<!doctype html><html lang="${locale}"><head><title>${title}</title></head><body><main lang="${locale}" data-pagefind-body data-pagefind-meta="kind:${kind}">` +
    `<h1 data-pagefind-weight="10">${title}</h1><p data-pagefind-weight="8">${escapeText(kindName)}</p>` +
    `<p data-pagefind-weight="3">${description}</p><p>${intro}</p></main></body></html>`
  );
}

/**
 * A standalone page (About, Sources: `<article class="page">`) with its running text weighted
 * below a guide's; its title keeps its weight, its headings and the titles it cites
 * (`<cite>`) weigh about as body text, so a query made of a source's title still
 * finds the page.
 * Other pages come back unchanged.
 * @param {string} html
 */
export function weightPage(html) {
  if (!/<article class="page" data-pagefind-body/.test(html)) return html;
  return html
    .replace(/<div class="prose">/, `<div class="prose" data-pagefind-weight="${pageTextWeight}">`)
    .replace(/<ol class="source-list"/, `<ol class="source-list" data-pagefind-weight="${pageTextWeight}"`)
    .replace(/<(h[2-6])(?=[\s>])/g, '<$1 data-pagefind-weight="2"')
    .replace(/<cite(?=[\s>])/g, '<cite data-pagefind-weight="0.5"');
}

/**
 * Builds one locale's bundle in a worker thread (src/integration/pagefind-worker.mjs);
 * rejects with Pagefind's own messages when it reports errors.
 * @param {[url: string, content: string][]} records the pages, in the order to index them
 * @param {string} outputPath
 * @returns {Promise<void>}
 */
export function indexInWorker(records, outputPath) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./pagefind-worker.mjs', import.meta.url), { workerData: { records, outputPath } });
    let answered = false;
    worker.once('message', (/** @type {{ errors: string[] }} */ { errors }) => {
      answered = true;
      if (errors.length) reject(new Error(`Pagefind could not build ${outputPath}: ${errors.join('; ')}`));
      else resolve();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`The Pagefind worker for ${outputPath} stopped (exit ${code}) before writing the bundle.`));
    });
  });
}

/**
 * @param {string} outDir the built site
 * @param {import('./built-pages.mjs').BuiltPages} builtPages its pages, read once; the search
 *   pages' entries are updated with the preloads written into them
 * @param {{ base?: string }} [options] `base`: the site's base path (Astro's `base`)
 * @returns {Promise<Record<string, number>>} pages indexed per locale
 */
export async function buildSearchIndex(outDir, builtPages, { base = '/' } = {}) {
  const bundlesDir = join(outDir, 'pagefind');
  await rm(bundlesDir, { recursive: true, force: true });
  /** @type {Record<string, number>} */
  const pages = {};
  /** @type {Record<string, BundlePreloads>} */
  const preloads = {};
  /** @type {Record<string, SearchPage>} */
  const pageList = {};
  /** @returns {[url: string, content: string][]} what Pagefind is given of a locale's pages, in order */
  const recordsOf = (/** @type {import('../i18n/locales.ts').Locale} */ locale) => {
    /** @type {[url: string, content: string][]} */
    const records = [];
    for (const file of [...builtPages.keys()].filter((name) => name.startsWith(`${locale}/`)).sort()) {
      const html = /** @type {string} */ (builtPages.get(file));
      const tool = toolRecord(locale, html);
      if (!tool && !html.includes('data-pagefind-body')) continue;
      const url = `/${file}`.replace(/index\.html$/, '');
      // A fallback page (content in another language) must never reach this locale's index.
      const lang = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1];
      const contentLang = /<main[^>]*\slang="([^"]+)"/.exec(html)?.[1];
      if (!tool && (lang !== locale || contentLang !== locale)) {
        throw new Error(
          `${url} carries data-pagefind-body but its <html lang> is "${lang}" and its <main lang> "${contentLang}"; only a page written in ${locale} may be indexed for ${locale}.`,
        );
      }
      records.push([url, canonicalHtml(locale, tool ?? weightPage(html))]);
    }
    return records;
  };
  for (const locale of localeCodes) pages[locale] = 0;
  /** @type {Map<string, Record<string, SearchPage>>} */
  const listed = new Map();
  // The locales' indexes are independent: each is built by a Pagefind process of its own, as
  // many at once as there are cores (on two cores, two at once took 4.5 s where one after
  // another took 6.0 s; a third at once was no faster and added ≈ 130 MB). A locale's pages
  // are prepared while the other locale's process works.
  const queue = [...localeCodes];
  const indexNext = async () => {
    for (let locale = queue.shift(); locale; locale = queue.shift()) {
      const records = recordsOf(locale);
      pages[locale] = records.length;
      const outputPath = join(bundlesDir, locale);
      await indexInWorker(records, outputPath);
      await tidyBundle(outputPath);
      preloads[locale] = await bundlePreloads(outputPath, `${base.replace(/\/?$/, '/')}pagefind/${locale}/`);
      listed.set(locale, await bundlePages(outputPath, base));
    }
  };
  await Promise.all(Array.from({ length: Math.min(availableParallelism(), queue.length) }, indexNext));
  // In the locales' order, whichever finished first: the page list's bytes stay the same.
  for (const locale of localeCodes) Object.assign(pageList, listed.get(locale));
  for (const locale of localeCodes) await preloadOnSearchPage(outDir, builtPages, locale, preloads, pageList, base);
  return pages;
}

/**
 * Removes the files the site never loads: the UIs, the worker, and the WebAssembly of other
 * languages (every bundle also gets the stemmer-less `wasm.unknown`); and makes the script
 * start searching sooner (see pagefind-script.mjs).
 */
async function tidyBundle(/** @type {string} */ bundle) {
  const script = join(bundle, 'pagefind.js');
  await writeFile(script, tunePagefindScript(await readFile(script, 'utf8'), script));
  const entry = JSON.parse(await readFile(join(bundle, 'pagefind-entry.json'), 'utf8'));
  /** @type {Set<string>} */
  const wasmInUse = new Set(Object.values(entry.languages ?? {}).map((language) => `wasm.${language.wasm ?? 'unknown'}.pagefind`));
  for (const file of await readdir(bundle, { withFileTypes: true })) {
    if (file.isFile() && (unusedBundleFiles.test(file.name) || (/^wasm\..+\.pagefind$/.test(file.name) && !wasmInUse.has(file.name))))
      await rm(join(bundle, file.name));
  }
}

/**
 * Modules and, recursively, the modules they import statically (`import … from "./x.js"` at
 * the top of Vite's chunks), as site URLs in the order found.
 * @param {string} outDir
 * @param {string[]} urls site URLs of built modules
 * @param {string} base
 */
async function staticImports(outDir, urls, base) {
  const prefix = base.replace(/\/?$/, '/');
  /** @type {string[]} */
  const found = [];
  const visit = async (/** @type {string} */ url) => {
    if (found.includes(url) || !url.startsWith(prefix)) return;
    found.push(url);
    const code = await readFile(join(outDir, url.slice(prefix.length)), 'utf8').catch(() => '');
    for (const [, path] of code.matchAll(/(?:^|;)\s*import\s*(?:[^;"'()]*?from\s*)?"(\.\.?\/[^"]+)"/g)) {
      await visit(new URL(path, `http://site${url}`).pathname);
    }
  };
  for (const url of urls) await visit(url);
  return found;
}

/**
 * @typedef {{ files: string[], chunks: string[] }} BundlePreloads `files`: what every query
 *   needs (Pagefind's script, entry, metadata, WebAssembly); `chunks`: the index chunks, of
 *   which a query needs only some
 */

/**
 * The `<link>`s that start loading one locale's bundle (see the top of this file).
 * Same-origin `fetch()` is a CORS request with credentials, so the fetch preloads carry
 * `crossorigin` to be reused.
 * @param {string} bundle the locale's bundle on disk
 * @param {string} bundleUrl the bundle's URL folder, e.g. `/pagefind/fa/`
 * @returns {Promise<BundlePreloads>}
 */
async function bundlePreloads(bundle, bundleUrl) {
  const entry = JSON.parse(await readFile(join(bundle, 'pagefind-entry.json'), 'utf8'));
  const [language] = Object.values(entry.languages ?? {});
  if (!language) return { files: [], chunks: [] };
  const chunks = await readdir(join(bundle, 'index'), { withFileTypes: true });
  const sizes = await Promise.all(chunks.map(async (chunk) => (await stat(join(chunk.parentPath, chunk.name))).size));
  const ranges = new Map((await chunkRanges(bundle)).map((range) => [`${range.hash}.pf_index`, range]));
  const link = (/** @type {string} */ file, attributes = '') =>
    `<link rel="preload" href="${bundleUrl}${file}" as="fetch" crossorigin="anonymous" data-search-preload${attributes}>`;
  return {
    files: [
      `<link rel="modulepreload" href="${bundleUrl}pagefind.js" data-search-preload>`,
      link(`pagefind-entry.json?ts=${language.hash}`, ' data-search-entry'),
      link(`pagefind.${language.hash}.pf_meta`),
      link(`wasm.${language.wasm ?? 'unknown'}.pagefind`),
    ],
    // Each chunk with its first and last word: a search keeps only the chunks its words can
    // be in (`chunkMayHold`, src/lib/search-chunks.ts).
    chunks:
      sizes.reduce((sum, size) => sum + size, 0) <= preloadChunksUpTo
        ? chunks.map((chunk) => link(`index/${chunk.name}`, rangeAttributes(ranges.get(chunk.name))))
        : [],
  };
}

/** A chunk's first and last word as attributes of its preload (none if the metadata lacks it). */
function rangeAttributes(/** @type {import('./pagefind-meta.mjs').ChunkRange | undefined} */ range) {
  return range && ` data-search-from="${escapeXml(range.from)}" data-search-to="${escapeXml(range.to)}"`;
}

/** @typedef {[url: string, title: string, kind?: string]} SearchPage */

/**
 * Every page of a bundle by Pagefind result id (the fragment's file name): its URL, its title
 * and, for a tool, its kind, as the fragment holds them (so the title drawn early is the one
 * the full result shows).
 * @param {string} bundle the locale's bundle on disk
 * @param {string} base the site's base path: the pages were indexed by their path within the
 *   site, and Pagefind's script puts the base in front of them in the browser; so does this
 * @returns {Promise<Record<string, SearchPage>>}
 */
async function bundlePages(bundle, base) {
  const prefix = base.replace(/\/$/, '');
  /** @type {Record<string, SearchPage>} */
  const found = {};
  const folder = join(bundle, 'fragment');
  for (const file of (await readdir(folder)).sort()) {
    const data = gunzipSync(await readFile(join(folder, file)));
    // Pagefind's files start with a signature before the JSON.
    const fragment = JSON.parse(data.subarray(data.indexOf('{')).toString('utf8'));
    const kind = fragment.meta?.kind;
    found[file.replace(/\.pf_fragment$/, '')] = [`${prefix}${fragment.url}`, fragment.meta?.title ?? fragment.url, ...(kind ? [kind] : [])];
  }
  return found;
}

/** The search page's first script, as Astro writes it (URL in group 2), or once moved by this file (group 1). */
const startScript =
  /<script type="module" (?:data-search-preload data-search-start src="([^"]*)"|src="([^"]*\/SearchStart\.astro_astro_type_script[^"]*)")><\/script>/;

/**
 * The module a built entry file only passes on, if that is all it does: `import"./x.js";`
 * (a script whose code the bundler put in a shared chunk) or `export{t as default}from"./x.js";`
 * (an island component likewise). The page can then load `x.js` itself, one request
 * instead of two in a row. `url`: the entry's site URL; undefined for any other content.
 * @param {string} url
 * @param {string} code the entry file's content
 * @returns {{ url: string, exported?: string } | undefined} `exported`: the name `default` has in `x.js`
 * @example passedOn('/_astro/Search.js', 'export{t as default}from"./search.js";') // { url: '/_astro/search.js', exported: 't' }
 */
export function passedOn(url, code) {
  const only = /^\s*(?:import\s*"(\.\.?\/[^"]+)"|export\s*\{\s*([\w$]+)\s+as\s+default\s*\}\s*from\s*"(\.\.?\/[^"]+)")\s*;?\s*$/.exec(code);
  if (!only) return undefined;
  const target = new URL(only[1] ?? only[3] ?? '', `http://site${url}`).pathname;
  return only[2] ? { url: target, exported: only[2] } : { url: target };
}

/** `passedOn` for a file of the build, by its site URL. */
async function passedOnInBuild(/** @type {string} */ outDir, /** @type {string} */ url, /** @type {string} */ base) {
  const prefix = base.replace(/\/?$/, '/');
  if (!url.startsWith(prefix)) return undefined;
  return passedOn(url, await readFile(join(outDir, url.slice(prefix.length)), 'utf8').catch(() => ''));
}

/**
 * Adds to a locale's search page the preloads of its own bundle and of the island's modules,
 * and, inert inside `<template data-search-bundle="<locale>">`, its own index chunks and the
 * other languages' preloads. The page's first script puts in the chunks the URL's query can
 * need (all of them without a query: typing will need them); the island puts in another
 * language's preloads when a search falls back to it, so its files load at once rather than
 * one after another.
 * @param {string} outDir
 * @param {import('./built-pages.mjs').BuiltPages} builtPages updated with the new HTML
 * @param {string} locale
 * @param {Record<string, BundlePreloads>} preloads every locale's bundle preloads
 * @param {Record<string, SearchPage>} pageList every indexed page by result id
 * @param {string} base the site's base path
 */
async function preloadOnSearchPage(outDir, builtPages, locale, preloads, pageList, base) {
  const file = `${locale}/search/index.html`;
  const html = builtPages.get(file);
  if (html === undefined) return;
  const start = startScript.exec(html);
  if (!start)
    throw new Error(`${file}: the script src/components/SearchStart.astro puts in the head (a <script type="module" src="…SearchStart…">) is missing.`);
  // The first script and the island's component, loaded from the chunk that holds their code
  // (astro.config.ts puts both in the `search` chunk, behind one-line entry files): two
  // requests fewer, each of which, on a slow line, waited for a connection of its own.
  const written = start[1] ?? start[2] ?? '';
  const startUrl = (await passedOnInBuild(outDir, written, base))?.url ?? written;
  let page = html;
  const islandTag = /<astro-island[^>]*\scomponent-url="([^"]+)" component-export="default"/.exec(page);
  const component = islandTag && (await passedOnInBuild(outDir, islandTag[1] ?? '', base));
  if (islandTag && component?.exported) {
    page = page.replace(
      `component-url="${islandTag[1]}" component-export="default"`,
      `component-url="${component.url}" component-export="${component.exported}"`,
    );
  }
  // The first script's, the island's and its renderer's imports, which the browser would
  // otherwise find one level at a time, the island's only as the parser reaches it.
  const island = /<astro-island[^>]*\scomponent-url="([^"]+)"[^>]*\srenderer-url="([^"]+)"/.exec(page);
  const startModules = (await staticImports(outDir, [startUrl], base)).filter((url) => url !== startUrl);
  const islandModules = island
    ? (await staticImports(outDir, [island[1] ?? '', island[2] ?? ''], base)).filter((url) => url !== startUrl && !startModules.includes(url))
    : [];
  const modulePreload = (/** @type {string} */ url) => `<link rel="modulepreload" href="${url}" data-search-preload>`;
  const others = Object.entries(preloads).filter(([other]) => other !== locale);
  const links = [
    // After the CSP, so the policy covers it. Not `async`: Chromium runs async scripts only
    // well after parsing ends (≈ 100 ms later here), where a module script runs as it ends.
    `<script type="module" data-search-preload data-search-start src="${startUrl}"></script>`,
    // In the order the first result needs them: over HTTP/1.1's six connections a slow line
    // takes them six at a time, and Pagefind's WebAssembly and the index chunk the first
    // script asks for would otherwise wait behind the island's small entry modules (Slow 4G,
    // en: 150 ms later).
    ...startModules.map(modulePreload),
    ...(preloads[locale]?.files ?? []),
    ...islandModules.map(modulePreload),
    // On Slow 4G, a Persian page's three chunks (92 kB) took the bandwidth and connections
    // its first query's one chunk needed: 220 ms later than waiting for its first script.
    `<template data-search-bundle="${locale}" data-search-preload>${(preloads[locale]?.chunks ?? []).join('')}</template>`,
    ...others.map(([other, { files, chunks }]) => `<template data-search-bundle="${other}" data-search-preload>${[...files, ...chunks].join('')}</template>`),
    // `<` escaped so no title can close the element.
    `<script type="application/json" data-search-pages>${JSON.stringify(pageList).replace(/</g, '\\u003c')}</script>`,
  ];
  // Indexing twice (postbuild run again) replaces the links rather than adding more.
  const withLinks = page
    .replace(start[0], '')
    .replace(/<template data-search-bundle[^>]*>.*?<\/template>/g, '')
    .replace(/<script type="application\/json" data-search-pages>.*?<\/script>/g, '')
    .replace(/<link [^>]*data-search-preload[^>]*>/g, '')
    .replace(/<\/head>/, `${links.join('')}</head>`);
  await writeFile(join(outDir, file), withLinks);
  builtPages.set(file, withLinks);
}
