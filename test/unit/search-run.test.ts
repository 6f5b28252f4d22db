import { describe, expect, test } from 'vitest';
import type { Locale } from '../../src/i18n/locales';
import { prepareQuery, type PreparedQuery } from '../../src/lib/search-normalise';
import {
  answerQuery,
  awaitsElsewhere,
  byLikelyLanguage,
  likelyElsewhere,
  loadHits,
  maxVariants,
  mergeRanked,
  searchTerms,
  type Outcome,
  type Ranked,
  type SearchState,
} from '../../src/lib/search-run';

const terms = (locale: Locale, query: string) => searchTerms(locale, prepareQuery(locale, query));

describe('searchTerms', () => {
  test('a number in digits is also searched as its word, and a number word as digits, in each language', () => {
    expect(terms('fa', '۵ گام').primary).toEqual(['۵ گام', 'پنج گام']);
    expect(terms('fa', 'پنج گام').primary).toEqual(['پنج گام', '۵ گام']);
    expect(terms('ar', '٥ خطوات').primary).toEqual(['٥ خطوات', 'خمس خطوات']);
    expect(terms('ar', 'خمسة خطوات').primary).toEqual(['خمسة خطوات', '٥ خطوات']);
    expect(terms('ar', 'خمس خطوات').primary).toEqual(['خمس خطوات', '٥ خطوات']);
    expect(terms('en', '5 steps').primary).toEqual(['5 steps', 'five steps']);
    expect(terms('en', 'Five steps').primary).toEqual(['five steps', '5 steps']);
  });

  test('digits typed in another script are the locale’s number too', () => {
    expect(terms('fa', '5 گام').primary).toEqual(['۵ گام', 'پنج گام']);
    expect(terms('ar', '5 خطوات').primary).toEqual(['٥ خطوات', 'خمس خطوات']);
  });

  test('10 is a number; 11 and other words are searched only as typed', () => {
    expect(terms('en', '10 ten').primary).toEqual(['10 ten', '10 10', 'ten ten', 'ten 10']);
    expect(terms('en', '11 clients')).toEqual({ primary: ['11 clients'], secondary: [] });
  });

  test('an Arabic word with its hamza on the line is also searched with it on a yeh seat, and back', () => {
    expect(terms('ar', 'عميل سيء').primary).toEqual(['عميل سيء', 'عميل سيئ']);
    expect(terms('ar', 'سيئ').primary).toEqual(['سيئ', 'سيء']);
  });

  test('Persian stems come second, only where they differ, with the numbers spelt both ways', () => {
    expect(terms('fa', 'مشتریان')).toEqual({ primary: ['مشتریان'], secondary: ['مشتری'] });
    expect(terms('fa', '۵ قراردادها')).toEqual({ primary: ['۵ قراردادها', 'پنج قراردادها'], secondary: ['۵ قرارداد', 'پنج قرارداد'] });
  });

  test('many numbers in one query cost at most a few searches', () => {
    const many = terms('en', '1 2 3 4 5');
    expect(many.primary.length).toBeLessThanOrEqual(maxVariants);
    expect(many.primary[0]).toBe('1 2 3 4 5');
  });

  test('an empty query has no terms', () => {
    expect(terms('fa', '  ؟ ')).toEqual({ primary: [], secondary: [] });
  });
});

describe('mergeRanked', () => {
  test('each page once at its best score, best first, stem-only pages after every other', () => {
    const merged = mergeRanked(
      [
        [
          { id: 'a', score: 2 },
          { id: 'b', score: 1 },
        ],
        [
          { id: 'c', score: 5 },
          { id: 'b', score: 3 },
        ],
      ],
      [
        [
          { id: 'd', score: 9 },
          { id: 'a', score: 9 },
        ],
      ],
    );
    expect(merged.map((r) => [r.id, r.score])).toEqual([
      ['c', 5],
      ['b', 3],
      ['a', 2],
      ['d', 9],
    ]);
  });

  test('equal scores keep the index’s order', () => {
    expect(
      mergeRanked([
        [
          { id: 'x', score: 1 },
          { id: 'y', score: 1 },
        ],
      ]).map((r) => r.id),
    ).toEqual(['x', 'y']);
  });
});

/** A fake index answer: `hits` resolve when `release(i)` is called. */
function deferredRanked(names: string[]) {
  const releases: (() => void)[] = [];
  const promises = names.map((name) => new Promise<string>((resolve) => releases.push(() => resolve(name))));
  const ranked: Ranked<string> = { total: names.length, hits: (from) => promises.slice(from, from + 5) };
  return { ranked, release: (i: number) => releases[i]!() };
}

