/**
 * axe-core (WCAG 2.2 A/AA rules) on every built page in the light theme, one test per page;
 * in the dark theme on one page of each kind per locale (same templates, other colours).
 * The pages are independent, so several are checked at once (Vitest's maxConcurrency).
 */
import { describe, test } from 'vitest';
import { inject } from 'vitest';
import { axeViolations, describeViolations, openPage, useBrowser } from './support/browser';
import { builtPages } from './support/site';
import { localeCodes } from '../../src/i18n/locales';

const browser = useBrowser();
const pages = builtPages(inject('distDir')).filter((p) => p !== '/404.html');
const onePerKind = pages.filter(
  (p) => new RegExp(`^/(${localeCodes.join('|')})/(|guides/|guides/red-flags/|tools/|tools/[^/]+/|search/|about/|404/)$`).test(p) || p === '/',
);

describe.each([
  ['light', pages],
  ['dark', onePerKind],
] as const)('%s theme', { concurrent: true }, (colorScheme, list) => {
  test.for(list)('%s has no axe violations', async (path, { expect, onTestFinished }) => {
    // openPage also fails the test on a console or page error.
    const tracked = await openPage(browser(), { colorScheme }, onTestFinished);
    try {
      await tracked.page.goto(path);
      const violations = await axeViolations(tracked.page);
      expect(violations, describeViolations(violations)).toEqual([]);
      expect(tracked.foreignRequests).toEqual([]);
    } finally {
      await tracked.close();
    }
  });
});
