/**
 * Search on the built site: Persian/Arabic-aware matching, the other-language offer, the
 * keyboard, hostile queries, accessibility and the loading budget (offline search is in
 * offline.test.ts).
 * Queries come from the guides' own text (content/guides/<locale>/).
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, baseURL, describeViolations, distDir, useBrowser, withCleanPage, withTrackedPage, type TrackedPage } from './support/browser';
import { measureColdSearch, measureSearch } from '../../scripts/lib/search-timing.mjs';
import { localeCodes, type Locale } from '../../src/i18n/locales';
import { readPage } from './support/site';

const browser = useBrowser();

/** Opens the search page with a query in its URL (as the header form does) and waits for the answer. */
async function openSearch(page: Page, locale: string, query: string): Promise<void> {
  await page.goto(`/${locale}/search/?q=${encodeURIComponent(query)}`);
  await waitForAnswer(page, query);
}

/**
 * Shows the answer to `query` on the locale's search page: opened with the query in its URL
 * (`openSearch`), or, when the page is already there, the query typed into its box and
 * submitted, as a reader searches again (the index stays loaded; a page load costs several
 * times the search). Submitting moves the focus to the result count once the answer is
 * complete, so an answer drawn from the typing alone is never taken for it.
 */
async function searchFor(page: Page, locale: string, query: string): Promise<void> {
  if (new URL(page.url()).pathname !== `/${locale}/search/`) return openSearch(page, locale, query);
  const box = page.locator('[data-search] input[type="search"]');
  await box.fill(query);
  await box.press('Enter');
  await waitForAnswer(page, query);
  await page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'status');
}

/** Waits until the island shows the complete answer (other languages included) for `query`. */
async function waitForAnswer(page: Page, query: string): Promise<void> {
  await page.waitForFunction((q) => {
    const root = document.querySelector('[data-search]');
    return root?.getAttribute('data-search-state') === 'done' && root.getAttribute('data-search-query') === q;
  }, query);
}

/** Guide keys of the results listed in one language, in order. */
async function resultKeys(page: Page, locale: string): Promise<string[]> {
  return page
    .locator(`[data-search-results][data-search-locale="${locale}"] > [data-search-result] > :first-child a`)
    .evaluateAll((links) => links.map((a) => /\/guides\/([^/]+)\//.exec(a.getAttribute('href') ?? '')?.[1] ?? a.getAttribute('href') ?? ''));
}

/** Every result of one language: "show more" is pressed until the list is whole. */
async function allResultKeys(page: Page, locale: string): Promise<string[]> {
  const list = page.locator(`[data-search-results][data-search-locale="${locale}"]`);
  const more = list.locator('xpath=following-sibling::button[contains(@class, "search__more")][1]');
  while ((await more.count()) > 0) {
    const shown = await list.locator('> [data-search-result]').count();
    await more.click();
    await expect.poll(() => list.locator('> [data-search-result]').count(), { timeout: 10_000 }).toBeGreaterThan(shown);
  }
  return resultKeys(page, locale);
}

/** Paths of the results listed in one language, in order (`/fa/tools/exit-letter/`). */
async function resultPaths(page: Page, locale: string): Promise<string[]> {
  return page
    .locator(`[data-search-results][data-search-locale="${locale}"] > [data-search-result] > :first-child a`)
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}

/** A page kept from an earlier test of the file (`withCleanPage`), for tests that only search. */
const withPage = (run: (tracked: TrackedPage) => Promise<void>, options = {}): Promise<void> => withCleanPage(browser(), run, options);
/** A new context, for tests that count requests, time a cold load, hold requests back (routes) or measure layout shifts. */
const withNewPage = (run: (tracked: TrackedPage) => Promise<void>, options = {}): Promise<void> => withTrackedPage(browser(), run, options);

/** A word every language's guides use. */
const commonWord: Record<Locale, string> = { fa: 'مشتری', ar: 'العميل', en: 'client' };

/** The index chunks of `bundle`'s language that `page`'s search page holds back, with their first and last words. */
function templateChunks(page: Locale, bundle: Locale): { path: string; from: string; to: string }[] {
  const template = new RegExp(`<template data-search-bundle="${bundle}"[^>]*>(.*?)</template>`).exec(readPage(distDir(), `/${page}/search/`))?.[1] ?? '';
  return [...template.matchAll(/href="([^"]+\.pf_index)"[^>]*data-search-from="([^"]*)" data-search-to="([^"]*)"/g)].map(([, href, from, to]) => ({
    path: new URL(href!, 'http://x').pathname,
    from: from!,
    to: to!,
  }));
}

