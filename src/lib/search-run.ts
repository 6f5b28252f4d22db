/**
 * What the search island does with a query, without the DOM or Pagefind: which term strings
 * to ask the index for, how their answers merge into one ranking, and the order of work for
 * one query (the reader's language first, results shown as each arrives, the other
 * languages only when the reader's has nothing). The island supplies the searching and the
 * rendering as functions (see `answerQuery`), so all of this runs in unit tests.
 *
 * Data shapes: `searchTerms` returns `{ primary: string[], secondary: string[] }`, the
 * strings to pass to Pagefind's `search()`; an index's answer is `{ total, hits(from) }`,
 * where `hits(from)` starts loading one page of hits and returns a promise per hit, in rank
 * order.
 */
import { locales, type Locale } from '../i18n/locales';
import { otherSpellings, prepareQuery, type PreparedQuery } from './search-normalise';

/** A single letter matches nearly every page (every word is matched as a prefix). */
export const minLetters = 2;
/** Hits shown at a time; each costs one small fragment request, so more wait for "show more". */
export const pageSize = 5;
/** Most term strings one query may cost (other spellings of its words, × stemmed). */
export const maxVariants = 4;

/**
 * Whether a query is probably written in another of the site's languages: Latin letters on a
 * Persian or Arabic page, Arabic-script letters on an English one. Such a query is searched
 * in the other languages at once, alongside the reader's, rather than after it has found
 * nothing. (Persian and Arabic share a script, so between them it cannot tell.)
 */
export function likelyElsewhere(locale: Locale, query: PreparedQuery): boolean {
  const text = query.words.join('');
  return locale === 'en' ? /[\u0600-\u06FF]/.test(text) : /[a-z]/i.test(text);
}

/**
 * The other languages in the order a query typed as it is most likely belongs to them: those
 * whose own letters it has first (`ownLetters` in the locale table: Latin letters for
 * English, پ or ی for Persian, ة or ي for Arabic), the others in their given order. Their
 * answers are shown in this order.
 * @example byLikelyLanguage('فاکتور', [{ locale: 'ar' }, { locale: 'fa' }]) // [{ locale: 'fa' }, { locale: 'ar' }]
 */
export function byLikelyLanguage<L extends { locale: Locale }>(raw: string, languages: readonly L[]): L[] {
  const likely = (locale: Locale) => locales[locale].ownLetters.test(raw);
  return [...languages.filter((language) => likely(language.locale)), ...languages.filter((language) => !likely(language.locale))];
}

/** Whether a prepared query has enough in it to search. */
export const isSearchable = (query: PreparedQuery): boolean => query.words.join('').length >= minLetters;

export interface SearchTerms {
  /** The query as typed, and with each number in it also written the other way (۵ ↔ پنج). */
  primary: string[];
  /** The same with Persian stems; their hits rank after every primary hit. */
  secondary: string[];
}

/**
 * The term strings one query is searched as. Digits and number words from 1 to 10 find each
 * other: each number in the query is also tried in its other form, so «۵ گام» finds a guide
 * that writes «پنج گام», and "five steps" one that writes "5 steps"; an Arabic word is also
 * tried with its hamza on the other seat (سيء, سيئ). See `otherSpellings`.
 * @example searchTerms('fa', prepareQuery('fa', '۵ گام')) // { primary: ['۵ گام', 'پنج گام'], secondary: [] }
 */
export function searchTerms(locale: Locale, query: PreparedQuery): SearchTerms {
  // Per word: its spellings, as typed (or stemmed) first.
  const choices = query.words.map((word, i) => ({ word, stem: query.stems[i] ?? word, others: otherSpellings(locale, word) }));
  const combine = (pick: (choice: (typeof choices)[number]) => string): string[] => {
    let lists: string[][] = [[]];
    for (const choice of choices) {
      const forms = [pick(choice), ...choice.others];
      lists = lists.flatMap((list) => forms.map((form) => [...list, form])).slice(0, maxVariants);
    }
    return lists.map((list) => list.join(' ')).filter((terms) => terms !== '');
  };
  const primary = [...new Set(combine((choice) => choice.word))];
  const secondary = [...new Set(combine((choice) => choice.stem))].filter((terms) => !primary.includes(terms));
  return { primary, secondary };
}

/** One result of one Pagefind search: its page id and its score. */
export interface Scored {
  id: string;
  score: number;
}

/**
 * One ranking from the answers to several term strings: each page once, at its best score;
 * every page the primary terms found, best first, then the pages only the stems found (a
 * generous stem, مشتری → مشتر, never pushes a better hit down).
 */
