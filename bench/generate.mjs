// @ts-check
/**
 * Deterministic synthetic content for the growth benchmark: guides (and the two standalone
 * pages) in every locale, as MDX files the real build accepts.
 *
 * Output of `generateGuides`: one entry per locale and guide index,
 *   { locale, index, key, path: 'guides/<locale>/<key>.mdx', frontmatter, text, words, tool }
 * where `text` is the whole file, `words` the body's word count by the site's own counter
 * and `tool` the embedded tool id (or undefined).
 *
 * Properties the benchmark relies on:
 * - Same seed, reserved keys and size → byte-identical files. Guide i depends only on
 *   (seed, locale, i), so the guides of a small size are exactly the first guides of a
 *   larger one: HTML sizes of the same guide can be compared across sizes.
 * - The first keys are the real guides' keys (`reservedKeys`), because tool definitions
 *   link to guides by key and the build checks those links.
 * - Translations of one key share stage, order, updated and sources (the catalog demands
 *   it) and link to the same guides; links only point to guides with a lower index (or,
 *   for the first three, to each other), so every link exists at any size ≥ 3.
 * - Bodies have `minWords`–`maxWords` words (800–1200, as the issue's peer measurement).
 * - A `toolShare` of guides embeds one `<Tool id="…" />`, spread evenly.
 * The site's vocabularies (stages, source ids, tool ids, the word counter, number format)
 * are passed in, so this module never disagrees with the schema it feeds.
 */
import { textBanks, topicKeys } from './text-banks.mjs';

/**
 * @typedef {object} SiteVocabulary
 * @property {readonly string[]} localeCodes
 * @property {readonly string[]} stages
 * @property {readonly string[]} sourceIds
 * @property {readonly string[]} toolIds
 * @property {(mdx: string) => number} countWords
 * @property {(locale: any, value: number) => string} formatNumber
 */

/**
 * @typedef {object} GeneratedGuide
 * @property {string} locale
 * @property {number} index
 * @property {string} key
 * @property {string} path
 * @property {{ title: string, description: string, key: string, stage: string, order: number, updated: string, sources: string[], summary: string[] }} frontmatter
 * @property {string} text
 * @property {number} words
 * @property {string | undefined} tool
 */

export const minWords = 800;
export const maxWords = 1200;

/** FNV-1a: a 32-bit hash of a string, to seed the generator. */
function hash(/** @type {string} */ text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * mulberry32: small, fast and good enough for picking sentences.
 * @param {string} seed
 */
export function seededRandom(seed) {
  let state = hash(seed);
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    /** An integer in [min, max]. */
    int: (/** @type {number} */ min, /** @type {number} */ max) => min + Math.floor(next() * (max - min + 1)),
    /** @template T @param {readonly T[]} list @returns {T} */
    pick: (list) => /** @type {T} */ (list[Math.floor(next() * list.length)]),
    /** `count` distinct items, in random order. @template T @param {readonly T[]} list @param {number} count @returns {T[]} */
    sample(list, count) {
      const copy = [...list];
      for (let i = copy.length - 1; i > 0; i -= 1) {
        const j = Math.floor(next() * (i + 1));
        [copy[i], copy[j]] = [/** @type {T} */ (copy[j]), /** @type {T} */ (copy[i])];
      }
      return copy.slice(0, count);
    },
  };
}

/** @param {string} locale */
function bankFor(locale) {
  const bank = textBanks[/** @type {keyof typeof textBanks} */ (locale)];
  if (!bank) throw new Error(`No synthetic text for locale "${locale}"; add a bank in bench/text-banks.mjs.`);
  return bank;
}

/** The topic-derived key number `n`: the topic's key, with the round number after the first round. */
function topicKey(/** @type {number} */ n) {
  const round = Math.floor(n / topicKeys.length);
  const topic = /** @type {string} */ (topicKeys[n % topicKeys.length]);
  return round === 0 ? topic : `${topic}-${round + 1}`;
}

/**
 * The URL keys of the first `count` guides: the reserved keys first (the real guides' keys,
 * which tool definitions may link to), then topic-derived keys that are not reserved.
 * @param {number} count
 * @param {readonly string[]} [reservedKeys]
 * @example guideKeys(3) // ['red-flags', 'late-payments', 'scope-creep']
 */