/** Holds every request matching `url` until the returned function is called. */
async function holdRequests(page: Page, url: string): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(url, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

describe('finding the guide that covers a question', () => {
  const cases: [locale: string, query: string, guide: string][] = [
    ['fa', 'فاکتورهای پرداخت‌نشده', 'money'],
    ['fa', 'مشتری کابوس‌وار', 'nightmare-or-difficult'],
    ['fa', 'نشانه‌های هشدار', 'red-flags'],
    ['fa', 'مذاکرهٔ دوباره قرارداد', 'repair'],
    ['fa', 'جلسهٔ میان‌بخشی', 'five-steps'],
    ['fa', 'بی‌احترامی قلدری', 'decided-cases'],
    ['ar', 'الفواتير غير المدفوعة', 'money'],
    ['ar', 'عميل كابوسي', 'nightmare-or-difficult'],
    ['ar', 'علامات التحذير', 'red-flags'],
    ['ar', 'خمس خطوات', 'five-steps'],
    ['ar', 'محامٍ', 'decided-cases'],
    ['en', 'unpaid invoices', 'money'],
    ['en', 'nightmare client', 'nightmare-or-difficult'],
    ['en', 'renegotiate contract', 'repair'],
    ['en', 'cross-functional meeting', 'five-steps'],
    ['en', 'millions', 'case-study'],
  ];

  test('every query finds its guide in the top three, in the reader’s language', async () => {
    await withPage(async ({ page }) => {
      for (const [locale, query, guide] of cases) {
        await searchFor(page, locale, query);
        expect((await resultKeys(page, locale)).slice(0, 3), `${locale}: ${query}`).toContain(guide);
      }
    });
  });

  test('results show a title, an excerpt with the matched words marked, and links to matching sections', async () => {
    await withPage(async ({ page }) => {
      await searchFor(page, 'fa', 'فاکتورهای پرداخت‌نشده');
      const first = page.locator('[data-search-results][data-search-locale="fa"] > [data-search-result]').first();
      await expect(first.locator('h2 a').getAttribute('href')).resolves.toBe('/fa/guides/money/');
      expect(await first.locator('.search-result__excerpt mark').count()).toBeGreaterThan(0);
      const sections = await first.locator('.search-result__sections a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
      expect(sections.length).toBeGreaterThan(0);
      expect(sections.every((href) => href.startsWith('/fa/guides/money/#'))).toBe(true);
      // The count is in Persian digits, in the polite status region.
      await expect(page.locator('[role="status"]').textContent()).resolves.toMatch(/^[۰-۹]+ /);
    });
  });
});

describe('tools are found by what they are called', () => {
  const cases: [locale: string, query: string, tools: string[]][] = [
    ['en', 'calculator', ['revenue-per-hour']],
    ['en', 'exit letter', ['exit-letter']],
    ['en', 'checklist', ['five-steps', 'notice-and-handover', 'exit-conversation']],
    ['fa', 'خودارزیابی', ['self-assessment']],
    ['fa', 'نامه', ['exit-letter']],
    ['fa', 'ماشین‌حساب', ['revenue-per-hour']],
    ['ar', 'حاسبة', ['revenue-per-hour']],
    ['ar', 'رسالة', ['exit-letter']],
    ['ar', 'تقييم ذاتي', ['self-assessment']],
  ];

  test('a query naming a tool lists its page in the top three, in the reader’s language, with its kind', async () => {
    await withPage(async ({ page }) => {
      for (const [locale, query, tools] of cases) {
        await searchFor(page, locale, query);
        const top = (await resultPaths(page, locale)).slice(0, 3);
        expect(
          top.some((path) => tools.some((tool) => path === `/${locale}/tools/${tool}/`)),
          `${locale}: ${query} → ${top.join(' ')}`,
        ).toBe(true);
      }
      // A tool result says what kind of tool it is; its excerpt is the tool's description, not its form.
      await searchFor(page, 'ar', 'حاسبة');
      const tool = page.locator('[data-search-result][data-search-kind="calculator"]');
      await expect(tool.locator('.search-result__kind').textContent()).resolves.toBe('حاسبة');
      await expect(tool.locator('h2 a').getAttribute('href')).resolves.toBe('/ar/tools/revenue-per-hour/');
    });
  });
});

describe('numbers and ranking', () => {
  test('digits and number words find each other: «۵ گام», «٥ خطوات», “5 steps” find the five-steps guide', async () => {
    await withPage(async ({ page }) => {
      for (const [locale, query] of [
        ['fa', '۵ گام'],
        ['ar', '٥ خطوات'],
        ['ar', '5 خطوات'],
        ['en', '5 steps'],
        ['en', 'five steps'],
      ] as const) {
        await searchFor(page, locale, query);
        expect((await resultKeys(page, locale)).slice(0, 3), `${locale}: ${query}`).toContain('five-steps');
      }
    });
  });

  test('guides a query is answered by rank above About and Sources, and Sources is still found by its titles', async () => {
    await withPage(async ({ page }) => {
      for (const [locale, query] of [
        ['ar', 'عميل سيء'],
        ['en', 'bad client'],
        ['fa', 'مشتری بد'],
      ] as const) {
        await searchFor(page, locale, query);
        const top = (await resultPaths(page, locale)).slice(0, 3);
        expect(top.length, `${locale}: ${query}`).toBe(3);
        expect(
          top.every((path) => path.startsWith(`/${locale}/guides/`)),
          `${locale}: ${query} → ${top.join(' ')}`,
        ).toBe(true);
      }
      for (const [locale, title] of [
        ['en', 'How to Fire Bad Clients the Right Way'],
        ['fa', 'برخی از مشتریان را اخراج کنید'],
        ['ar', 'أسباب للاستغناء عن خدمات عميلك'],
        ['ar', 'المصادر'],
      ] as const) {
        await searchFor(page, locale, title);
        expect((await resultPaths(page, locale)).slice(0, 3), `${locale}: ${title}`).toContain(`/${locale}/sources/`);
      }
    });
  });
});

describe('spelling variants find the same guides', () => {
  const variants: [locale: string, spellings: string[]][] = [
    // Persian typed on an Arabic keyboard (ي, ك)
    ['fa', ['فاکتورهای پرداخت‌نشده', 'فاكتورهاي پرداخت‌نشده']],
    ['fa', ['مشتری کابوس‌وار', 'مشتري كابوس‌وار']],
    // Persian, Arabic-Indic and Latin digits
    ['fa', ['۱۲۰', '120', '١٢٠']],
    ['ar', ['١٢٠', '120', '۱۲۰']],
    // ZWNJ, no joiner, and a space
    ['fa', ['می‌پردازد', 'میپردازد', 'می پردازد']],
    ['fa', ['پرداخت‌نشده', 'پرداختنشده']],
    // Arabic typed on a Persian keyboard (ی, ک) and with harakat
    ['ar', ['العميل', 'العمیل', 'العَمِيلُ']],
  ];

  test('each spelling gives the canonical spelling’s results', async () => {
    await withPage(async ({ page }) => {
      for (const [locale, [canonical, ...others]] of variants) {
        await searchFor(page, locale, canonical!);
        const expected = await resultKeys(page, locale);
        expect(expected.length, canonical).toBeGreaterThan(0);
        for (const spelling of others) {
          await searchFor(page, locale, spelling);
          expect(await resultKeys(page, locale), `${spelling} vs ${canonical}`).toEqual(expected);
        }
      }
    });
  });

  test('a Persian plural finds guides that use only the singular, and the singular finds the plural', async () => {
    await withPage(async ({ page }) => {
      // repair.mdx says «قرارداد» sixteen times and never «قراردادها».
      await searchFor(page, 'fa', 'قراردادها');
      const plural = await allResultKeys(page, 'fa');
      await searchFor(page, 'fa', 'قرارداد');
      const singular = await allResultKeys(page, 'fa');
      expect(plural).toContain('repair');
      expect(new Set(plural)).toEqual(new Set(singular));
    });
  });
});

describe('nothing found in the reader’s language', () => {
  test('offers the hits in the other languages, marked with their language, and the guide list', async () => {
    await withPage(async ({ page }) => {
      await searchFor(page, 'fa', 'invoice');
      expect(await resultKeys(page, 'fa')).toEqual([]);
      expect(await resultKeys(page, 'en')).toContain('money');
      await expect(
        page.locator('[data-search-results][data-search-locale="en"]').evaluate((list) => list.closest('[lang]')?.getAttribute('lang')),
      ).resolves.toBe('en');
      await expect(page.locator('.search__browse a').getAttribute('href')).resolves.toBe('/fa/guides/');
    });
  });

  test('fetches of another language’s index only the chunks the query’s words can be in', async () => {
    const chunks = templateChunks('fa', 'en');
    expect(chunks.length).toBeGreaterThan(1);
    await withNewPage(async ({ page }) => {
      const requests: string[] = [];
      page.on('request', (request) => requests.push(new URL(request.url()).pathname));
      await openSearch(page, 'fa', 'invoice');
      expect(await resultKeys(page, 'en')).toContain('money');
      const fetched = requests.filter((path) => path.startsWith('/pagefind/en/index/'));
      // Only the chunk whose words include "in…" (the stem "invoic"): one of them, not all.
      expect(fetched).toEqual(chunks.filter((chunk) => chunk.from <= 'in\uffff' && chunk.to >= 'in').map((chunk) => chunk.path));
    });
  });

  test('another language’s answer comes likeliest language first: its index is searched before the next one’s is started', async () => {
    const cases: [Locale, string, Locale, Locale][] = [
      ['fa', 'invoice', 'en', 'ar'],
      ['ar', 'invoice', 'en', 'fa'],
      ['en', 'فاکتور', 'fa', 'ar'],
    ];
    for (const [locale, query, first, second] of cases) {
      await withNewPage(async ({ page }) => {
        await openSearch(page, locale, query);
        const groups = await page
          .locator('.search__elsewhere [data-search-results]')
          .evaluateAll((lists) => lists.map((list) => list.getAttribute('data-search-locale')));
        expect(groups[0], `${locale} ${query}`).toBe(first);
        const mark = (name: string) => page.evaluate((n) => performance.getEntriesByName(n)[0]?.startTime ?? Number.NaN, name);
        // The second language's script was loaded and started only once the first had its ranking.
        expect(await mark(`search:ready:${second}`), `${locale} ${query}`).toBeGreaterThan(await mark(`search:ranked:${first}`));
      });
    }
  });

  test('with a query in the address bar, fetches of its own index only the chunks the query’s words can be in', async () => {
    // Persian "client" and its stem start مش…; English "client", cl…; Arabic العميل, ال… or,
    // without the article Pagefind's stemmer drops, عم…. Only those chunks are fetched, and
    // Pagefind needs no other (it would fetch it itself).
    const starts: Record<Locale, string[]> = { fa: ['مش'], ar: ['ال', 'عم'], en: ['cl'] };
    for (const [locale, prefixes] of Object.entries(starts) as [Locale, string[]][]) {
      const chunks = templateChunks(locale, locale);
      expect(chunks.length, locale).toBeGreaterThan(1);
      await withNewPage(async ({ page }) => {
        const requests: string[] = [];
        page.on('request', (request) => requests.push(new URL(request.url()).pathname));
        await openSearch(page, locale, commonWord[locale]);
        expect((await resultKeys(page, locale)).length, locale).toBeGreaterThan(0);
        const fetched = requests.filter((path) => path.startsWith(`/pagefind/${locale}/index/`));
        const mayHold = (chunk: (typeof chunks)[number]) => prefixes.some((start) => chunk.from <= `${start}\uffff` && chunk.to >= start);
        expect(fetched, locale).toEqual(chunks.filter(mayHold).map((chunk) => chunk.path));
      });
    }
  });

  test('fallback pages are not in the Persian or Arabic index: the untranslated guide is offered in English only', async () => {
    await withPage(async ({ page }) => {
      for (const locale of ['fa', 'ar']) {
        await searchFor(page, locale, 'fixture');
        expect(await resultKeys(page, locale)).toEqual([]);
        expect(await resultKeys(page, 'en')).toEqual(['fixture-untranslated']);
        expect(await page.locator(`a[href*="/${locale}/guides/fixture-untranslated/"]`).count()).toBe(0);
      }
    });
  });

  test('says so plainly when no language has a hit', async () => {
    await withPage(async ({ page }) => {
      await searchFor(page, 'ar', 'zzqqxx');
      expect(await page.locator('[data-search-result]').count()).toBe(0);
      await expect(page.locator('[role="status"]').textContent()).resolves.toContain('لا شيء يطابق');
      await expect(page.locator('.search__browse a').getAttribute('href')).resolves.toBe('/ar/guides/');
    });
  });
});

describe('the query in the address bar', () => {
  test('typing keeps the query in the URL, so a reload shows the same results', async () => {
    await withPage(async ({ page }) => {
      await page.goto('/en/search/');
      await page.locator('[data-search] input[type="search"]').pressSequentially('unpaid invoices', { delay: 30 });
      await page.waitForURL(/\?q=unpaid(\+|%20)invoices$/);
      await waitForAnswer(page, 'unpaid invoices');
      const before = await resultKeys(page, 'en');
      await page.reload();
      await waitForAnswer(page, 'unpaid invoices');
      expect(await resultKeys(page, 'en')).toEqual(before);
      await expect(page.locator('[data-search] input[type="search"]').inputValue()).resolves.toBe('unpaid invoices');
    });
  });
});

describe('keyboard only', () => {
  test('tab to the box, type, arrow into the results, escape back, enter to open a guide', async () => {
    await withPage(async ({ page }) => {
      await page.goto('/fa/search/');
      await page.locator('[data-search][data-search-ready]').waitFor();
      const box = page.locator('[data-search] input[type="search"]');
      for (let i = 0; i < 40 && !(await box.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
      await expect(box.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
      await page.keyboard.type('مشتری کابوس‌وار');
      await waitForAnswer(page, 'مشتری کابوس‌وار');
      const links = page.locator('[data-search-results] a');
      await page.keyboard.press('ArrowDown');
      await expect(links.nth(0).evaluate((el) => el === document.activeElement)).resolves.toBe(true);
      await page.keyboard.press('ArrowDown');
      await expect(links.nth(1).evaluate((el) => el === document.activeElement)).resolves.toBe(true);
      await page.keyboard.press('Escape');
      await expect(box.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
      // Enter moves focus to the result count; Tab then reaches the first result.
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'status');
      await page.keyboard.press('Tab');
      await expect(links.nth(0).evaluate((el) => el === document.activeElement)).resolves.toBe(true);
      await page.keyboard.press('Enter');
      await page.waitForURL('**/fa/guides/nightmare-or-difficult/');
    });
  });
});

describe('hostile queries', () => {
  test('markup, regex characters, an empty and a 10,000-character query are searched as text and nothing runs', async () => {
    await withPage(async ({ page }) => {
      await page.goto('/en/search/');
      const box = page.locator('[data-search] input[type="search"]');
      await box.waitFor();
      for (const query of ['<img src=x onerror="window.__pwned=1">', '</script><script>window.__pwned=1</script>', '🔥🔥 money']) {
        await box.fill(query);
        await box.press('Enter');
        await waitForAnswer(page, query);
      }
      // A right-to-left override stays inside the quoted query (<bdi>) and cannot flip the sentence.
      await box.fill('\u202Ezzqqxx');
      await box.press('Enter');
      await waitForAnswer(page, '\u202Ezzqqxx');
      await expect(page.locator('[role="status"] bdi').textContent()).resolves.toBe('\u202Ezzqqxx');
      // Only separators: nothing to search for.
      await box.fill('.*+?^${}()|[]\\');
      await box.press('Enter');
      await page.waitForFunction(() => document.querySelector('[data-search]')?.getAttribute('data-search-state') === 'idle');
      await box.fill('');
      await box.press('Enter');
      await page.waitForFunction(() => document.querySelector('[data-search]')?.getAttribute('data-search-state') === 'idle');
      await box.fill('money '.repeat(1700));
      await box.press('Enter');
      await page.waitForFunction(() => document.querySelector('[data-search]')?.getAttribute('data-search-state') === 'done');
      expect(await page.locator('[data-search-result]').count()).toBeGreaterThan(0);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await page.locator('[data-search] img').count()).toBe(0);
      // The page still scrolls no wider than the screen.
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    });
  });
});

describe('accessibility', () => {
  test.each([
    ['fa', 'فاکتورهای پرداخت‌نشده'],
    ['ar', 'fixture'],
    ['en', 'red flags'],
  ])('%s search page with results for “%s” has no axe violations', async (locale, query) => {
    await withPage(async ({ page }) => {
      await searchFor(page, locale, query);
      const violations = await axeViolations(page);
      expect(violations, describeViolations(violations)).toEqual([]);
    });
  });

  test('right-to-left layout in Persian and Arabic, with other-language results in their own direction', async () => {
    await withPage(async ({ page }) => {
      await searchFor(page, 'ar', 'fixture');
      await expect(page.locator('[data-search]').evaluate((el) => getComputedStyle(el).direction)).resolves.toBe('rtl');
      await expect(page.locator('[data-search-results][data-search-locale="en"]').evaluate((el) => getComputedStyle(el).direction)).resolves.toBe('ltr');
    });
  });
});

describe('loading budget', () => {
  test('a guide page loads nothing of the search', async () => {
    await withNewPage(async ({ page }) => {
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      await page.goto('/fa/guides/money/', { waitUntil: 'networkidle' });
      expect(requests.filter((url) => /pagefind|\/_astro\/[Ss]earch\./.test(url))).toEqual([]);
    });
  });

  test('the search page preloads its own language’s index with the page, and no other language’s', async () => {
    await withNewPage(async ({ page }) => {
      const requests: string[] = [];
      page.on('request', (request) => requests.push(new URL(request.url()).pathname));
      await page.goto('/en/search/', { waitUntil: 'networkidle' });
      // Asked for by the page's own preload links, before any script ran.
      const preloaded = await page
        .locator('head link[data-search-preload]')
        .evaluateAll((links) => links.map((link) => new URL((link as HTMLLinkElement).href).pathname));
      for (const file of [
        /^\/pagefind\/en\/pagefind\.js$/,
        /^\/pagefind\/en\/pagefind-entry\.json$/,
        /\.pf_meta$/,
        /^\/pagefind\/en\/wasm\.en\.pagefind$/,
        // The island's renderer entry (its component is the first script's own chunk).
        /\/_astro\/client\./,
      ]) {
        expect(
          preloaded.some((path) => file.test(path)),
          String(file),
        ).toBe(true);
      }
      // Pagefind's files come before the island's renderer entry: a slow line takes them six at a time.
      const at = (file: RegExp) => preloaded.findIndex((path) => file.test(path));
      expect(at(/^\/pagefind\/en\/wasm\./)).toBeLessThan(at(/\/_astro\/client\./));
      expect(requests.filter((url) => url.startsWith('/pagefind/') && !url.startsWith('/pagefind/en/'))).toEqual([]);
      expect(requests.filter((url) => url.includes('/pagefind/en/fragment/'))).toEqual([]);
      // Every preloaded file is the one Pagefind then uses (no second request for the entry file).
      expect(requests.filter((url) => url.endsWith('pagefind-entry.json'))).toHaveLength(1);
      // Few scripts (astro.config.ts groups them): the search chunk (the page's first script and
      // the island's component, loaded without their one-line entry files), the runtime and
      // Astro's renderer entry; each more is one more request queued on a slow line.
      expect(requests.filter((url) => /^\/_astro\/.*\.js$/.test(url)).length).toBeLessThanOrEqual(3);
      expect(requests.filter((url) => /\/_astro\/(Search|SearchStart)\b/.test(url))).toEqual([]);
    });
  });

  test('a query in the address bar is begun by the page’s first script, before the island wakes, and searched once', async () => {
    for (const locale of localeCodes) {
      await withPage(async ({ page }) => {
        await openSearch(page, locale, commonWord[locale]);
        const marks = await page.evaluate(
          (l) => ['started', 'ranked'].map((name) => performance.getEntriesByName(`search:${name}:${l}`).map((mark) => mark.startTime)),
          locale,
        );
        const [started, ranked] = marks as [number[], number[]];
        expect(started, locale).toHaveLength(1);
        // One ranking: the island took the search already under way instead of asking again.
        expect(ranked, locale).toHaveLength(1);
        // The script is a module (run as parsing ends, not `async`), after the CSP that covers it.
        const placed = await page.evaluate(() => {
          const children = [...document.head.children];
          const script = document.head.querySelector<HTMLScriptElement>('script[data-search-start]');
          const csp = document.head.querySelector('meta[http-equiv="content-security-policy"]');
          return { module: script?.type === 'module' && !script.async, afterCsp: !!script && !!csp && children.indexOf(script) > children.indexOf(csp) };
        });
        expect(placed, locale).toEqual({ module: true, afterCsp: true });
      });
    }
  });

  test('the benchmark’s measure reports the time to the first result and the bytes of one query', async () => {
    await withNewPage(async ({ page }) => {
      const measure = await measureSearch(page, { url: '/fa/search/', query: 'مشتری', typingDelayMs: 60 });
      expect(measure.results).toBeGreaterThan(0);
      expect(measure.msToFirstResult).toBeGreaterThanOrEqual(0);
      expect(measure.requests).toBeGreaterThan(0);
      expect(measure.bytes).toBeGreaterThan(measure.requests * 100);
      expect(measure.fetched.some((f: { url: string }) => f.url.includes('/pagefind/fa/'))).toBe(true);
    });
  });
});

describe('the benchmark’s cold-search measure', () => {
  test('reports navigation → first result for a query in the URL, and for a cross-language fallback (a figure, not a timed test)', async () => {
    await withNewPage(async ({ page }) => {
      const own = await measureColdSearch(page, { url: `${baseURL()}/fa/search/`, query: 'مشتری' });
      expect(own.results).toBeGreaterThan(0);
      expect(own.elsewhere).toBe(0);
      expect(own.msToFirstResult).toBeGreaterThan(0);
      expect(own.msToDone).toBeGreaterThanOrEqual(own.msToFirstResult);
      expect(Object.keys(own.marks)).toEqual(expect.arrayContaining(['search:started:fa', 'search:ready:fa', 'search:ranked:fa']));
    });
    await withNewPage(async ({ page }) => {
      const fallback = await measureColdSearch(page, { url: `${baseURL()}/fa/search/`, query: 'invoice' });
      expect(fallback.results).toBe(0);
      expect(fallback.elsewhere).toBeGreaterThan(0);
    });
  });
});

describe('results before their excerpts', () => {
  test.each(localeCodes)(
    'in %s, the first result’s title and link show while its excerpt is still on its way, then the excerpt fills it in',
    async (locale) => {
      await withNewPage(async ({ page }) => {
        // Hold every excerpt (fragment) until the test lets them through.
        const release = await holdRequests(page, '**/pagefind/*/fragment/**');
        const query = commonWord[locale];
        await page.goto(`/${locale}/search/?q=${encodeURIComponent(query)}`);
        const first = page.locator(`[data-search-results][data-search-locale="${locale}"] > [data-search-result]`).first();
        await page.locator('[data-search-result][data-search-pending]').waitFor();
        expect(await first.getAttribute('data-search-pending')).toBe('');
        // Exactly one result is drawn early, at the end of the list, with the page's real title and link.
        expect(await page.locator('[data-search-result]').count()).toBe(1);
        const link = first.locator(':scope > :first-child a');
        const href = (await link.getAttribute('href')) ?? '';
        expect(href).toMatch(new RegExp(`^/${locale}/`));
        const title = (await link.textContent()) ?? '';
        expect(title.trim().length).toBeGreaterThan(3);
        expect(await first.locator('.search-result__excerpt').count()).toBe(0);
        release();
        await waitForAnswer(page, query);
        expect(await page.locator('[data-search-pending]').count()).toBe(0);
        // The full result is the same page, under the same title, now with its excerpt.
        expect(await link.getAttribute('href')).toBe(href);
        expect(await link.textContent()).toBe(title);
        expect(await first.locator('.search-result__excerpt mark').count()).toBeGreaterThan(0);
      });
    },
  );
});

/** The page's cumulative layout shift so far (shifts right after input excluded, as CLS does). */
async function cumulativeLayoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        type LayoutShift = PerformanceEntry & { value: number; hadRecentInput: boolean };
        let total = 0;
        const add = (entries: PerformanceEntryList) => {
          for (const entry of entries as LayoutShift[]) if (!entry.hadRecentInput) total += entry.value;
        };
        const observer = new PerformanceObserver((list) => add(list.getEntries()));
        observer.observe({ type: 'layout-shift', buffered: true });
        requestAnimationFrame(() =>
          setTimeout(() => {
            add(observer.takeRecords());
            observer.disconnect();
            resolve(total);
          }),
        );
      }),
  );
}

