/**
 * Reading the site in each language: lang/dir, the language switcher, fallback pages,
 * the chooser, keyboard reach, theme without flash, and no request to any other host.
 */
import type { BrowserContextOptions } from 'playwright-core';
import { afterEach, describe, expect, test } from 'vitest';
import { baseURL, cleanPage, keepPage, openPage, useBrowser, type TrackedPage } from './support/browser';
import { localeCodes } from '../../src/i18n/locales';

const browser = useBrowser();
let current: { tracked: TrackedPage; options: BrowserContextOptions; fresh: boolean } | undefined;
/**
 * A clean page kept from an earlier test of the file (`cleanPage`), or with `fresh` a new
 * context (`openPage`: a cold HTTP cache, or routes); checked and closed or kept after the test.
 */
const open = async (options: BrowserContextOptions = {}, fresh = false): Promise<TrackedPage> => {
  const tracked = fresh ? await openPage(browser(), options) : await cleanPage(browser(), options);
  current = { tracked, options, fresh };
  return tracked;
};
afterEach(async ({ task }) => {
  if (!current) return;
  const { tracked, options, fresh } = current;
  current = undefined;
  let kept = false;
  try {
    expect(tracked.foreignRequests, 'requests to other hosts').toEqual([]);
    expect(tracked.errors, 'console errors, page errors and CSP violations').toEqual([]);
    if (task.result?.state === 'pass' && !fresh) {
      await keepPage(options, tracked);
      kept = true;
    }
  } finally {
    if (!kept) await tracked.close();
  }
});

const expected = { fa: 'rtl', ar: 'rtl', en: 'ltr' } as const;
const GUIDE = 'red-flags';

describe.each(Object.entries(expected))('%s', (locale, dir) => {
  test('home page has the right lang and dir', async () => {
    const { page } = await open();
    await page.goto(`/${locale}/`);
    expect(await page.getAttribute('html', 'lang')).toBe(locale);
    expect(await page.getAttribute('html', 'dir')).toBe(dir);
    await expect(page.locator('h1').textContent()).resolves.not.toBe('');
  });

  test('a guide renders with the right lang and dir, a table of contents and the date in the locale’s digits', async () => {
    const { page } = await open();
    await page.goto(`/${locale}/guides/${GUIDE}/`);
    expect(await page.getAttribute('html', 'lang')).toBe(locale);
    expect(await page.getAttribute('html', 'dir')).toBe(dir);
    expect(await page.getAttribute('main', 'lang')).toBe(locale);
    expect(await page.locator('.toc a').count()).toBeGreaterThan(1);
    const date = (await page.locator('.guide__meta time').textContent()) ?? '';
    const digits = { fa: /[۰-۹]/, ar: /[٠-٩]/, en: /[0-9]/ }[locale as 'fa'];
    expect(date).toMatch(digits);
    expect(await page.locator('[data-fallback-notice]').count()).toBe(0);
  });

  test('the language switcher opens the same guide in each other language', async () => {
    const { page } = await open();
    for (const other of Object.keys(expected).filter((l) => l !== locale)) {
      await page.goto(`/${locale}/guides/${GUIDE}/`);
      await page.click(`[data-lang-link="${other}"]`);
      await page.waitForURL(`**/${other}/guides/${GUIDE}/`);
      expect(await page.getAttribute('html', 'lang')).toBe(other);
      expect(await page.locator('[data-fallback-notice]').count()).toBe(0);
    }
  });

  test('an unknown address shows the locale’s 404 page', async () => {
    const tracked = await open();
    const { page } = tracked;
    const response = await page.goto(`/${locale}/no-such-page/`);
    expect(response?.status()).toBe(404);
    // The browser logs the 404 status itself; that one is expected.
    expect(tracked.errors).toEqual([`Failed to load resource: the server responded with a status of 404 (Not Found) (${baseURL()}/${locale}/no-such-page/)`]);
    tracked.errors.length = 0;
    expect(await page.getAttribute('html', 'lang')).toBe(locale);
    expect(await page.locator('main a').count()).toBeGreaterThan(0);
  });
});

