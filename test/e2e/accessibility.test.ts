/** axe-core (WCAG 2.2 A/AA rules) on every built page, one test per page, light and dark. */
import { describe, expect, test } from 'vitest';
import { inject } from 'vitest';
import { axeViolations, describeViolations, openPage, useBrowser } from './support/browser';
import { builtPages } from './support/site';

const browser = useBrowser();
const pages = builtPages(inject('distDir')).filter((p) => p !== '/404.html');

describe.each(['light', 'dark'] as const)('%s theme', (colorScheme) => {
  test.each(pages)('%s has no axe violations', async (path) => {
    const tracked = await openPage(browser(), { colorScheme });
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
