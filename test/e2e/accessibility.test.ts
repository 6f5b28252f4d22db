/**
 * axe-core (WCAG 2.2 A/AA rules) on every built page in the light theme, one test per page;
 * on one page of each kind per locale (same templates, other colours), then the rules that
 * look at colours (`colourRules`: the theme changes nothing else) in the dark theme, on the
 * same page switched to it (the system preference the theme follows, as a reader's dark
 * system gives it).
 * The pages are independent, so several are checked at once (Vitest's maxConcurrency), each
 * in a clean page kept from an earlier check (a new context per page cost twice the CPU).
 */
import { describe, test } from 'vitest';
import { inject } from 'vitest';
import { axeViolations, colourRules, describeViolations, useBrowser, withCleanPage } from './support/browser';
import { builtPages } from './support/site';
import { localeCodes } from '../../src/i18n/locales';

const browser = useBrowser();
const pages = builtPages(inject('distDir')).filter((p) => p !== '/404.html');
const onePerKind = new RegExp(`^/(${localeCodes.join('|')})/(|guides/|guides/red-flags/|tools/|tools/[^/]+/|search/|about/|404/)$`);
const cases = pages.map((path) => [path, onePerKind.test(path) || path === '/' ? 'and its colours in the dark theme' : 'in the light theme'] as const);

describe('accessibility', { concurrent: true }, () => {
  test.for(cases)('%s has no axe violations %s', async ([path, themes], { expect }) => {
    await withCleanPage(
      browser(),
      async ({ page }) => {
        await page.goto(path);
        const violations = await axeViolations(page);
        expect(violations, `light theme:\n${describeViolations(violations)}`).toEqual([]);
        if (themes === 'in the light theme') return;
        await page.emulateMedia({ colorScheme: 'dark' });
        expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), 'switched to the dark theme').toBe(true);
        const dark = await axeViolations(page, colourRules);
        expect(dark, `dark theme:\n${describeViolations(dark)}`).toEqual([]);
      },
      { colorScheme: 'light' },
    );
  });
});
