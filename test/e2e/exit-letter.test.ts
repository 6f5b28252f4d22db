/**
 * The exit letter builder on the built site, in Persian and English: keyboard-only use,
 * the letter in the page's language, required fields and the error summary, copy and
 * download, saving, hostile input that must never execute, the page without JavaScript,
 * and axe.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Locale } from '../../src/i18n/locales';
import { toolPath } from '../../src/i18n/paths';
import { axeViolations, describeViolations, downloadedFile, openPage, useBrowser, type TrackedPage } from './support/browser';
import { hydratedTool, tabTo, toolRoot, toolStrings, uiString, withToolPage } from './support/tools';

const browser = useBrowser();
const id = 'exit-letter';
const locales: Locale[] = ['fa', 'en'];
/** Copy needs the clipboard; an en-US browser makes the date field take the month/day/year the tests type. */
const letterContext = { locale: 'en-US', permissions: ['clipboard-read', 'clipboard-write'] };

const field = (t: TrackedPage, name: string) => toolRoot(t.page, id).locator(`[data-field="${name}"]`);
const letter = (t: TrackedPage) => toolRoot(t.page, id).locator('[data-letter]');

describe.each(locales)('exit letter in %s', (locale) => {
  const text = toolStrings(id, locale);

  test('can be written and copied with the keyboard alone, in the page’s language', async () => {
    await withToolPage(
      browser(),
      toolPath(locale, id),
      id,
      async (t) => {
        await t.page.locator('body').focus();
        await tabTo(t.page, '[data-field="client-name"]');
        await t.page.keyboard.type('Acme Trading');
        await tabTo(t.page, '[data-field="sender-name"]');
        await t.page.keyboard.type('Mina Rahimi');
        await tabTo(t.page, '[data-field="last-day"]');
        await t.page.keyboard.type('12312026');
        await tabTo(t.page, '[data-choice="goodwill"] input:checked');
        await t.page.keyboard.press('ArrowDown');
        await t.page.keyboard.press('ArrowDown');
        expect(await toolRoot(t.page, id).locator('[data-choice="goodwill"] input:checked').getAttribute('data-option')).toBe('cancel-invoice');
        const written = await letter(t).textContent();
        expect(written).toContain('Acme Trading');
        expect(written).toContain('Mina Rahimi');
        expect(written).toContain(text['letter.goodwill.cancel-invoice']);
        expect(written).toContain(locale === 'fa' ? 'با احترام' : 'Kind regards');
        const lastDay = await letter(t).locator('[data-paragraph="last-day"]').textContent();
        // 31 December 2026 in the locale's calendar and digits (10 Dey 1405 in Persian).
        expect(lastDay).toMatch(locale === 'fa' ? /۱۴۰۵/ : /31 December 2026/);
        await tabTo(t.page, '[data-copy-letter]');
        await t.page.keyboard.press('Enter');
        await expect.poll(() => toolRoot(t.page, id).locator('[data-tool-notice]').textContent()).toBe(uiString(locale, 'tool.copied'));
        const copied = await t.page.evaluate(() => navigator.clipboard.readText());
        expect(copied).toContain('\u2068Acme Trading\u2069');
        expect(copied).not.toMatch(/\{[\w-]+\}/);
        const violations = await axeViolations(t.page);
        expect(violations, describeViolations(violations)).toEqual([]);
      },
      letterContext,
    );
  });

  test('missing required fields are listed in an error summary that takes the focus', async () => {
    await withToolPage(
      browser(),
      toolPath(locale, id),
      id,
      async (t) => {
        await field(t, 'sender-name').fill('Mina');
        await toolRoot(t.page, id).locator('[data-download-letter]').click();
        const summary = toolRoot(t.page, id).locator('[data-error-summary]');
        await summary.waitFor();
        await expect.poll(() => t.page.evaluate(() => document.activeElement?.hasAttribute('data-error-summary'))).toBe(true);
        expect(await summary.locator('li').count()).toBe(1);
        expect(await summary.textContent()).toContain(uiString(locale, 'tool.errorRequired', { field: text['field.client-name']! }));
        expect(await field(t, 'client-name').getAttribute('aria-invalid')).toBe('true');
        const violations = await axeViolations(t.page);
        expect(violations, describeViolations(violations)).toEqual([]);
        await summary.locator('a').click();
        expect(await t.page.evaluate(() => document.activeElement?.getAttribute('data-field'))).toBe('client-name');
        await t.page.keyboard.type('Acme');
        expect(await summary.count()).toBe(0);
      },
      letterContext,
    );
  });

  test('downloads the letter as a text file, made in the browser', async () => {
    await withToolPage(
      browser(),
      toolPath(locale, id),
      id,
      async (t) => {
        await field(t, 'client-name').fill('Acme Trading');
        await field(t, 'sender-name').fill('Mina Rahimi');
        await field(t, 'referrals').fill('Blue Agency, Sara Design');
        const [download] = await Promise.all([t.page.waitForEvent('download'), toolRoot(t.page, id).locator('[data-download-letter]').click()]);
        expect(download.suggestedFilename()).toBe(`${text['letter.filename']}.txt`);
        expect(download.url()).toMatch(/^blob:/);
        const file = readFileSync(await downloadedFile(download), 'utf8');
        expect(file).toContain('\u2068Blue Agency, Sara Design\u2069');
        expect(file.split('\n\n').length).toBeGreaterThan(6);
      },
      letterContext,
    );
  });

  test('the letter’s answers are kept once “remember” is on, and forgotten on request', async () => {
    await withToolPage(
      browser(),
      toolPath(locale, id),
      id,
      async (t) => {
        await field(t, 'client-name').fill('Acme Trading');
        await toolRoot(t.page, id).locator('[data-choice="notice"] [data-option="two-weeks"]').check();
        await toolRoot(t.page, id).locator('[data-remember]').check();
        await t.page.reload();
        await hydratedTool(t.page, id);
        expect(await field(t, 'client-name').inputValue()).toBe('Acme Trading');
        expect(await toolRoot(t.page, id).locator('[data-choice="notice"] [data-option="two-weeks"]').isChecked()).toBe(true);
        expect(await letter(t).textContent()).toContain(text['letter.notice.two-weeks']);
        await toolRoot(t.page, id).locator('[data-forget]').click();
        expect(await field(t, 'client-name').inputValue()).toBe('');
        await t.page.reload();
        await hydratedTool(t.page, id);
        expect(await field(t, 'client-name').inputValue()).toBe('');
      },
      letterContext,
    );
  });

  test('hostile input is shown as text and never runs', async () => {
    await withToolPage(
      browser(),
      toolPath(locale, id),
      id,
      async (t) => {
        const hostile = {
          'client-name': '<img src=x onerror="window.__pwned=1">',
          'client-contact': '</script><script>window.__pwned=1</script>',
          'sender-name': '\u202Eevil\u202C Mina 👩🏽‍💼',
          company: '"><svg onload=window.__pwned=1>',
          facts: 'x'.repeat(10_000),
          referrals: '{client-name} $& $1 \\u0000 <a href="javascript:window.__pwned=1">x</a>',
        };
        for (const [name, value] of Object.entries(hostile)) await field(t, name).fill(value);
        const root = toolRoot(t.page, id);
        expect(await t.page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
        expect(await letter(t).locator('img, script, svg, a').count()).toBe(0);
        expect(await letter(t).locator('[data-value="client-name"]').first().textContent()).toBe(hostile['client-name']);
        expect(await letter(t).locator('[data-value="referrals"]').textContent()).toBe(hostile.referrals);
        expect(await root.locator('bdi[data-value="sender-name"]').textContent()).toBe(hostile['sender-name']);
        // Long text is cut at the field's limit and wraps inside the page.
        expect((await field(t, 'facts').inputValue()).length).toBe(2000);
        const overflow = await t.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(1);
        await root.locator('[data-remember]').check();
        await t.page.reload();
        await hydratedTool(t.page, id);
        expect(await field(t, 'client-name').inputValue()).toBe(hostile['client-name']);
        expect(await t.page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
        const violations = await axeViolations(t.page);
        expect(violations, describeViolations(violations)).toEqual([]);
      },
      letterContext,
    );
  });

  test('answers exported to a file import back after confirmation', async () => {
    await withToolPage(
      browser(),
      toolPath(locale, id),
      id,
      async (t) => {
        const root = toolRoot(t.page, id);
        await field(t, 'client-name').fill('Acme Trading');
        await field(t, 'contract-ref').fill('C-42');
        const [download] = await Promise.all([t.page.waitForEvent('download'), root.locator('[data-export]').click()]);
        await root.locator('[data-forget]').click();
        await root.locator('[data-import-file]').setInputFiles(await downloadedFile(download));
        await root.locator('[data-import-confirm]').click();
        expect(await field(t, 'client-name').inputValue()).toBe('Acme Trading');
        expect(await letter(t).locator('[data-paragraph="subject-contract"]').textContent()).toContain('C-42');
      },
      letterContext,
    );
  });

  test('without JavaScript the page shows the letter as a template to fill in by hand', async () => {
    const tracked = await openPage(browser(), { serviceWorkers: 'block', javaScriptEnabled: false });
    try {
      await tracked.page.goto(`/${locale}/tools/${id}/`);
      const root = toolRoot(tracked.page, id);
      const template = await root.locator('[data-letter]').textContent();
      expect(template).toContain(`[${text['field.client-name']}]`);
      expect(template).toContain(text['letter.closing']);
      expect(await root.textContent()).toContain(text['letter.noJs']);
      expect(await root.locator('form').isVisible()).toBe(false);
      expect(tracked.foreignRequests).toEqual([]);
    } finally {
      await tracked.close();
    }
  });
});