describe('layout stability', () => {
  // Lighthouse's mobile screen, and a desktop one on which the whole page fits.
  const screens = [
    { width: 412, height: 823 },
    { width: 1350, height: 940 },
  ];
  test.each(screens)('the search page does not move as the island wakes up, on a $width×$height screen', async (viewport) => {
    await withNewPage(
      async ({ page }) => {
        await page.goto('/fa/search/');
        await page.locator('[data-search][data-search-ready]').waitFor();
        await page.evaluate(() => document.fonts.ready);
        expect(await cumulativeLayoutShift(page)).toBeLessThan(0.1);
      },
      { viewport },
    );
  });
  test.each(screens)('nor as the answer to a query in the address bar replaces the guide list, on a $width×$height screen', async (viewport) => {
    await withNewPage(
      async ({ page }) => {
        // Many results, and a short answer (nothing found) that leaves the page shorter than the guide list.
        for (const query of ['unpaid invoices', 'zzqqxx']) {
          await openSearch(page, 'en', query);
          await page.evaluate(() => document.fonts.ready);
          expect(await cumulativeLayoutShift(page), query).toBeLessThan(0.1);
        }
      },
      { viewport },
    );
  });
});

describe('a query in the address bar', () => {
  test.each(localeCodes)('in %s, leaves the guide list out while its answer loads; a query too short to search shows the list', async (locale) => {
    await withNewPage(async ({ page }) => {
      // Hold Pagefind's script: the island wakes, but the answer cannot come.
      const script = `**/pagefind/${locale}/pagefind.js`;
      const release = await holdRequests(page, script);
      const query = commonWord[locale];
      await page.goto(`/${locale}/search/?q=${encodeURIComponent(query)}`);
      await page.locator('[data-search][data-search-ready]').waitFor();
      await expect(page.locator('[data-search-fallback]').isVisible()).resolves.toBe(false);
      release();
      await waitForAnswer(page, query);
      expect(await page.locator('[data-search-result]').count()).toBeGreaterThan(0);
      expect(await page.evaluate(() => document.documentElement.hasAttribute('data-search-query'))).toBe(false);
      await page.unroute(script);
      // One letter is no search: the island goes idle and the list is there to browse.
      await page.goto(`/${locale}/search/?q=${encodeURIComponent(query.slice(0, 1))}`);
      await page.locator('[data-search][data-search-ready]').waitFor();
      await expect(page.locator('[data-search-fallback] a').first().isVisible()).resolves.toBe(true);
    });
  });
});

describe('without JavaScript', () => {
  test('the search page says plainly that searching needs JavaScript and lists the guides', async () => {
    await withPage(
      async ({ page }) => {
        await page.goto(`/fa/search/?q=${encodeURIComponent('مشتری')}`);
        await expect(page.locator('[data-search-fallback]').textContent()).resolves.toContain('جست‌وجو به جاوااسکریپت نیاز دارد');
        const guides = await page.locator('[data-search-fallback] a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
        expect(guides).toContain('/fa/guides/money/');
        expect(guides.length).toBeGreaterThanOrEqual(9);
        // Shown, though the URL has a query (only a script would hold the list back).
        await expect(page.locator('[data-search-fallback] a').first().isVisible()).resolves.toBe(true);
        // The hint about searching as you type is for the island only.
        await expect(page.locator('.search__hint').isVisible()).resolves.toBe(false);
      },
      { javaScriptEnabled: false },
    );
  });
});
