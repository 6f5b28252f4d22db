/**
 * The page chrome on the built site, in every locale: the guide's table of contents
 * numbers its sections alone (subsections nested, unnumbered), the theme button shows the
 * theme in use after a toggle and after a reload, and the header stays compact and usable
 * by keyboard on a 390 px phone, with JavaScript and without.
 */
import { describe, expect, test } from 'vitest';
import { localeCodes, type Locale } from '../../src/i18n/locales';
import { axeViolations, describeViolations, useBrowser, withCleanPage } from './support/browser';
import { tabTo, uiString } from './support/tools';

const browser = useBrowser();
/** A guide with subsections (h3) under its sections. */
const guide = 'decided-cases';
const phone = { viewport: { width: 390, height: 844 } };
/**
 * The header's height on a 390 px phone: two rows (the site name with the language and
 * theme controls; the navigation with search) of 44 px touch targets plus padding.
 */
const maxHeaderHeight = 100;

describe.each(localeCodes)('%s', (locale: Locale) => {
  test('the table of contents numbers the sections in order and nests subsections under them, unnumbered', async () => {
    await withCleanPage(
      browser(),
      async (tracked) => {
        await tracked.page.goto(`/${locale}/guides/${guide}/`);
        const toc = tracked.page.locator('nav.toc');
        const sections = await tracked.page.locator('.prose h2[id]').evaluateAll((els) => els.map((e) => e.id));
        const top = await toc.locator(':scope > ol > li > a').evaluateAll((els) => els.map((e) => e.getAttribute('href')));
        expect(top).toEqual(sections.map((s) => `#${s}`));
        // Only sections are numbered items (the list's own 1…n): no subsection sits in a numbered list.
        expect(await toc.locator('ol').count()).toBe(1);
        expect(await toc.locator('ol li:not(ul li)').count()).toBe(sections.length);
        const subsections = await toc.locator('ol > li > ul > li > a').evaluateAll((els) => els.map((e) => e.getAttribute('href')));
        expect(subsections.length).toBeGreaterThan(0);
        const h3 = await tracked.page.locator('.prose h3[id]').evaluateAll((els) => els.map((e) => `#${e.id}`));
        expect(subsections).toEqual(h3);
        const style = await toc
          .locator('ol > li > ul')
          .first()
          .evaluate((el) => getComputedStyle(el).listStyleType);
        expect(style).toBe('circle');
      },
      {},
    );
  });

  test('the theme button shows the theme in use after a toggle and after a reload', async () => {
    await withCleanPage(
      browser(),
      async (tracked) => {
        const { page } = tracked;
        await page.goto(`/${locale}/`);
        const toggle = page.locator('[data-theme-toggle]');
        const state = toggle.locator('[data-theme-state]');
        expect(await toggle.getAttribute('aria-pressed')).toBe('false');
        expect(await state.textContent()).toBe(uiString(locale, 'theme.off'));
        await toggle.focus();
        await page.keyboard.press('Enter');
        expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
        expect(await toggle.getAttribute('aria-pressed')).toBe('true');
        expect(await state.textContent()).toBe(uiString(locale, 'theme.on'));
        await page.reload();
        expect(await toggle.getAttribute('aria-pressed')).toBe('true');
        expect(await state.textContent()).toBe(uiString(locale, 'theme.on'));
        expect(await toggle.innerText()).toContain(uiString(locale, 'theme.toggle'));
        await toggle.click();
        expect(await state.textContent()).toBe(uiString(locale, 'theme.off'));
      },
      { colorScheme: 'light' },
    );
  });

  test(`the header is at most ${maxHeaderHeight} px tall at 390 px, fits the width, works by keyboard and passes axe`, async () => {
    await withCleanPage(
      browser(),
      async (tracked) => {
        const { page } = tracked;
        await page.goto(`/${locale}/guides/${guide}/`);
        const header = page.locator('.site-header');
        expect((await header.boundingBox())!.height).toBeLessThanOrEqual(maxHeaderHeight);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
        await page.locator('body').focus();
        await tabTo(page, '.primary-nav a[href$="/tools/"]');
        await page.keyboard.press('Enter');
        await page.waitForURL(`**/${locale}/tools/`);
        await tabTo(page, '[data-header-search]');
        await page.keyboard.press('Enter');
        await page.waitForURL(`**/${locale}/search/`);
        const violations = await axeViolations(page);
        expect(violations, describeViolations(violations)).toEqual([]);
      },
      phone,
    );
  });

  test('without JavaScript the phone header is as compact and its links work', async () => {
    await withCleanPage(
      browser(),
      async (tracked) => {
        const { page } = tracked;
        await page.goto(`/${locale}/`);
        expect((await page.locator('.site-header').boundingBox())!.height).toBeLessThanOrEqual(maxHeaderHeight);
        await page.locator('.primary-nav a[href$="/guides/"]').click();
        await page.waitForURL(`**/${locale}/guides/`);
      },
      { ...phone, javaScriptEnabled: false },
    );
  });
});
