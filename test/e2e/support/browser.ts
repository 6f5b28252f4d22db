/**
 * Chromium for the end-to-end tests: Debian's binary through playwright-core, with every
 * request checked so that a page that reaches for any host but 127.0.0.1 fails its test.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { chromiumArgs, findChromium } from '../../../scripts/lib/chromium.mjs';

export const baseURL = (): string => inject('baseURL');
export const distDir = (): string => inject('distDir');

/** Opens one browser for the test file; closes it after. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    const executablePath: string | undefined = findChromium();
    if (!executablePath) throw new Error('Chromium not found: install it (apt-get install -y chromium) or set CHROMIUM_PATH');
    browser = await chromium.launch({ executablePath, args: chromiumArgs, headless: true });
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

/** A fresh context and page that records foreign requests and errors. */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<TrackedPage> {
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
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  });
}

/** A readable summary of axe violations for an assertion message. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`).join('\n');
}