describe('loadHits', () => {
  test('reports each hit as soon as it and every hit above it have arrived', async () => {
    const { ranked, release } = deferredRanked(['one', 'two', 'three']);
    const seen: string[][] = [];
    const loading = loadHits(ranked, 0, (hits) => seen.push(hits));
    release(0);
    await Promise.resolve();
    await Promise.resolve();
    expect(seen).toEqual([['one']]);
    release(2);
    release(1);
    await expect(loading).resolves.toEqual(['one', 'two', 'three']);
    expect(seen.at(-1)).toEqual(['one', 'two', 'three']);
  });

  test('with a preview, shows the first hit at once and only ever the next hit still loading after the loaded ones', async () => {
    const { ranked, release } = deferredRanked(['one', 'two', 'three']);
    const previewed: Ranked<string> = { ...ranked, preview: (from) => ['one?', 'two?', undefined].slice(from, from + 5) };
    const seen: string[][] = [];
    const loading = loadHits(previewed, 0, (hits) => seen.push(hits));
    expect(seen).toEqual([['one?']]);
    release(0);
    await Promise.resolve();
    await Promise.resolve();
    // The second is known by its preview; the third is not, so it waits for its own data.
    expect(seen.at(-1)).toEqual(['one', 'two?']);
    release(1);
    await Promise.resolve();
    await Promise.resolve();
    expect(seen.at(-1)).toEqual(['one', 'two']);
    release(2);
    await expect(loading).resolves.toEqual(['one', 'two', 'three']);
    expect(seen.at(-1)).toEqual(['one', 'two', 'three']);
    // Never a preview above a loaded hit, never two previews.
    for (const hits of seen) expect(hits.filter((hit) => hit.endsWith('?')).length).toBeLessThanOrEqual(1);
  });

  test('the first preview is shown before any hit starts loading, and after what it schedules as a microtask', async () => {
    const order: string[] = [];
    const ranked: Ranked<string> = {
      total: 2,
      hits: () => (order.push('hits'), [Promise.resolve('one'), Promise.resolve('two')]),
      preview: () => ['one?', 'two?'],
    };
    const loading = loadHits(ranked, 0, (hits) => {
      order.push(`show ${hits.join(' ')}`);
      // What a renderer debouncing with a microtask (Preact) would do.
      if (hits[0] === 'one?') queueMicrotask(() => order.push('render'));
    });
    await loading;
    expect(order.slice(0, 3)).toEqual(['show one?', 'render', 'hits']);
  });

  test('a preview that does not know the first hit shows nothing before it arrives', async () => {
    const { ranked, release } = deferredRanked(['one']);
    const seen: string[][] = [];
    const loading = loadHits({ ...ranked, preview: () => [undefined] }, 0, (hits) => seen.push(hits));
    expect(seen).toEqual([]);
    release(0);
    await loading;
    expect(seen).toEqual([['one']]);
  });
});

type Language = { locale: Locale };
const others: Language[] = [{ locale: 'ar' }, { locale: 'en' }];
const fixed = (names: string[]): Ranked<string> => ({ total: names.length, hits: (from) => names.slice(from, from + 5).map(async (name) => name) });

function harness(answers: Partial<Record<Locale, string[] | Error>>, lookElsewhere = true) {
  const shown: [Outcome<string, Language> | undefined, SearchState][] = [];
  const searched: [Locale, PreparedQuery][] = [];
  let current = true;
  const options = {
    locale: 'fa' as Locale,
    others,
    lookElsewhere,
    isCurrent: () => current,
    show: (outcome: Outcome<string, Language> | undefined, state: SearchState) => shown.push([outcome, state]),
    search: async (locale: Locale, query: PreparedQuery) => {
      searched.push([locale, query]);
      const answer = answers[locale] ?? [];
      if (answer instanceof Error) throw answer;
      return fixed(answer);
    },
  };
  return { options, shown, searched, stale: () => (current = false) };
}

