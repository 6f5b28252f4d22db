/**
 * axe-core (WCAG 2.2 A/AA rules) on every built page in the light theme, one test per page;
 * in the dark theme, the rules that look at colours (`colourRules`: the theme changes nothing
 * else) on one page of each kind per locale (same templates, other colours).
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
const onePerKind = pages.filter(
  (p) => new RegExp(`^/(${localeCodes.join('|')})/(|guides/|guides/red-flags/|tools/|tools/[^/]+/|search/|about/|404/)$`).test(p) || p === '/',
);

describe.each([
  ['light', pages, undefined],
  ['dark', onePerKind, colourRules],
] as const)('%s theme', { concurrent: true }, (colorScheme, list, rules) => {
  test.for(list)(rules ? '%s has no axe violations of its colours' : '%s has no axe violations', async (path, { expect }) => {
    await withCleanPage(
      browser(),
      async ({ page }) => {
        await page.goto(path);
        const violations = await axeViolations(page, rules);
        expect(violations, describeViolations(violations)).toEqual([]);
      },
      { colorScheme },
    );
  });
});