describe('fallback for a missing translation', () => {
  test.each(['fa', 'ar'])('%s shows the English guide with a notice, marked as English', async (locale) => {
    const { page } = await open();
    const response = await page.goto(`/${locale}/guides/fixture-untranslated/`);
    expect(response?.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe(locale);
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    const notice = page.locator('[data-fallback-notice]');
    await expect(notice.isVisible()).resolves.toBe(true);
    expect(await notice.getAttribute('lang')).toBe(locale);
    expect(await page.getAttribute('main', 'lang')).toBe('en');
    expect(await page.getAttribute('main', 'dir')).toBe('ltr');
    // Not offered as a translation, and not indexed as this locale's content.
    expect(await page.locator(`link[rel=alternate][hreflang="${locale}"]`).count()).toBe(0);
    expect(await page.locator('[data-pagefind-body]').count()).toBe(0);
    expect(await page.locator('meta[name=robots][content=noindex]').count()).toBe(1);
  });

  test('the switcher from an untranslated page lands on the fallback, not a 404', async () => {
    const { page } = await open();
    await page.goto('/en/guides/fixture-untranslated/');
    await page.click('[data-lang-link="fa"]');
    await page.waitForURL('**/fa/guides/fixture-untranslated/');
    await expect(page.locator('[data-fallback-notice]').isVisible()).resolves.toBe(true);
  });

  test('a translated guide lists hreflang alternates for every language', async () => {
    const { page } = await open();
    await page.goto(`/fa/guides/${GUIDE}/`);
    const langs = await page.locator('link[rel=alternate][hreflang]').evaluateAll((links) => links.map((l) => l.getAttribute('hreflang')));
    expect(langs.sort()).toEqual([...localeCodes, 'x-default'].sort());
  });
});

describe('language chooser', () => {
  test('names every language in its own script and suggests the browser’s language without redirecting', async () => {
    const { page } = await open({ locale: 'ar-EG' });
    await page.goto('/');
    expect(new URL(page.url()).pathname).toBe('/');
    const labels = await page.locator('[data-language-chooser] .chooser__label').allTextContents();
    expect(labels).toEqual(['فارسی', 'العربية', 'English']);
    await expect(page.locator('[data-locale="ar"] .chooser__suggested').isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-locale="fa"] .chooser__suggested').isVisible()).resolves.toBe(false);
  });
});

describe('keyboard', () => {
  test.each(['fa', 'en'])('Tab reaches every control of a %s guide page, skip link first', async (locale) => {
    const { page } = await open();
    await page.goto(`/${locale}/guides/${GUIDE}/`);
    // A radio group is one Tab stop (arrow keys move inside it), so its radios share an id.
    const controls = await page.$$eval(
      'a[href], button:not([hidden]), input:not([type=hidden]), select, textarea, [tabindex]:not([tabindex="-1"])',
      (elements) => {
        const ids = new Set<string>();
        elements
          .filter((e) => (e as HTMLElement).offsetParent !== null || e.classList.contains('skip-link'))
          .forEach((e, i) => {
            const radio = e instanceof HTMLInputElement && e.type === 'radio' && e.name ? `radio:${e.name}` : undefined;
            const id = radio ?? String(i);
            (e as HTMLElement).dataset.kbId = id;
            ids.add(id);
          });
        return [...ids];
      },
    );
    const reached = new Set<string>();
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => document.activeElement?.className);
    expect(first).toContain('skip-link');
    // Islands hydrate as focus scrolls them into view and may add controls of their own,
    // so Tab on until every listed control was reached (or clearly never will be).
    for (let i = 0; i < controls.length * 2 + 20 && controls.some((c) => !reached.has(c)); i++) {
      const id = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.kbId);
      if (id) reached.add(id);
      await page.keyboard.press('Tab');
    }
    const missed = controls.filter((id) => !reached.has(id));
    expect(missed, 'controls Tab never reached').toEqual([]);
  });

  test('the skip link moves focus to the main content', async () => {
    const { page } = await open();
    await page.goto(`/fa/guides/${GUIDE}/`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('content');
  });
});

describe('theme', () => {
  test('follows the system and remembers a manual choice without a flash on the next page', async () => {
    const tracked = await open({ colorScheme: 'dark' }, true);
    const { page } = tracked;
    await page.goto('/en/');
    const toggle = page.locator('[data-theme-toggle]');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await toggle.click();
    expect(await page.getAttribute('html', 'data-theme')).toBe('light');
    // The saved choice is applied by the head script, before any stylesheet or body renders.
    await page.route('**/*.css', (route) => route.abort());
    await page.goto('/en/guides/');
    expect(await page.getAttribute('html', 'data-theme')).toBe('light');
    await page.unroute('**/*.css');
    // The stylesheet this test blocked is the only expected error.
    expect(tracked.errors.every((e) => e.includes('net::ERR_FAILED'))).toBe(true);
    tracked.errors.length = 0;
  });
});

describe('without JavaScript', () => {
  test('a guide is fully readable and the switcher and search form still work', async () => {
    const { page } = await open({ javaScriptEnabled: false });
    await page.goto(`/ar/guides/${GUIDE}/`);
    expect(((await page.locator('.prose').textContent()) ?? '').length).toBeGreaterThan(2000);
    await page.click('[data-lang-link="en"]');
    await page.waitForURL(`**/en/guides/${GUIDE}/`);
    await page.fill('#site-search', 'invoice');
    await page.press('#site-search', 'Enter');
    await page.waitForURL('**/en/search/?q=invoice');
  });
});

describe('fonts', () => {
  test('an English guide downloads no web font; a Persian one downloads only the Arabic-script subset', async () => {
    // A new context: fonts in a kept page's cache would not be requested again.
    const { page } = await open({}, true);
    const fonts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'font') fonts.push(new URL(request.url()).pathname);
    });
    await page.goto(`/en/guides/${GUIDE}/`, { waitUntil: 'networkidle' });
    expect(fonts).toEqual([]);
    await page.goto(`/fa/guides/${GUIDE}/`, { waitUntil: 'networkidle' });
    expect(fonts).toHaveLength(1);
    expect(fonts[0]).toMatch(/vazirmatn-arabic-400-normal\.[\w-]+\.woff2$/);
  });
});

describe('print', () => {
  test('hides navigation and shows the page address when printed', async () => {
    const { page } = await open();
    await page.goto(`/en/guides/${GUIDE}/`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header').isVisible()).resolves.toBe(false);
    await expect(page.locator('.print-url').isVisible()).resolves.toBe(true);
    await expect(page.locator('.prose').isVisible()).resolves.toBe(true);
  });
});
