/** Helpers for the tool tests: finding a tool by its contract attributes and waiting for it. */
import type { Page } from 'playwright-core';
import type { Locale } from '../../../src/i18n/locales';
import { fillTemplate } from '../../../src/i18n/template';
import { dictionaries, type UIKey } from '../../../src/i18n/translate';

/** A tool's root (`data-tool`). */
export const toolRoot = (page: Page, id: string) => page.locator(`[data-tool="${id}"]`).first();

/** Scrolls the tool into view (islands hydrate when visible) and waits until it has hydrated. */
export async function hydratedTool(page: Page, id: string) {
  const root = toolRoot(page, id);
  await root.scrollIntoViewIfNeeded();
  await root.locator('[data-ready]').waitFor();
  return root;
}

/** An interface string as the page shows it. */
export function uiString(locale: Locale, key: UIKey, vars: Record<string, string | number> = {}): string {
  return fillTemplate(locale, dictionaries[locale][key], vars);
}

/** Records CSP violations the page reports, from before any script of the page runs. */
export async function recordCspViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const found: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = found;
    document.addEventListener('securitypolicyviolation', (event) => found.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

/** Presses Tab until the focused element matches `selector` (keyboard-only navigation). */
export async function tabTo(page: Page, selector: string, maxPresses = 80): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}
