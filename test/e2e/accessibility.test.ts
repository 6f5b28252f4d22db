/**
 * axe-core (WCAG 2.2 A/AA rules) on every built page in the light theme, one test per page;
 * in the dark theme on one page of each kind per locale (same templates, other colours).
 * The pages are independent, so several are checked at once (Vitest's maxConcurrency), each
 * in a clean page kept from an earlier check (a new context per page cost twice the CPU).
 */
import { describe, test } from 'vitest';
import { inject } from 'vitest';
import { axeViolations, cleanPage, describeViolations, keepPage, useBrowser } from './support/browser';
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
  test.for(list)('%s has no axe violations', async (path, { expect }) => {
    const options = { colorScheme };
    const tracked = await cleanPage(browser(), options);
    let passed = false;
    try {
      await tracked.page.goto(path);
      const violations = await axeViolations(tracked.page);
      expect(violations, describeViolations(violations)).toEqual([]);
      expect(tracked.foreignRequests, 'requests to other hosts').toEqual([]);
      expect(tracked.errors, 'console errors, page errors and CSP violations').toEqual([]);
      passed = true;
    } finally {
      if (passed) await keepPage(options, tracked);
      else await tracked.close();
    }
  });
});
