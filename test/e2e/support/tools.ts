/**
 * Helpers for the tool tests: opening a tool page with every cross-cutting check, finding a
 * tool by its contract attributes and waiting for it, and the strings it shows.
 */
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Locale } from '../../../src/i18n/locales';
import { fillTemplate } from '../../../src/i18n/template';
import { dictionaries, type UIKey } from '../../../src/i18n/translate';
import { withCleanPage, type TrackedPage } from './browser';

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

/**
 * Records, from before any script of the page runs, the CSP violations the page reports and
 * the last text it copied (see `copiedText`); returns a reader of the violations.
 */
export async function recordCspViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const found: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = found;
    document.addEventListener('securitypolicyviolation', (event) => found.push(`${event.violatedDirective} ${event.blockedURI}`));
    const clipboard = navigator.clipboard as Clipboard | undefined;
    if (clipboard) {
      const writeText = clipboard.writeText.bind(clipboard);
      clipboard.writeText = (text: string) => writeText(text).then(() => void ((window as unknown as { __copied?: string }).__copied = text));
    }
  });
  return () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

/**
 * The text the page last copied to the clipboard, once the browser took it. Read from the
 * page, not the clipboard: the pages of every test file share the one browser's clipboard,
 * so a test file copying at the same time could overwrite it between the copy and the read.
 */
export const copiedText = (page: Page): Promise<string | undefined> => page.evaluate(() => (window as unknown as { __copied?: string }).__copied);

/** Presses Tab until the focused element matches `selector` (keyboard-only navigation). */
export async function tabTo(page: Page, selector: string, maxPresses = 80): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** A tool's own strings in one locale (`content/tools/<toolId>/<locale>.json`). */
export function toolStrings(toolId: string, locale: Locale): Record<string, string> {
  return JSON.parse(readFileSync(new URL(`../../../content/tools/${toolId}/${locale}.json`, import.meta.url), 'utf8'));
}

/** Pages that already record CSP violations (`cleanPage` may hand out the same page again). */
const recording = new WeakMap<Page, () => Promise<string[]>>();

/**
 * Opens `path` in a clean tracked page (`cleanPage`: a new context, or one kept from an
 * earlier test of the file with the same options, its storage cleared; service workers
 * blocked: precaching would slow every test), waits until tool `toolId` has hydrated and
 * runs `body`; then asserts that the page reported no CSP violation, no console error and
 * no request to another host. The page is kept for the next test if all passed, else closed.
 * `contextOptions` add to the browser context's (clipboard permissions, locale…).
 */
export async function withToolPage(
  browser: Browser,
  path: string,
  toolId: string,
  body: (t: TrackedPage) => Promise<void>,
  contextOptions: BrowserContextOptions = {},
): Promise<void> {
  await withCleanPage(
    browser,
    async (tracked) => {
      let cspViolations = recording.get(tracked.page);
      if (!cspViolations) {
        cspViolations = await recordCspViolations(tracked.page);
        recording.set(tracked.page, cspViolations);
      }
      await tracked.page.goto(path);
      await hydratedTool(tracked.page, toolId);
      await body(tracked);
      expect(await cspViolations(), 'CSP violations').toEqual([]);
    },
    { serviceWorkers: 'block', ...contextOptions },
  );
}