export function mergeRanked<T extends Scored>(primary: readonly (readonly T[])[], secondary: readonly (readonly T[])[] = []): T[] {
  const best = (lists: readonly (readonly T[])[], skip: ReadonlySet<string>): T[] => {
    const byId = new Map<string, T>();
    for (const list of lists) {
      for (const result of list) {
        if (skip.has(result.id)) continue;
        const seen = byId.get(result.id);
        if (!seen || result.score > seen.score) byId.set(result.id, result);
      }
    }
    // Stable: equal scores keep the order Pagefind gave them.
    return [...byId.values()]
      .map((result, index) => ({ result, index }))
      .sort((a, b) => b.result.score - a.result.score || a.index - b.index)
      .map(({ result }) => result);
  };
  const first = best(primary, new Set());
  return [...first, ...best(secondary, new Set(first.map((result) => result.id)))];
}

/** One index's answer to a query: how many pages match, and a way to load them a page at a time. */
export interface Ranked<H> {
  total: number;
  /** Starts loading hits `from` … `from + pageSize`; one promise per hit, in rank order. */
  hits(from: number): Promise<H>[];
  /**
   * The same hits as far as they are known before loading (title and link, no excerpt), in
   * the same order; undefined where a hit is not known that way.
   */
  preview?(from: number): (H | undefined)[];
}

/** Another language's ranking for a query, its hits not loaded yet (`nothing` if it could not be searched). */
interface Ranking<H, L> {
  language: L;
  ranked: Ranked<H>;
}

/** One language's answer as shown: its ranking and the hits loaded so far. */
export interface Found<H> {
  ranked: Ranked<H>;
  hits: H[];
}

export interface Outcome<H, L> {
  query: string;
  own: Found<H>;
  elsewhere: (Found<H> & { language: L })[];
  /** False while the reader's language's first hits are still drawn, and while the other languages are still to be searched (no hit in the reader's). */
  complete: boolean;
}

export type SearchState = 'idle' | 'loading' | 'done' | 'error';

export const nothing: Ranked<never> = { total: 0, hits: () => [] };

/**
 * Loads one page of hits, telling `onPrefix` each time the next hit in rank order is ready,
 * so the first result can be shown as soon as its own fragment arrives. Where the ranking
 * has a `preview`, the next hit still loading is shown from it meanwhile (at once for the
 * first): only ever the last one of the list, so when its excerpt arrives and it grows,
 * nothing already on screen below it moves.
 */
export async function loadHits<H>(ranked: Ranked<H>, from: number, onPrefix: (hits: H[]) => void = () => undefined): Promise<H[]> {
  const loaded: H[] = [];
  const previews = ranked.preview?.(from) ?? [];
  if (previews[0] !== undefined) {
    onPrefix([previews[0]]);
    // Shown first: a rendering scheduled by `onPrefix` as a microtask runs before the hits
    // start loading (each a request made on the main thread, ≈ 3 ms apiece in a cold page).
    await Promise.resolve();
  }
  const pending = ranked.hits(from);
  const withNext = () => {
    const next = loaded.length < pending.length ? previews[loaded.length] : undefined;
    return next === undefined ? [...loaded] : [...loaded, next];
  };
  for (const hit of pending) {
    loaded.push(await hit);
    onPrefix(withNext());
  }
  return loaded;
}

export interface AnswerOptions<H, L extends { locale: Locale }> {
  locale: Locale;
  others: readonly L[];
  /** Searches one locale's index for a query already prepared for that locale. */
  search(locale: Locale, query: PreparedQuery): Promise<Ranked<H>>;
  /** Starts fetching what searching a locale's index for a query will need, without using the main thread for it. */
  prefetch?(locale: Locale, query: PreparedQuery): void;
  /** Shows an outcome; `state` is 'done' once the first page of this outcome is complete. */
  show(outcome: Outcome<H, L> | undefined, state: SearchState): void;
  /** False once a newer query has started: this one then stops without showing anything more. */
  isCurrent(): boolean;
  /** Whether to look in the other languages if the reader's has nothing (false while typing). */
  lookElsewhere: boolean;
}

/**
 * Answers one query: the reader's language first, each of its first hits shown as it
 * arrives, then, if it has none and `lookElsewhere`, the other languages at once (a language
 * that cannot be searched, offline with its index not kept, is left out); a query that looks
 * written in another language (`likelyElsewhere`) has them searched from the start. Failures
 * of the reader's own index show the error state.
 */