export function guideKeys(count, reservedKeys = []) {
  const keys = reservedKeys.slice(0, count);
  for (let n = 0; keys.length < count; n += 1) {
    const key = topicKey(n);
    if (!reservedKeys.includes(key)) keys.push(key);
  }
  return keys;
}

/**
 * The title of guide `index` in a locale: topic, then a qualifier; past the last qualifier,
 * a number in the locale's digits.
 * @param {string} locale @param {number} index @param {SiteVocabulary} site
 */
export function titleFor(locale, index, site) {
  const bank = bankFor(locale);
  const round = Math.floor(index / bank.topics.length);
  const topic = /** @type {string} */ (bank.topics[index % bank.topics.length]);
  const qualifier = bank.qualifiers[round % bank.qualifiers.length];
  const cycle = Math.floor(round / bank.qualifiers.length);
  let title = qualifier ? `${topic}: ${qualifier}` : topic;
  if (cycle > 0) title += ` (${site.formatNumber(locale, cycle + 1)})`;
  return title;
}

/**
 * What translations of one guide share: stage, order, date, sources, link targets, tool.
 * @param {string} seed @param {number} index @param {SiteVocabulary} site @param {number} toolShare
 */
function sharedFacts(seed, index, site, toolShare) {
  const random = seededRandom(`${seed}|key|${index}`);
  const stage = /** @type {string} */ (site.stages[index % site.stages.length]);
  const order = Math.min(9999, 10 * (index + 1));
  const day = new Date(Date.UTC(2026, 0, 1) + random.int(0, 320) * 86_400_000);
  const sources = random.sample(site.sourceIds, random.int(1, Math.min(3, site.sourceIds.length)));
  const candidates = index < 3 ? [0, 1, 2].filter((i) => i !== index) : Array.from({ length: index }, (_, i) => i);
  const links = random.sample(candidates, Math.min(candidates.length, random.int(2, 4)));
  const hasTool = Math.floor((index + 1) * toolShare) > Math.floor(index * toolShare);
  const tool = hasTool ? site.toolIds[Math.floor(index * toolShare) % site.toolIds.length] : undefined;
  return { stage, order, updated: day.toISOString().slice(0, 10), sources, links, tool };
}

/**
 * Builds one guide's body: intro, then sections of paragraphs, lists, quotes and
 * sub-headings until the word target is reached; the links and the tool embed are placed
 * inside the first sections.
 * @param {ReturnType<typeof seededRandom>} random
 * @param {string} locale
 * @param {{ links: string[], tool: string | undefined }} extras markdown links, tool id
 * @param {SiteVocabulary} site
 */
function bodyFor(random, locale, extras, site) {
  const bank = bankFor(locale);
  const target = random.int(minWords + 50, maxWords - 130);
  /** @type {string[]} */
  const blocks = [];
  let words = 0;
  const add = (/** @type {string} */ block) => {
    blocks.push(block);
    words += site.countWords(block);
  };
  const paragraph = () => random.sample(bank.sentences, random.int(3, 5)).join(' ');
  const pendingLinks = [...extras.links];
  let tool = extras.tool;

  add(paragraph());
  add(paragraph());
  const headings = random.sample(bank.headings, bank.headings.length);
  let section = 0;
  // Stop as soon as the target is reached, between blocks; no block is over ~110 words.
  while (words < target) {
    add(`## ${headings[section % headings.length]}\n\n${paragraph()}`);
    if (tool && section === 1) {
      add(`${bank.toolIntro}\n\n<Tool id="${tool}" />`);
      tool = undefined;
    }
    const link = pendingLinks.shift();
    if (link && words < target) add(`${random.pick(bank.sentences)} ${random.pick(bank.linkSentences).replace('{link}', link)}`);
    const roll = random.next();
    if (words >= target) break;
    if (roll < 0.4)
      add(
        random
          .sample(bank.listItems, random.int(3, 5))
          .map((item) => `- ${item}`)
          .join('\n'),
      );
    else if (roll < 0.55)
      add(
        random
          .sample(bank.listItems, random.int(3, 4))
          .map((item, i) => `${i + 1}. ${item}`)
          .join('\n'),
      );
    else if (roll < 0.7) add(`> ${random.pick(bank.quotes)}`);
    if (words < target && random.next() < 0.3) add(`### ${random.pick(bank.subheadings)}\n\n${paragraph()}`);
    section += 1;
  }
  return blocks.join('\n\n');
}

