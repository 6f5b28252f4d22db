/**
 * Chromium for the end-to-end tests: Debian's binary through playwright-core, one browser for
 * the whole run (started by global-setup.ts), with every page checked so that a page that
 * reaches for any host but 127.0.0.1, or logs an error, fails its test.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Download, type Page } from 'playwright-core';
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
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  // Report CSP violations explicitly (init scripts run outside the page's CSP).
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`);
    });
  });
  whenFinished(async () => {
    await context.close();
    expect(foreignRequests, 'requests to other hosts').toEqual([]);
    expect(errors, 'console errors, page errors and CSP violations').toEqual([]);
  });
  return { page, context, foreignRequests, errors, close: () => context.close() };
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
 * Runs axe-core (WCAG 2.0–2.2 A and AA rules) on the page. Evaluated through the DevTools
 * protocol, so the page's CSP does not block it.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(`${axeSource};0`);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  });
}

/** A readable summary of axe violations for an assertion message. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`).join('\n');
}
