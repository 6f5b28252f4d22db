/**
 * The exit letter builder on the built site, in Persian, Arabic and English: keyboard-only use,
 * the letter in the page's language, required fields and the error summary, copy and
 * download, saving, hostile input that must never execute, the page without JavaScript,
 * and axe; printing the letter alone, the builder opened for a client (`?client=`), the date
 * of writing and the locale's calendar, the notice and legal choices, character counts, and
 * the layout beside the form on a wide screen and below it on a phone.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { localeCodes, type Locale } from '../../src/i18n/locales';
import { toolPath } from '../../src/i18n/paths';
import { fillTemplate } from '../../src/i18n/template';
import { axeViolations, describeViolations, downloadedFile, useBrowser, withCleanPage, type TrackedPage } from './support/browser';
import { copiedText, hydratedTool, tabTo, toolRoot, toolStrings, uiString, withToolPage } from './support/tools';
import { openForClient, savedClients, seedClient } from './support/client-files';
import { formatDate } from '../../src/i18n/format';
import definition from '../../content/tools/exit-letter/definition';

const browser = useBrowser();
const id = 'exit-letter';
const locales: readonly Locale[] = localeCodes;
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
        expect(await toolRoot(t.page, id).locator('[data-choice="goodwill"] input:checked').getAttribute('data-option')).toBe('credit-note');
        const written = await letter(t).textContent();
        expect(written).toContain('Acme Trading');
        expect(written).toContain('Mina Rahimi');
        expect(written).toContain(text['letter.goodwill.credit-note']);
        expect(written).toContain(text['letter.signoff']!.split('\n')[0]);
        const lastDay = await letter(t).locator('[data-paragraph="last-day"]').textContent();
        // 31 December 2026 in the locale's calendar and digits (10 Dey 1405 in Persian).
        expect(lastDay).toContain(formatDate(locale, new Date('2026-12-31')));
        if (locale === 'fa') expect(lastDay).toMatch(/۱۴۰۵/);
        if (locale === 'en') expect(lastDay).toMatch(/31 December 2026/);
        await tabTo(t.page, '[data-copy-letter]');
        await t.page.keyboard.press('Enter');
        await expect.poll(() => toolRoot(t.page, id).locator('[data-tool-notice]').textContent()).toBe(uiString(locale, 'tool.copied'));
        const copied = await copiedText(t.page);
        expect(copied).toContain('Acme Trading');
        expect(copied).not.toMatch(/[\u2066-\u2069]/);
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

  test('a last day in the past is refused with a clear message; while money is owed there is no goodwill gesture, and a note says why', async () => {
    await withToolPage(
      browser(),
      toolPath(locale, id),
      id,
      async (t) => {
        const root = toolRoot(t.page, id);
        await field(t, 'client-name').fill('Acme Trading');
        await field(t, 'sender-name').fill('Mina Rahimi');
        await field(t, 'last-day').fill('2020-01-01');
        await root.locator('[data-download-letter]').click();
        const summary = root.locator('[data-error-summary]');
        await summary.waitFor();
        expect(await summary.textContent()).toContain(text['field.last-day']);
        await root.locator('[data-choice="goodwill"] [data-option="refund"]').check();
        expect(await letter(t).textContent()).toContain(text['letter.goodwill.refund']);
        await root.locator('[data-choice="owed"] [data-option="yes"]').check();
        expect(await letter(t).textContent()).not.toContain(text['letter.goodwill.refund']);
        expect(await letter(t).textContent()).toContain(text['letter.handover.yes']);
        expect(await root.locator('[data-letter-note="goodwill-withheld"]').textContent()).toBe(text['note.goodwill-withheld']);
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
        expect(file).toContain('Blue Agency, Sara Design');
        expect(file).not.toMatch(/[\u2066-\u2069]/);
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
        // Long text is kept, counted against the field's limit, and wraps inside the page.
        expect((await field(t, 'facts').inputValue()).length).toBe(10_000);
        expect(await root.locator('[data-count="facts"]').textContent()).toBe(fillTemplate(locale, text['letter.count']!, { count: 10_000, limit: 2000 }));
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

  test('printing shows the letter alone: no header, footer, title, instructions, form or privacy line', async () => {
    await withToolPage(browser(), toolPath(locale, id), id, async (t) => {
      await field(t, 'client-name').fill('Acme Trading');
      await t.page.emulateMedia({ media: 'print' });
      expect(await letter(t).isVisible()).toBe(true);
      const shown = await t.page.evaluate(() => {
        const letterBox = document.querySelector('[data-letter]')!;
        // Every element with its own text outside the letter must be hidden.
        return [...document.body.querySelectorAll('*')]
          .filter((el) => !letterBox.contains(el) && el.checkVisibility() && [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim() !== ''))
          .map((el) => `${el.tagName}: ${el.textContent!.trim().slice(0, 40)}`);
      });
      expect(shown).toEqual([]);
      for (const selector of ['header', 'footer', 'h1', 'form']) expect(await t.page.locator(selector).first().isVisible()).toBe(false);
      await t.page.emulateMedia({ media: 'screen' });
      expect(await t.page.locator('h1').first().isVisible()).toBe(true);
    });
  });

  test('opened for a client, the client’s name is filled in and the letter is saved to that client', async () => {
    await withToolPage(browser(), toolPath(locale, id), id, async (t) => {
      const clientId = await seedClient(t.page, 'Acme Trading');
      await openForClient(t.page, locale, id, clientId);
      // The client-file code loads after hydration, only on a page opened for a client.
      await expect.poll(() => field(t, 'client-name').inputValue()).toBe('Acme Trading');
      expect(await letter(t).textContent()).toContain('Acme Trading');
      expect(await field(t, 'written-on').inputValue()).not.toBe('');
      await field(t, 'sender-name').fill('Mina Rahimi');
      await expect
        .poll(async () => ((await savedClients(t.page)).clients[0]?.letter as { fields?: Record<string, string> } | undefined)?.fields?.['sender-name'])
        .toBe('Mina Rahimi');
      // One kind of saving at a time: the builder's own "remember" gives way to the client's file.
      expect(await toolRoot(t.page, id).locator('[data-remember]').count()).toBe(0);
      expect(await toolRoot(t.page, id).locator('[data-own-saving-off]').textContent()).toBe(uiString(locale, 'tool.client.ownOff'));
      expect(await t.page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('pw:tool:')))).toEqual([]);
      await t.page.reload();
      await hydratedTool(t.page, id);
      await expect.poll(() => field(t, 'sender-name').inputValue()).toBe('Mina Rahimi');
    });
  });

  test('opened for a client, renaming the client in the letter renames the client’s file', async () => {
    await withToolPage(browser(), toolPath(locale, id), id, async (t) => {
      const clientId = await seedClient(t.page, 'Acme Trading');
      await openForClient(t.page, locale, id, clientId);
      await expect.poll(() => field(t, 'client-name').inputValue()).toBe('Acme Trading');
      await field(t, 'client-name').fill('Acme Trading Group');
      await expect.poll(async () => (await savedClients(t.page)).clients[0]?.name, { timeout: 10_000 }).toBe('Acme Trading Group');
      expect(await toolRoot(t.page, id).locator(`[data-open-client="${clientId}"]`).textContent()).toBe(
        uiString(locale, 'tool.client.working', { name: 'Acme Trading Group' }),
      );
      await t.page.goto(`/${locale}/clients/`);
      await t.page.locator('[data-clients-ready]').waitFor();
      expect(await t.page.locator(`[data-client="${clientId}"]`).getAttribute('data-client-name')).toBe('Acme Trading Group');
    });
  });

  test('the date of writing is today, shown in the locale’s calendar; the last day follows the notice chosen', async () => {
    await withToolPage(
      browser(),
      toolPath(locale, id),
      id,
      async (t) => {
        const root = toolRoot(t.page, id);
        const today = await t.page.evaluate(() => {
          const now = new Date();
          return new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate())).toISOString().slice(0, 10);
        });
        await expect.poll(() => field(t, 'written-on').inputValue()).toBe(today);
        expect(await root.locator('[data-date-shown="written-on"]').textContent()).toBe(formatDate(locale, new Date(today)));
        if (locale === 'fa') expect(await root.locator('[data-date-shown="written-on"]').textContent()).toMatch(/۱۴۰[0-9۰-۹]/);
        await field(t, 'client-name').fill('Acme Trading');
        await field(t, 'sender-name').fill('Mina Rahimi');
        // Two weeks' notice: a last day tomorrow is too soon, and the message names the earliest day.
        await root.locator('[data-choice="notice"] [data-option="two-weeks"]').check();
        const tomorrow = new Date(Date.parse(today) + 86_400_000).toISOString().slice(0, 10);
        await field(t, 'last-day').fill(tomorrow);
        await root.locator('[data-download-letter]').click();
        const summary = root.locator('[data-error-summary]');
        await summary.waitFor();
        const earliest = new Date(Date.parse(today) + 14 * 86_400_000);
        expect(await summary.textContent()).toContain(fillTemplate(locale, text['problem.too-soon']!, { date: formatDate(locale, earliest) }));
        // Ending today: no last day is asked for or written, and a note warns of the risk.
        await root.locator('[data-choice="notice"] [data-option="immediate"]').check();
        expect(await field(t, 'last-day').count()).toBe(0);
        await expect.poll(() => summary.count()).toBe(0);
        expect(await letter(t).locator('[data-paragraph="last-day"]').count()).toBe(0);
        expect(await letter(t).textContent()).not.toContain(text['letter.commitments']);
        expect(await root.locator('[data-letter-note="immediate-risk"]').textContent()).toBe(text['note.immediate-risk']);
      },
      letterContext,
    );
  });

  test('long fields count their characters and say so before anything is over; legal mode leaves out the apology and the facts', async () => {
    await withToolPage(browser(), toolPath(locale, id), id, async (t) => {
      const root = toolRoot(t.page, id);
      const limit = definition.fields.find((f) => f.id === 'facts')!.maxLength;
      await field(t, 'facts').fill('x'.repeat(limit - 10));
      const count = root.locator('[data-count="facts"]');
      expect(await count.textContent()).toBe(fillTemplate(locale, text['letter.count']!, { count: limit - 10, limit }));
      expect(await count.getAttribute('class')).toContain('letter-field__count--near');
      await field(t, 'facts').fill('x'.repeat(limit + 5));
      expect(await root.locator('[data-count-over="facts"]').textContent()).toBe(fillTemplate(locale, text['problem.too-long']!, { count: limit + 5, limit }));
      expect(await field(t, 'facts').inputValue()).toHaveLength(limit + 5);
      await root.locator('[data-choice="mode"] [data-option="legal"]').check();
      expect(await field(t, 'facts').count()).toBe(0);
      expect(await root.locator('[data-choice="apology"]').count()).toBe(0);
      const written = (await letter(t).textContent()) ?? '';
      expect(written).not.toContain(text['letter.apology.yes']);
      expect(await letter(t).locator('[data-paragraph="facts"], [data-paragraph="thank"]').count()).toBe(0);
      expect(await root.locator('[data-letter-note="legal"]').textContent()).toBe(text['note.legal']);
      const violations = await axeViolations(t.page);
      expect(violations, describeViolations(violations)).toEqual([]);
    });
  });

  test('the letter sits beside the form on a wide screen and below it on a 390 px phone, with no sideways scrolling', async () => {
    await withToolPage(
      browser(),
      toolPath(locale, id),
      id,
      async (t) => {
        const root = toolRoot(t.page, id);
        const boxes = async () => ({ form: (await root.locator('form').boundingBox())!, letter: (await letter(t).boundingBox())! });
        let { form, letter: text2 } = await boxes();
        expect(text2.y).toBeLessThan(form.y + form.height / 2);
        expect(locale === 'en' ? text2.x > form.x : text2.x < form.x).toBe(true);
        await t.page.setViewportSize({ width: 390, height: 844 });
        ({ form, letter: text2 } = await boxes());
        expect(text2.y).toBeGreaterThanOrEqual(form.y + form.height);
        expect(await t.page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
        const violations = await axeViolations(t.page);
        expect(violations, describeViolations(violations)).toEqual([]);
      },
      { viewport: { width: 1280, height: 900 } },
    );
  });

  test('without JavaScript the page shows the letter as a template to fill in by hand', async () => {
    await withCleanPage(
      browser(),
      async (tracked) => {
        await tracked.page.goto(`/${locale}/tools/${id}/`);
        const root = toolRoot(tracked.page, id);
        const template = await root.locator('[data-letter]').textContent();
        expect(template).toContain(`[${text['field.client-name']}]`);
        expect(template).toContain(text['letter.closing']);
        expect(await root.textContent()).toContain(text['letter.noJs']);
        expect(await root.locator('form').isVisible()).toBe(false);
        expect(tracked.foreignRequests).toEqual([]);
      },
      { serviceWorkers: 'block', javaScriptEnabled: false },
    );
  });
});
