/**
 * Chromium for the end-to-end tests: Debian's binary through playwright-core, one browser for
 * the whole run (started by global-setup.ts), with every page checked so that a page that
 * reaches for any host but 127.0.0.1, or logs an error, fails its test.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Dialog, type Download, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, onTestFinished } from 'vitest';

export const baseURL = (): string => inject('baseURL');
export const distDir = (): string => inject('distDir');

/** Connects the test file to the run's browser; disconnects after (its contexts close). */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await chromium.connect(inject('browserEndpoint'));
  });
  afterAll(async () => {
    // Closing the connection closes its contexts, kept pages' included.
    keptPages.clear();
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('The browser is not started yet');
    return browser;
  };
}

export interface TrackedPage {
  page: Page;
  context: BrowserContext;
  /** URLs requested from any host other than 127.0.0.1. */
  foreignRequests: string[];
  /** Console errors, uncaught page errors and Content-Security-Policy violations. */
  errors: string[];
  close(): Promise<void>;
}

/** A new context and page that records foreign requests and errors into its arrays. */
async function newTrackedPage(browser: Browser, options: BrowserContextOptions): Promise<TrackedPage> {
  // Service workers are blocked unless a test asks for them (offline tests pass
  // `serviceWorkers: 'allow'`): precaching the site in every fresh context is slow.
  const context = await browser.newContext({ baseURL: baseURL(), serviceWorkers: 'block', ...options });
  const page = await context.newPage();
  const foreignRequests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.hostname !== '127.0.0.1') foreignRequests.push(request.url());
  });
  page.on('console', (message) => {
    // With the address it came from ("Failed to load resource" names no file of its own).
    const { url } = message.location();
    // Except /favicon.ico, which the site does not have: Chromium looks for it on the text
    // page `cleanPage` passes through (robots.txt names no icon), and its 404 can arrive once
    // the next test has begun. Every site page names its icon (links.test.ts), so none asks.
    if (url === `${baseURL()}/favicon.ico`) return;
    if (message.type() === 'error') errors.push(url ? `${message.text()} (${url})` : message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  // Report CSP violations explicitly (init scripts run outside the page's CSP).
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`);
    });
  });
  return { page, context, foreignRequests, errors, close: () => context.close() };
}

/**
 * A fresh context and page that records foreign requests and errors. When the test ends, it
 * fails if the page requested another host or logged an error (console error, uncaught
 * exception, CSP violation) that the test did not expect and clear from `errors`; the
 * context is closed if the test did not close it. Concurrent tests pass their context's
 * `onTestFinished` as `whenFinished` (Vitest cannot tell them apart through the global one).
 */
export async function openPage(
  browser: Browser,
  options: BrowserContextOptions = {},
  whenFinished: typeof onTestFinished = onTestFinished,
): Promise<TrackedPage> {
  const tracked = await newTrackedPage(browser, options);
  whenFinished(async () => {
    await tracked.context.close();
    expect(tracked.foreignRequests, 'requests to other hosts').toEqual([]);
    expect(tracked.errors, 'console errors, page errors and CSP violations').toEqual([]);
  });
  return tracked;
}

/**
 * Pages that passed their test, kept for the next test of the file with the same context
 * options. A new context and page cost about a second of CPU (a renderer process started,
 * the site's scripts and styles fetched and compiled again); cleaning a kept one costs a
 * tenth of that. Only pages whose test passed are kept, so a failure never leaks into the
 * next test.
 */
const keptPages = new Map<string, TrackedPage[]>();
const optionsKey = (options: BrowserContextOptions) => JSON.stringify(options);
const defaultViewport = { width: 1280, height: 720 };

/**
 * A tracked page as a new context would give it: a kept one (see `keepPage`) made clean, or
 * a new one. Clean means: on a script-free page of the site (the last page's unload handlers
 * have run, a `beforeunload` prompt accepted), with the site's local and session storage,
 * IndexedDB, Cache Storage and cookies cleared, screen media, the context's colour scheme and viewport, and
 * nothing recorded yet. Tests that need a cold HTTP cache, init scripts, routes or other
 * context options than these use `openPage`.
 */
export async function cleanPage(browser: Browser, options: BrowserContextOptions = {}): Promise<TrackedPage> {
  const tracked = keptPages.get(optionsKey(options))?.pop();
  if (!tracked) return newTrackedPage(browser, options);
  const { page } = tracked;
  const accept = (dialog: Dialog) => void dialog.accept();
  page.on('dialog', accept);
  try {
    await page.goto('/robots.txt');
  } finally {
    page.off('dialog', accept);
  }
  // Cleared from inside the page, so nothing reaches another context on the same origin.
  await page.evaluate(async () => {
    localStorage.clear();
    sessionStorage.clear();
    await Promise.all((await caches.keys()).map((name) => caches.delete(name)));
    await Promise.all((await indexedDB.databases()).map(({ name }) => name && indexedDB.deleteDatabase(name)));
  });
  await tracked.context.clearCookies();
  await page.emulateMedia({ media: null, colorScheme: options.colorScheme ?? 'light' });
  const viewport = options.viewport ?? defaultViewport;
  const size = page.viewportSize();
  if (size?.width !== viewport.width || size.height !== viewport.height) await page.setViewportSize(viewport);
  tracked.errors.length = 0;
  tracked.foreignRequests.length = 0;
  return tracked;
}

/**
 * Keeps a page from `cleanPage` for a later test, once its test has passed; a page with
 * dialog listeners left on it is closed instead (they would answer the next test's dialogs).
 */
export async function keepPage(options: BrowserContextOptions, tracked: TrackedPage): Promise<void> {
  // Playwright's pages are event emitters; its types leave listenerCount out.
  const listeners = (tracked.page as unknown as { listenerCount(event: string): number }).listenerCount('dialog');
  if (tracked.page.isClosed() || listeners > 0) return tracked.close();
  const key = optionsKey(options);
  keptPages.set(key, [...(keptPages.get(key) ?? []), tracked]);
}

/**
 * Runs one step of a test that checks several behaviours in turn on one page: a failure is
 * reported with the step's name in front of its message.
 */
export async function step(name: string, run: () => Promise<void>): Promise<void> {
  try {
    await run();
  } catch (error) {
    if (error instanceof Error) error.message = `${name}: ${error.message}`;
    throw error;
  }
}

/**
 * Runs a test body in a page from `cleanPage` (kept from an earlier test of the file with the
 * same `options`, or new), then asserts it requested no other host and logged no error (CSP
 * violations included). The page is kept for the next test if all passed, else closed. The
 * body must leave no init script or route behind (those need `withTrackedPage`).
 */
export async function withCleanPage(browser: Browser, run: (tracked: TrackedPage) => Promise<void>, options: BrowserContextOptions = {}): Promise<void> {
  const tracked = await cleanPage(browser, options);
  let passed = false;
  try {
    await run(tracked);
    expect(tracked.foreignRequests, 'requests to other hosts').toEqual([]);
    expect(tracked.errors, 'console errors, page errors and CSP violations').toEqual([]);
    passed = true;
  } finally {
    if (passed) await keepPage(options, tracked);
    else await tracked.close();
  }
}

/**
 * Runs a test body in a fresh tracked page, then asserts it requested no other host and
 * logged no error (CSP violations included), and closes it whatever happened.
 */
export async function withTrackedPage(browser: Browser, run: (tracked: TrackedPage) => Promise<void>, options: BrowserContextOptions = {}): Promise<void> {
  const tracked = await openPage(browser, options);
  try {
    await run(tracked);
    expect(tracked.foreignRequests, 'requests to other hosts').toEqual([]);
    expect(tracked.errors, 'console errors').toEqual([]);
  } finally {
    await tracked.close();
  }
}

/**
 * A local copy of a download. The browser is shared over a connection (global-setup.ts), so
 * Playwright cannot hand out its own path (`download.path()`); `saveAs` copies the file here.
 */
export async function downloadedFile(download: Download): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'pw-download-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, download.suggestedFilename());
  await download.saveAs(file);
  return file;
}

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string | undefined }[];
}

/**
 * The axe rules that look at colours: all a change of theme can break. The dark theme
 * changes colours only (`light-dark()` tokens in src/styles/tokens.css, and the theme
 * button's `aria-pressed` and hidden "on"/"off", valid either way), so the structure axe
 * checks is the light theme's.
 */
export const colourRules: readonly string[] = ['color-contrast', 'link-in-text-block'];

/**
 * Runs axe-core on the page: WCAG 2.0–2.2 A and AA rules, or only `rules`. Evaluated through
 * the DevTools protocol, so the page's CSP does not block it.
 */
export async function axeViolations(page: Page, rules?: readonly string[]): Promise<AxeViolation[]> {
  // Injected once per document: a second check of the same page reuses it.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(`${axeSource};0`);
  const runOnly = rules ? { type: 'rule', values: rules } : { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] };
  return page.evaluate(async (only) => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: only, resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  }, runOnly);
}

/** A readable summary of axe violations for an assertion message. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`).join('\n');
}