describe('answerQuery', () => {
  test('shows the reader’s language’s hits as they arrive, then done, and never searches the others', async () => {
    const { options, shown, searched } = harness({ fa: ['money', 'repair'] });
    const outcome = await answerQuery('فاکتور', options);
    expect(outcome?.own.hits).toEqual(['money', 'repair']);
    expect(shown.map(([o, state]) => [o?.own.hits, state])).toEqual([
      [undefined, 'loading'],
      [['money'], 'loading'],
      [['money', 'repair'], 'loading'],
      [['money', 'repair'], 'done'],
    ]);
    expect(searched.map(([locale]) => locale)).toEqual(['fa']);
  });

  test('with no hit, searches the other languages in their own spelling and offers only those with hits', async () => {
    const { options, searched } = harness({ fa: [], ar: ['money'], en: [] });
    const outcome = await answerQuery('مشتري', options);
    expect(outcome?.complete).toBe(true);
    expect(outcome?.elsewhere.map((group) => [group.language.locale, group.hits])).toEqual([['ar', ['money']]]);
    expect(searched.map(([locale, query]) => [locale, query.words])).toEqual([
      ['fa', ['مشتری']],
      ['ar', ['مشتري']],
      ['en', ['مشتري']],
    ]);
  });

  test('while the reader is still typing, a query with no hit waits before looking elsewhere', async () => {
    const { options, shown, searched } = harness({ fa: [], en: ['money'] }, false);
    const outcome = await answerQuery('فاکتور', options);
    expect(outcome?.complete).toBe(false);
    expect(shown.at(-1)?.[1]).toBe('loading');
    expect(searched).toHaveLength(1);
  });

  test('a language that cannot be searched is left out; the reader’s own failing is an error', async () => {
    const elsewhere = harness({ fa: [], ar: new Error('offline'), en: ['money'] });
    expect((await answerQuery('فاکتور', elsewhere.options))?.elsewhere.map((group) => group.language.locale)).toEqual(['en']);
    const own = harness({ fa: new Error('offline') });
    await answerQuery('مشتری', own.options);
    expect(own.shown.at(-1)).toEqual([undefined, 'error']);
  });

  test('a query too short to search is idle; a superseded query shows nothing more', async () => {
    const short = harness({ fa: ['money'] });
    await answerQuery('م', short.options);
    expect(short.shown).toEqual([[undefined, 'idle']]);
    expect(short.searched).toEqual([]);
    const stale = harness({ fa: ['money'] });
    const pending = answerQuery('مشتری', stale.options);
    stale.stale();
    await expect(pending).resolves.toBeUndefined();
    expect(stale.shown).toEqual([[undefined, 'loading']]);
  });
});

describe('awaitsElsewhere', () => {
  const ranking = (total: number): Ranked<string> => ({ total, hits: () => [] });
  const outcome = (total: number, complete: boolean): Outcome<string, { locale: Locale }> => ({
    query: 'q',
    own: { ranked: ranking(total), hits: [] },
    elsewhere: [],
    complete,
  });

  test('only an incomplete answer with no hit in the reader’s language goes on to the other languages', () => {
    expect(awaitsElsewhere(outcome(0, false))).toBe(true);
    // Its first hits still being drawn: incomplete, but answered in the reader's language.
    expect(awaitsElsewhere(outcome(3, false))).toBe(false);
    expect(awaitsElsewhere(outcome(0, true))).toBe(false);
    expect(awaitsElsewhere(outcome(3, true))).toBe(false);
  });
});

describe('likelyElsewhere', () => {
  test('Latin letters on a Persian or Arabic page, Arabic script on an English one', () => {
    const likely = (locale: Locale, query: string) => likelyElsewhere(locale, prepareQuery(locale, query));
    expect(likely('fa', 'invoice')).toBe(true);
    expect(likely('ar', 'invoice')).toBe(true);
    expect(likely('en', 'فاکتور')).toBe(true);
    expect(likely('fa', 'فاکتور')).toBe(false);
    expect(likely('ar', 'فاتورة 5')).toBe(false);
    expect(likely('en', 'invoice 5')).toBe(false);
  });

  test('such a query is searched in the other languages alongside the reader’s, and they are shown only if it has no hit', async () => {
    const hit = harness({ fa: ['money'], en: ['money'] });
    const outcome = await answerQuery('invoice', hit.options);
    // The likeliest other language (English, for Latin letters) is searched at once, the next after it.
    expect(hit.searched.map(([locale]) => locale).slice(0, 2)).toEqual(['fa', 'en']);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(hit.searched.map(([locale]) => locale).sort()).toEqual(['fa', ...others.map((language) => language.locale)].sort());
    expect(outcome?.elsewhere).toEqual([]);
    const none = harness({ fa: [], en: ['money'] });
    expect((await answerQuery('invoice', none.options))?.elsewhere.map((group) => group.hits)).toEqual([['money']]);
    expect(none.searched).toHaveLength(3);
  });
});

