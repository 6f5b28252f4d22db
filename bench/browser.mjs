// @ts-check
/**
 * Chromium for the benchmark (Debian's, through playwright-core) and a page that records
 * every response it receives over the DevTools protocol: URL, kind and body bytes as sent
 * (gzip where the server compressed). Optionally throttled like a mid-range phone on a
 * slow mobile network.
 */
import { chromium } from 'playwright-core';
import { chromiumArgs } from '../scripts/lib/chromium.mjs';
import { resourceKind } from './stats.mjs';

/**
 * DevTools' "Slow 4G" (formerly "Fast 3G", also Lighthouse's mobile profile):
 * 562.5 ms request latency, 1.44 Mbit/s down, 675 kbit/s up; and a CPU 4× slower.
 */
export const slow4g = { offline: false, latency: 562.5, downloadThroughput: 180_000, uploadThroughput: 84_375 };
export const cpuSlowdown = 4;
export const throttleDescription = 'Slow 4G (562.5 ms latency, 1.44 Mbit/s down), CPU ×4, cache off, 412×823 mobile viewport';

/** @param {string} executablePath */
export function launchBrowser(executablePath) {
  return chromium.launch({ executablePath, args: chromiumArgs, headless: true });
}

/**
 * @typedef {{ url: string, kind: ReturnType<typeof resourceKind>, bytes: number }} Received
 */

/**
 * A fresh context (empty cache, no cookies, service workers blocked: what the worker
 * downloads in the background is counted apart, see precache.mjs) with one page whose
 * responses are recorded.
 * @param {import('playwright-core').Browser} browser
 * @param {{ throttle: boolean }} options
 */
export async function openMeasuredPage(browser, { throttle }) {
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 1.75,
    isMobile: true,
    hasTouch: true,
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  /** @type {Map<string, { url: string, kind: Received['kind'], headerBytes: number, contentLength: number | undefined }>} */
  const pending = new Map();
  /** @type {Received[]} */
  const received = [];
  let requests = 0;
  cdp.on('Network.requestWillBeSent', (event) => {
    if (!event.request.url.startsWith('data:')) requests += 1;
  });
  cdp.on('Network.responseReceived', ({ requestId, type, response }) => {
    const header = Object.entries(response.headers).find(([name]) => name.toLowerCase() === 'content-length')?.[1];
    pending.set(requestId, {
      url: response.url,
      kind: resourceKind(type, response.mimeType),
      headerBytes: response.encodedDataLength,
      contentLength: header === undefined ? undefined : Number(header),
    });
  });
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    const response = pending.get(requestId);
    if (!response || response.url.startsWith('data:')) return;
    pending.delete(requestId);
    // The body as sent: Content-Length where the server gave one (ours always does).
    const bytes = response.contentLength ?? Math.max(0, encodedDataLength - response.headerBytes);
    received.push({ url: response.url, kind: response.kind, bytes });
  });
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (throttle) {
    await cdp.send('Network.emulateNetworkConditions', slow4g);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  }
  return {
    page,
    /** Responses completed so far, in order. */
    received,
    requests: () => requests,
    close: () => context.close(),
  };
}
