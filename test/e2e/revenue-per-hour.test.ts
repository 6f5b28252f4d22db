/**
 * The revenue-per-hour calculator on the built site, in Persian, Arabic and English: keyboard-only
 * use, Persian digits in and out, the chart mirrored in right-to-left, figures it cannot
 * use explained (never NaN or Infinity), hostile client names that must stay text,
 * saving and forgetting, corrupt saved data, handing a result to the self-assessment, the
 * page without JavaScript, and axe; the currency on every money figure, no result while the
 * target cannot be used, a card per client on a 390 px phone with chart labels clear of the
 * target line, and the calculator opened for a client (`?client=`).
 */
import { describe, expect, test } from 'vitest';
import { localeCodes, type Locale } from '../../src/i18n/locales';
import { toolPath } from '../../src/i18n/paths';
import { fillTemplate } from '../../src/i18n/template';
import { axeViolations, describeViolations, step, useBrowser, withCleanPage, type TrackedPage } from './support/browser';
import { hydratedTool, tabTo, toolRoot, toolStrings, uiString, withToolPage } from './support/tools';
import definition from '../../content/tools/revenue-per-hour/definition';
import { currencyFor, formatMoney } from '../../src/lib/revenue-per-hour';
import { openForClient, savedClients, seedClient } from './support/client-files';

const browser = useBrowser();
const id = 'revenue-per-hour';
const locales: readonly Locale[] = localeCodes;
const storageKey = (locale: Locale) => `pw:tool:${id}:${locale}:v${definition.version}`;

const root = (t: TrackedPage) => toolRoot(t.page, id);
const rowField = (t: TrackedPage, index: number, field: 'name' | 'revenue' | 'hours') =>
  root(t).locator('[data-row]').nth(index).locator(`[data-field="${field}"]`);

async function fillRows(t: TrackedPage, target: string, rows: [string, string, string][]): Promise<void> {
  await root(t).locator('[data-field="target"]').fill(target);
  while ((await root(t).locator('[data-row]').count()) < rows.length) await root(t).locator('[data-add-row]').click();
  for (const [i, [name, revenue, hours]] of rows.entries()) {
    await rowField(t, i, 'name').fill(name);
    await rowField(t, i, 'revenue').fill(revenue);
    await rowField(t, i, 'hours').fill(hours);
  }
}
async function calculate(t: TrackedPage): Promise<void> {
  await root(t).locator('button[type=submit]').click();
  await root(t).locator('[data-result], [data-error-summary]').first().waitFor();
}
/** The ranking table as [name, rate, advice] rows. */
const ranking = (t: TrackedPage) =>
  root(t)
    .locator('[data-ranking] tbody tr')
    .evaluateAll((rows) =>
      rows.map((r) => [r.querySelector('th')!.textContent, r.querySelector('[data-rate]')!.textContent, (r as HTMLElement).dataset['advice']]),
    );