describe('byLikelyLanguage', () => {
  const locales = (raw: string, languages: Locale[]) =>
    byLikelyLanguage(
      raw,
      languages.map((locale) => ({ locale })),
    ).map((language) => language.locale);
  test('the language a query’s letters are written in comes first, the others keep their order', () => {
    expect(locales('invoice', ['ar', 'en'])).toEqual(['en', 'ar']);
    expect(locales('فاکتور', ['ar', 'fa'])).toEqual(['fa', 'ar']);
    expect(locales('گام ۵', ['ar', 'fa'])).toEqual(['fa', 'ar']);
    expect(locales('فاتورة', ['fa', 'ar'])).toEqual(['ar', 'fa']);
    expect(locales('عميل ٥', ['fa', 'ar'])).toEqual(['ar', 'fa']);
  });
  test('letters both languages write leave the order as it was', () => {
    expect(locales('عقد', ['fa', 'ar'])).toEqual(['fa', 'ar']);
    expect(locales('عقد', ['ar', 'fa'])).toEqual(['ar', 'fa']);
  });
});

describe('answerQuery: the other languages, likeliest first', () => {
  test('every other language’s files are fetched at once; each is searched after the one before it has ranked', async () => {
    const order: string[] = [];
    const options = {
      locale: 'fa' as Locale,
      others,
      lookElsewhere: true,
      isCurrent: () => true,
      show: () => undefined,
      prefetch: (locale: Locale) => order.push(`prefetch ${locale}`),
      search: async (locale: Locale) => {
        order.push(`search ${locale}`);
        await Promise.resolve();
        order.push(`ranked ${locale}`);
        return fixed([]);
      },
    };
    await answerQuery('invoice', options);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(order.filter((step) => !step.endsWith(' fa'))).toEqual(['prefetch en', 'prefetch ar', 'search en', 'ranked en', 'search ar', 'ranked ar']);
  });

  /** Every search answers when its language is released; none has a hit in the reader's language (fa). */
  function held(answers: Partial<Record<Locale, string[]>>) {
    const release = new Map<Locale, () => void>();
    const gates = new Map<Locale, Promise<void>>();
    for (const locale of Object.keys(answers) as Locale[]) gates.set(locale, new Promise<void>((resolve) => release.set(locale, resolve)));
    const shown: [Outcome<string, Language> | undefined, SearchState][] = [];
    const options = {
      locale: 'fa' as Locale,
      others,
      lookElsewhere: true,
      isCurrent: () => true,
      show: (outcome: Outcome<string, Language> | undefined, state: SearchState) => shown.push([outcome, state]),
      search: async (locale: Locale) => {
        if (locale !== 'fa') await gates.get(locale);
        return fixed(answers[locale] ?? []);
      },
    };
    const groups = () => shown.map(([outcome, state]) => [outcome?.elsewhere.map((group) => group.language.locale), state]);
    return { options, shown, groups, release: (locale: Locale) => release.get(locale)?.() };
  }
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

  test('the likeliest language’s hits are shown while the other’s index is still loading', async () => {
    const { options, groups, release } = held({ fa: [], ar: ['money'], en: ['money'] });
    const answered = answerQuery('invoice', options);
    release('en');
    await settle();
    expect(groups().at(-1)).toEqual([['en'], 'loading']);
    release('ar');
    expect((await answered)?.elsewhere.map((group) => group.language.locale)).toEqual(['en', 'ar']);
    expect(groups().at(-1)).toEqual([['en', 'ar'], 'done']);
  });

  test('a language whose ranking came but whose excerpts could not be loaded is left out; the others are still offered', async () => {
    const failing: Ranked<string> = { total: 2, hits: () => [Promise.reject(new Error('offline')), Promise.resolve('money')] };
    const shown: [Outcome<string, Language> | undefined, SearchState][] = [];
    const outcome = await answerQuery('invoice', {
      locale: 'fa',
      others,
      lookElsewhere: true,
      isCurrent: () => true,
      show: (next: Outcome<string, Language> | undefined, state: SearchState) => shown.push([next, state]),
      search: async (locale: Locale) => (locale === 'en' ? failing : fixed(locale === 'ar' ? ['repair'] : [])),
    });
    expect(outcome?.elsewhere.map((group) => [group.language.locale, group.hits])).toEqual([['ar', ['repair']]]);
    expect(shown.at(-1)?.[1]).toBe('done');
  });

  test('a less likely language that answers first waits, so nothing shown moves', async () => {
    const { options, groups, release } = held({ fa: [], ar: ['money'], en: ['money'] });
    const answered = answerQuery('فاتورة', options);
    release('en');
    await settle();
    expect(groups().some(([locales]) => locales !== undefined && locales.length > 0)).toBe(false);
    release('ar');
    expect((await answered)?.elsewhere.map((group) => group.language.locale)).toEqual(['ar', 'en']);
  });
});