export async function answerQuery<H, L extends { locale: Locale }>(raw: string, options: AnswerOptions<H, L>): Promise<Outcome<H, L> | undefined> {
  const { locale, search, show, isCurrent } = options;
  const prepared = prepareQuery(locale, raw);
  if (!isSearchable(prepared)) {
    show(undefined, 'idle');
    return undefined;
  }
  show(undefined, 'loading');
  const early = options.lookElsewhere && likelyElsewhere(locale, prepared) ? searchElsewhere(raw, options) : undefined;
  // Nothing is shown from them unless the reader's language has no hit; a failure is already caught.
  let current: Outcome<H, L>;
  try {
    const ranked = await search(locale, prepared);
    if (!isCurrent()) return undefined;
    const partial = (hits: H[]) => isCurrent() && show({ query: raw, own: { ranked, hits }, elsewhere: [], complete: false }, 'loading');
    const hits = await loadHits(ranked, 0, partial);
    if (!isCurrent()) return undefined;
    current = { query: raw, own: { ranked, hits }, elsewhere: [], complete: ranked.total > 0 };
  } catch {
    if (isCurrent()) show(undefined, 'error');
    return undefined;
  }
  if (current.complete || !options.lookElsewhere) {
    show(current, current.complete ? 'done' : 'loading');
    return current;
  }
  return answerElsewhere(current, options, early);
}

/**
 * Searches the other languages, each in its own spelling, most likely first
 * (`byLikelyLanguage`): one answer per language, in that order. Every language's files start
 * loading at once (`prefetch`), but each search waits for the ranking of the one before it,
 * so the likeliest language's index is not slowed by the others' loading on the same main
 * thread. One that cannot be searched (offline, its index not kept) answers nothing.
 */
function searchElsewhere<H, L extends { locale: Locale }>(raw: string, options: AnswerOptions<H, L>): Promise<Ranking<H, L>>[] {
  const languages = byLikelyLanguage(raw, options.others).map((language) => ({ language, query: prepareQuery(language.locale, raw) }));
  for (const { language, query } of languages) options.prefetch?.(language.locale, query);
  let turn: Promise<unknown> = Promise.resolve();
  return languages.map(async ({ language, query }) => {
    const ranked = turn.then(() => options.search(language.locale, query));
    turn = ranked.catch(() => undefined);
    return { language, ranked: await ranked.catch(() => nothing as Ranked<H>) };
  });
}

/**
 * Whether a settled query shown so far still awaits the other languages: only when the
 * reader's language has no hit. An outcome whose first hits are still being drawn is not
 * complete either, and must not send the query elsewhere (offline, the other languages'
 * indexes are not kept: the requests would only fail).
 */
export function awaitsElsewhere<H, L>(outcome: Outcome<H, L>): boolean {
  return !outcome.complete && outcome.own.ranked.total === 0;
}

/**
 * The other languages' answers to a query the reader's language has no hit for (`early`:
 * those searches, if already started). Each language's hits are shown as soon as it and
 * every language before it have answered, so the likeliest language's results need not wait
 * for the others' indexes to load, and nothing already shown moves.
 */
export async function answerElsewhere<H, L extends { locale: Locale }>(
  current: Outcome<H, L>,
  options: AnswerOptions<H, L>,
  early?: Promise<Ranking<H, L>>[],
): Promise<Outcome<H, L> | undefined> {
  const pending = early ?? searchElsewhere(current.query, options);
  const groups: (Found<H> & { language: L })[] = [];
  for (const answer of pending) {
    const { language, ranked } = await answer;
    if (!options.isCurrent()) return undefined;
    if (ranked.total === 0) continue;
    const group: Found<H> & { language: L } = { language, ranked, hits: [] };
    groups.push(group);
    // Drawn as they arrive, from the page list first, like the reader's own language's hits.
    const showSoFar = (hits: H[]) =>
      options.isCurrent() &&
      options.show({ ...current, elsewhere: groups.map((shown) => (shown === group ? { ...group, hits } : shown)), complete: false }, 'loading');
    try {
      group.hits = await loadHits(ranked, 0, showSoFar);
    } catch {
      // Its excerpts could not be loaded (the connection dropped): the language is left out.
      groups.pop();
    }
    if (!options.isCurrent()) return undefined;
  }
  const outcome = { ...current, elsewhere: groups, complete: true };
  options.show(outcome, 'done');
  return outcome;
}