describe.each(locales)('revenue per hour in %s', (locale) => {
  const text = toolStrings(id, locale);
  /** An amount as the page shows it in the locale's default currency. */
  const money = (value: number, decimals: number, currencyId?: string) => {
    const currency = currencyFor(definition, locale, currencyId);
    return formatMoney(locale, value, currency, currency.iso ? '' : text[`currency.${currency.id}.unit`], decimals);
  };

  test('ranks clients typed with the keyboard alone, focuses the result, and passes axe', async () => {
    await withToolPage(browser(), toolPath(locale, id), id, async (t) => {
      await t.page.locator('body').focus();
      await tabTo(t.page, '[data-field="target"]');
      await t.page.keyboard.type('100');
      const rows: [string, string, string][] = [
        ['Acme', '3000', '20'],
        ['Birch', '1600', '20'],
        ['Cobalt', '900', '30'],
        ['Dune', '2000', '10'],
      ];
      for (const [i, [name, revenue, hours]] of rows.entries()) {
        if (i === 3) {
          await tabTo(t.page, '[data-add-row]');
          await t.page.keyboard.press('Enter');
          // Focus moves to the new row's name field.
          await expect.poll(() => t.page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset['field'])).toBe('name');
        } else {
          await tabTo(t.page, `[data-row="row-${i + 1}"] [data-field="name"]`);
        }
        await t.page.keyboard.type(name);
        await t.page.keyboard.press('Tab');
        await t.page.keyboard.type(revenue);
        await t.page.keyboard.press('Tab');
        await t.page.keyboard.type(hours);
      }
      await tabTo(t.page, `[data-tool="${id}"] button[type=submit]`);
      await t.page.keyboard.press('Enter');
      await root(t).locator('[data-result]').waitFor();
      await expect
        .poll(() => t.page.evaluate(() => /^H[23]$/.test(document.activeElement?.tagName ?? '') && document.activeElement?.closest('[data-result]') !== null))
        .toBe(true);
      const n = (value: number) => money(value, 0);
      expect(await ranking(t)).toEqual([
        ['Dune', n(200), 'keep'],
        ['Acme', n(150), 'keep'],
        ['Birch', n(80), 'reprice'],
        ['Cobalt', n(30), 'reprice'],
      ]);
      const reprice = await root(t).locator('[data-summary-advice="reprice"]').textContent();
      expect(reprice).toContain('Birch');
      expect(reprice).toContain('Cobalt');
      expect(await root(t).locator('[data-price-for-target]').count()).toBe(4);
      expect(await root(t).locator('[data-chart] [data-bar]').count()).toBe(4);
      expect(await root(t).locator('[data-chart] [data-yardstick-line="target"] text').textContent()).toBe(
        fillTemplate(locale, text['chart.target']!, { rate: n(100) }),
      );
      const violations = await axeViolations(t.page);
      expect(violations, describeViolations(violations)).toEqual([]);
    });
  });

  // The sums, one after another on one page: each step fills the target and its rows (never
  // fewer rows than the step before, so no row is left over) and calculates again.
  test('the sums: a target it cannot use gives no result, only the error to fix; Persian and Arabic digits and separators are read and answered in the locale’s digits; the bars start at the inline start; every rate has the same number of decimals; without a target, clients are compared with the average and nothing is handed over; every money figure carries the chosen currency, the default following the locale; with a row in error it never shows a confident result and says how many clients were left out', async () => {
    await withToolPage(browser(), toolPath(locale, id), id, async (t) => {
      await step('a target it cannot use gives no result at all, only the error to fix', async () => {
        await fillRows(t, 'lots', [['Acme', '3000', '20']]);
        await calculate(t);
        await root(t).locator('[data-error-summary]').waitFor();
        expect(await root(t).locator('[data-result]').count()).toBe(0);
        await root(t).locator('[data-field="target"]').fill('100');
        await calculate(t);
        await root(t).locator('[data-result]').waitFor();
        expect(await root(t).locator('[data-left-out]').count()).toBe(0);
      });
      await step('Persian and Arabic digits and separators are read, and answered in the locale’s digits', async () => {
        await fillRows(t, '۵۰۰٬۰۰۰', [
          ['آژانس نور', '۱۲٬۰۰۰٬۰۰۰', '۲۰'],
          ['شركة الأفق', '٣٬٠٠٠٬٠٠٠', '١٢٫٥'],
        ]);
        await calculate(t);
        const rows = await ranking(t);
        expect(rows.map((r) => r[2])).toEqual(['keep', 'reprice']);
        expect(rows.map((r) => r[1])).toEqual([money(600_000, 0), money(240_000, 0)]);
        if (locale === 'fa') expect(rows[0]![1]).toBe('۶۰۰٬۰۰۰\u00A0' + text['currency.toman.unit']);
        if (locale === 'en') expect(rows[0]![1]).toBe('$600,000');
        expect(await root(t).locator('[data-yardstick="target"]').textContent()).toBe(
          fillTemplate(locale, text['result.target']!, { rate: money(500_000, 0) }),
        );
      });
      await step('the bars start at the inline start: from the right in Persian and Arabic, from the left in English', async () => {
        await fillRows(t, '', [
          ['A', '100', '1'],
          ['B', '50', '1'],
        ]);
        await calculate(t);
        const geometry = await root(t)
          .locator('[data-chart]')
          .evaluate((svg) => {
            const box = svg.getBoundingClientRect();
            const bar = svg.querySelector('[data-bar] rect')!.getBoundingClientRect();
            return { left: (bar.left - box.left) / box.width, right: (bar.right - box.left) / box.width };
          });
        // The longest bar starts at the inline-start edge and spans 96 % of the width.
        if (locale === 'en') expect([geometry.left, geometry.right]).toEqual([expect.closeTo(0, 2), expect.closeTo(0.96, 2)]);
        else expect([geometry.right, geometry.left]).toEqual([expect.closeTo(1, 2), expect.closeTo(0.04, 2)]);
      });
      await step('every rate in the ranking has the same number of decimals', async () => {
        await fillRows(t, '', [
          ['Acme', '1200', '13'],
          ['Birch', '1320', '10'],
        ]);
        await calculate(t);
        const rates = (await ranking(t)).map((r) => r[1]!);
        expect(rates).toEqual([money(132, 2), money(1200 / 13, 2)]);
        expect(rates[0]).toMatch(locale === 'en' ? /132\.00/ : /١٣٢٫٠٠|۱۳۲٫۰۰/);
      });
      await step('without a target rate, clients are compared with the average and nothing is handed over', async () => {
        await fillRows(t, '', [
          ['Acme', '600', '10'],
          ['Birch', '200', '10'],
        ]);
        await calculate(t);
        expect(await root(t).locator('[data-yardstick="average"]').textContent()).toBe(fillTemplate(locale, text['result.average']!, { rate: money(40, 0) }));
        expect(await root(t).textContent()).toContain(text['note.no-target']);
        expect(await root(t).locator('[data-handoff]').count()).toBe(0);
        expect(await root(t).textContent()).toContain(text['handoff.needsTarget']);
      });
      await step('every money figure carries the chosen currency, in the locale’s digits; the default follows the locale', async () => {
        const select = root(t).locator('[data-field="currency"]');
        expect(await select.inputValue()).toBe(definition.defaultCurrency[locale]);
        await fillRows(t, '100', [
          ['Acme', '3000', '20'],
          ['Birch', '1200', '13'],
        ]);
        await select.selectOption('eur');
        await calculate(t);
        const figures = await root(t)
          .locator('[data-rate], [data-price-for-target], [data-yardstick], [data-chart-value], [data-yardstick-line] text')
          .allTextContents();
        expect(figures.length).toBe(2 + 2 + 1 + 2 + 1);
        for (const figure of figures) {
          expect(figure).toContain('€');
          if (locale !== 'en') expect(figure).not.toMatch(/[0-9]/);
        }
        expect(await root(t).locator('[data-price-for-target]').allTextContents()).toEqual([money(2000, 0, 'eur'), money(1300, 0, 'eur')]);
        await select.selectOption('toman');
        expect(await root(t).locator('[data-rate]').first().textContent()).toBe(money(150, 2, 'toman'));
        expect(await root(t).locator('[data-rate]').first().textContent()).toContain(text['currency.toman.unit']);
      });
      await step('with a row in error it never shows a confident result: it says how many clients were left out', async () => {
        await fillRows(t, '100', [
          ['Acme', '2000', '10'],
          ['Broken', 'lots', '5'],
          ['Worse', '500', '0'],
        ]);
        await calculate(t);
        await root(t).locator('[data-error-summary]').waitFor();
        const leftOut = root(t).locator('[data-left-out]');
        expect(await leftOut.getAttribute('data-left-out')).toBe('2');
        expect(await leftOut.textContent()).toBe(fillTemplate(locale, text['result.leftOut']!, { count: 2 }));
        expect(await root(t).locator('[data-result]').textContent()).not.toContain(text['summary.allKeep']);
      });
    });
    // Seven tests' worth of typing, on a machine that may be busy.
  }, 120_000);

  test('explains every figure it cannot use, and never shows NaN or Infinity', async () => {
    await withToolPage(browser(), toolPath(locale, id), id, async (t) => {
      await fillRows(t, '0', [
        ['Zero hours', '500', '0'],
        ['Negative', '-5', '3'],
        ['Garbage', '12abc', '1,5'],
        ['Huge', '9'.repeat(40), '2'],
      ]);
      await calculate(t);
      const summary = root(t).locator('[data-error-summary]');
      await expect.poll(() => t.page.evaluate(() => document.activeElement?.hasAttribute('data-error-summary'))).toBe(true);
      const messages = (await summary.textContent()) ?? '';
      for (const key of ['problem.hours.zero', 'problem.negative', 'problem.not-a-number', 'problem.separator', 'problem.too-large', 'problem.zero'])
        expect(messages).toContain(text[key]);
      expect(await summary.locator('a').count()).toBe(6);
      await summary.locator('a').first().click();
      await expect.poll(() => t.page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset['field'])).toBe('target');
      expect(await root(t).locator('[aria-invalid="true"]').count()).toBe(6);
      const page = (await t.page.locator('body').textContent()) ?? '';
      expect(page).not.toMatch(/NaN|Infinity/);
      expect(await root(t).locator('[data-ranking]').count()).toBe(0);
      const violations = await axeViolations(t.page);
      expect(violations, describeViolations(violations)).toEqual([]);
    });
  });

  test('hostile client names stay text: nothing executes, the layout holds, no console or CSP error', async () => {
    await withToolPage(browser(), toolPath(locale, id), id, async (t) => {
      const hostile: [string, string, string][] = [
        ['<img src=x onerror="window.__pwned=1">', '1000', '10'],
        ['</script><script>window.__pwned=2</script>', '900', '10'],
        ['\u202Eevil\u202D twin', '800', '10'],
        ['🚀👩🏽‍💻 Studio 🇮🇷', '700', '10'],
        ['x'.repeat(10_000), '600', '10'],
      ];
      await fillRows(t, '50', hostile);
      await calculate(t);
      expect(await t.page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
      expect(await root(t).locator('img').count()).toBe(0);
      expect(await t.page.locator('script').evaluateAll((scripts) => scripts.filter((el) => el.textContent?.includes('__pwned')).length)).toBe(0);
      const names = (await ranking(t)).map((r) => r[0]);
      expect(names.slice(0, 4)).toEqual(hostile.slice(0, 4).map((h) => h[0]));
      expect(names[4]).toHaveLength(10_000);
      const fits = () => t.page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
      expect(await fits()).toBe(true);
      await t.page.setViewportSize({ width: 360, height: 800 });
      expect(await fits()).toBe(true);
      const violations = await axeViolations(t.page);
      expect(violations, describeViolations(violations)).toEqual([]);
    });
  });

  test('rows survive a reload once “remember” is on, and “forget” erases them', async () => {
    await withToolPage(browser(), toolPath(locale, id), id, async (t) => {
      await fillRows(t, '120', [['Acme', '2400', '16']]);
      await root(t).locator('[data-remember]').check();
      expect(await t.page.evaluate((key) => localStorage.getItem(key), storageKey(locale))).toContain('Acme');
      await t.page.reload();
      await hydratedTool(t.page, id);
      expect(await rowField(t, 0, 'name').inputValue()).toBe('Acme');
      expect(await root(t).locator('[data-field="target"]').inputValue()).toBe('120');
      await calculate(t);
      expect((await ranking(t))[0]![0]).toBe('Acme');
      await root(t).locator('[data-forget]').click();
      expect(await rowField(t, 0, 'name').inputValue()).toBe('');
      expect(await root(t).locator('[data-row]').count()).toBe(definition.initialRows);
      expect(await root(t).locator('[data-result]').count()).toBe(0);
      await t.page.reload();
      await hydratedTool(t.page, id);
      expect(await rowField(t, 0, 'name').inputValue()).toBe('');
      expect(await t.page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('pw:tool:')))).toEqual([]);
    });
  });

  test('corrupt saved data shows a notice and the calculator still works', async () => {
    await withToolPage(browser(), toolPath(locale, id), id, async (t) => {
      await t.page.evaluate((key) => localStorage.setItem(key, 'not json at all'), storageKey(locale));
      await t.page.reload();
      await hydratedTool(t.page, id);
      expect(await root(t).locator('[data-tool-notice]').textContent()).toBe(uiString(locale, 'tool.setAside.corrupt'));
      await fillRows(t, '', [['Acme', '100', '4']]);
      await calculate(t);
      expect(await ranking(t)).toHaveLength(1);
      expect(await root(t).textContent()).toContain(text['note.one-client']);
    });
  });

  test('a client’s result answers the self-assessment’s profitability question, without putting it in the URL', async () => {
    await withToolPage(browser(), toolPath(locale, id), id, async (t) => {
      await fillRows(t, '100', [
        ['Acme', '620', '10'],
        ['Birch', '2000', '10'],
      ]);
      await calculate(t);
      const link = root(t).locator('[data-handoff]').nth(1);
      expect(await link.textContent()).toContain('Acme');
      await Promise.all([t.page.waitForURL(`**/${locale}/tools/self-assessment/`), link.click()]);
      expect(new URL(t.page.url()).search).toBe('');
      expect(new URL(t.page.url()).hash).toBe('');
      const assessment = await hydratedTool(t.page, 'self-assessment');
      expect(await assessment.locator('fieldset[data-question="unprofitable"] input[data-option="yes"]').isChecked()).toBe(true);
      const note = await assessment.locator('[data-handoff-note]').textContent();
      expect(note).toContain(fillTemplate(locale, '{v}', { v: 62 }));
      // Read once: a reload does not fill it in again.
      expect(await t.page.evaluate(() => sessionStorage.length)).toBe(0);
    });
  });

  test('on a 390 px phone each client is a card with every value visible, the chart’s labels stay clear of the target line, and a legend names the colours', async () => {
    await withToolPage(
      browser(),
      toolPath(locale, id),
      id,
      async (t) => {
        const longName =
          locale === 'en'
            ? 'Northern Lights Startup Studio Partners'
            : locale === 'fa'
              ? 'استارتاپ نورهای شمالی و شرکای استودیو'
              : 'استوديو الأضواء الشمالية للشركات الناشئة';
        await fillRows(t, '100', [
          [longName, '3000', '20'],
          ['Birch', '900', '10'],
          ['Cobalt', '1050', '10'],
        ]);
        await calculate(t);
        expect(await t.page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
        const cards = root(t).locator('[data-ranking] tbody tr');
        expect(await cards.count()).toBe(3);
        expect(await cards.first().evaluate((tr) => getComputedStyle(tr).display)).toBe('block');
        expect(
          await root(t)
            .locator('[data-ranking] thead')
            .evaluate((el) => el.getBoundingClientRect().height <= 1),
        ).toBe(true);
        // Every value of every card is on screen, inside the page's width, and the name is whole.
        const cells = await cards.locator('td, th').evaluateAll((els) =>
          els.map((el) => {
            const box = el.getBoundingClientRect();
            return {
              visible: box.width > 0 && box.height > 0,
              inside: box.left >= 0 && box.right <= document.documentElement.clientWidth,
              text: el.textContent,
            };
          }),
        );
        expect(cells.length).toBe(3 * 8);
        expect(cells.every((c) => c.visible && c.inside)).toBe(true);
        const name = root(t).locator('[data-ranking] tbody th .rph__name').first();
        expect(await name.textContent()).toBe(longName);
        expect(await name.evaluate((el) => el.scrollWidth <= el.clientWidth + 1 && el.scrollHeight <= el.clientHeight + 1)).toBe(true);
        // No chart text crosses the yardstick line.
        const overlaps = await root(t)
          .locator('[data-chart]')
          .evaluate((svg) => {
            const lines = [...svg.querySelectorAll('line')].map((l) => l.getBoundingClientRect());
            const texts = [...svg.querySelectorAll('text')].map((x) => x.getBoundingClientRect());
            return texts
              .filter((r) => lines.some((l) => l.left <= r.right && l.right >= r.left && l.top < r.bottom && l.bottom > r.top))
              .map((r) => `${r.top}-${r.bottom}`);
          });
        expect(overlaps).toEqual([]);
        const legend = await root(t).locator('[data-legend] li').allTextContents();
        expect(legend).toEqual([text['advice.keep'], text['advice.reprice'], fillTemplate(locale, text['chart.target']!, { rate: money(100, 0) })]);
        const violations = await axeViolations(t.page);
        expect(violations, describeViolations(violations)).toEqual([]);
      },
      { viewport: { width: 390, height: 844 } },
    );
  });

  test('opened for a client, it starts with a row named after the client and saves the rows and figure to that client', async () => {
    await withToolPage(browser(), toolPath(locale, id), id, async (t) => {
      const clientId = await seedClient(t.page, 'Acme');
      await openForClient(t.page, locale, id, clientId);
      await expect.poll(() => rowField(t, 0, 'name').inputValue()).toBe('Acme');
      await fillRows(t, '100', [
        ['Acme', '1500', '10'],
        ['Birch', '500', '10'],
      ]);
      await expect.poll(async () => ((await savedClients(t.page)).clients[0]?.calculator as { figure?: { rate: number } } | undefined)?.figure?.rate).toBe(150);
      // One kind of saving at a time: the calculator's own "remember" gives way to the client's file.
      expect(await root(t).locator('[data-remember]').count()).toBe(0);
      expect(await root(t).locator('[data-own-saving-off]').textContent()).toBe(uiString(locale, 'tool.client.ownOff'));
      expect(await t.page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('pw:tool:')))).toEqual([]);
      await t.page.reload();
      await hydratedTool(t.page, id);
      await expect.poll(() => rowField(t, 1, 'name').inputValue()).toBe('Birch');
      await calculate(t);
      expect(await root(t).locator('[data-handoff]').first().getAttribute('href')).toContain(`?client=${clientId}`);
    });
  });

  test('a link to a client who is not kept here says so, and the calculator is the reader’s own again: its saved rows come back and “remember” is offered', async () => {
    await withToolPage(browser(), toolPath(locale, id), id, async (t) => {
      await root(t).locator('[data-remember]').check();
      await fillRows(t, '100', [['Own row', '900', '9']]);
      await expect.poll(() => t.page.evaluate((key) => localStorage.getItem(key), storageKey(locale))).not.toBeNull();
      await openForClient(t.page, locale, id, 'no-such-client');
      await expect.poll(() => root(t).textContent()).toContain(uiString(locale, 'tool.client.unknown'));
      await expect.poll(() => rowField(t, 0, 'name').inputValue()).toBe('Own row');
      expect(await root(t).locator('[data-own-saving-off]').count()).toBe(0);
      expect(await root(t).locator('[data-remember]').isChecked()).toBe(true);
      expect(new URL(t.page.url()).searchParams.has('client')).toBe(false);
    });
  });

  test('without JavaScript the fields and the rules for doing the sums by hand are readable', async () => {
    await withCleanPage(
      browser(),
      async (tracked) => {
        await tracked.page.goto(`/${locale}/tools/${id}/`);
        const tool = toolRoot(tracked.page, id);
        expect(await tool.textContent()).toContain(text['nojs']);
        expect(await tool.locator('[data-row]').count()).toBe(definition.initialRows);
        expect(await tool.locator('button[type=submit]').isVisible()).toBe(false);
        const rules = (await tool.locator('[data-rules]').textContent()) ?? '';
        expect(rules).toContain(text['rules.rate']);
        expect(rules).toContain(text['rules.compare']);
        expect(rules).toContain(text['rules.priceForTarget']);
        expect(rules).not.toMatch(/70|۷۰/);
      },
      { javaScriptEnabled: false },
    );
  });
});