/** @param {Record<string, unknown>} data */
function frontmatterText(data) {
  const lines = ['---'];
  for (const [name, value] of Object.entries(data)) {
    if (Array.isArray(value)) {
      const simple = value.every((v) => /^[a-z0-9-]+$/.test(String(v)));
      lines.push(simple ? `${name}: [${value.join(', ')}]` : `${name}:\n${value.map((v) => `  - ${JSON.stringify(v)}`).join('\n')}`);
    } else if (typeof value === 'string' && !/^[a-z0-9-]+$/.test(value)) {
      // JSON strings are valid YAML double-quoted scalars.
      lines.push(`${name}: ${JSON.stringify(value)}`);
    } else {
      lines.push(`${name}: ${value}`);
    }
  }
  lines.push('---');
  return lines.join('\n');
}

/**
 * @param {{ perLocale: number, site: SiteVocabulary, seed?: string, toolShare?: number, reservedKeys?: readonly string[] }} options
 *   `reservedKeys`: keys the first guides must have (the real guides' keys)
 * @returns {GeneratedGuide[]}
 */
export function generateGuides({ perLocale, site, seed = 'parting-ways', toolShare = 0.2, reservedKeys = [] }) {
  if (!Number.isInteger(perLocale) || perLocale < 3) throw new Error(`perLocale must be a whole number ≥ 3 (got ${perLocale}).`);
  if (perLocale < reservedKeys.length) {
    throw new Error(`perLocale must be at least ${reservedKeys.length}, the number of real guide keys (tools may link to any of them; got ${perLocale}).`);
  }
  if (perLocale > 1000) throw new Error(`perLocale must be at most 1000 (the schema's order stops at 9999; got ${perLocale}).`);
  /** @type {GeneratedGuide[]} */
  const guides = [];
  const keys = guideKeys(perLocale, reservedKeys);
  for (let index = 0; index < perLocale; index += 1) {
    const facts = sharedFacts(seed, index, site, toolShare);
    const key = /** @type {string} */ (keys[index]);
    for (const locale of site.localeCodes) {
      const bank = bankFor(locale);
      const random = seededRandom(`${seed}|${locale}|${index}`);
      const title = titleFor(locale, index, site);
      const links = facts.links.map((target) => `[${titleFor(locale, target, site)}](/${locale}/guides/${keys[target]}/)`);
      const body = bodyFor(random, locale, { links, tool: facts.tool }, site);
      const frontmatter = {
        title,
        description: `${title}. ${random.pick(bank.sentences)}`,
        key,
        stage: facts.stage,
        order: facts.order,
        updated: facts.updated,
        sources: facts.sources,
        summary: random.sample(bank.sentences, random.int(2, 6)),
      };
      const text = `${frontmatterText(frontmatter)}\n\n${body}\n`;
      guides.push({ locale, index, key, path: `guides/${locale}/${key}.mdx`, frontmatter, text, words: site.countWords(body), tool: facts.tool });
    }
  }
  return guides;
}

/**
 * The standalone pages (about, sources) in every locale: short prose without links, so they
 * build whatever guides exist.
 * @param {{ site: SiteVocabulary, seed?: string }} options
 * @returns {{ locale: string, slug: string, path: string, text: string }[]}
 */
export function generatePages({ site, seed = 'parting-ways' }) {
  return site.localeCodes.flatMap((locale) => {
    const bank = bankFor(locale);
    return /** @type {const} */ (['about', 'sources']).map((slug) => {
      const random = seededRandom(`${seed}|page|${locale}|${slug}`);
      const paragraph = () => random.sample(bank.sentences, 4).join(' ');
      const body = [
        paragraph(),
        `## ${random.pick(bank.headings)}`,
        paragraph(),
        random
          .sample(bank.listItems, 4)
          .map((item) => `- ${item}`)
          .join('\n'),
        paragraph(),
      ].join('\n\n');
      const text = `${frontmatterText({ title: bank.pages[slug], description: random.pick(bank.sentences) })}\n\n${body}\n`;
      return { locale, slug, path: `pages/${locale}/${slug}.mdx`, text };
    });
  });
}

/** Search words that occur in every locale's synthetic guides (and in the real ones). */
export function searchQueries(/** @type {string} */ locale) {
  return [...bankFor(locale).queries];
}
