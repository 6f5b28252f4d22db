/**
 * The static server behind `npm start` and the end-to-end tests answers every request, and
 * a malformed one with 400 at once, then keeps serving. Requests go over raw sockets so the
 * bytes are exactly what a careless or hostile client sends.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { localeCodes } from '../../src/i18n/locales';
import { cleanRequestPath, maxPathLength, startStaticServer } from '../../scripts/lib/static-server.mjs';

const root = mkdtempSync(join(tmpdir(), 'pw-static-'));
let server: Awaited<ReturnType<typeof startStaticServer>>;

beforeAll(async () => {
  writeFileSync(join(root, 'index.html'), '<p>home</p>');
  writeFileSync(join(root, '404.html'), '<p>root 404</p>');
  for (const locale of localeCodes) {
    mkdirSync(join(root, locale, '404'), { recursive: true });
    writeFileSync(join(root, locale, 'index.html'), `<p>${locale} home</p>`);
    writeFileSync(join(root, locale, '404', 'index.html'), `<p>${locale} 404</p>`);
  }
  server = await startStaticServer({ root, gzip: false });
});

afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

/** Sends one raw HTTP/1.1 request line and returns the status, failing after 2 s without an answer. */
function rawStatus(target: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = connect(server.port, '127.0.0.1');
    let received = '';
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer to ${JSON.stringify(target.slice(0, 60))} within 2 s`));
    }, 2000);
    socket.on('data', (chunk) => {
      received += chunk.toString('latin1');
      const status = /^HTTP\/1\.1 (\d{3})/.exec(received)?.[1];
      if (status) {
        clearTimeout(timer);
        socket.destroy();
        resolve(Number(status));
      }
    });
    socket.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    socket.write(Buffer.concat([Buffer.from('GET '), Buffer.from(target, 'latin1'), Buffer.from(' HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n')]));
  });
}

describe('the static server', () => {
  test.each([
    ['a truncated percent-escape', '/fa/%E0%A4%A'],
    ['an invalid UTF-8 escape', '/fa/%FF/'],
    ['an overlong path', `/fa/${'a'.repeat(maxPathLength)}`],
    ['a .. segment', '/fa/../../package.json'],
    ['an encoded .. segment', '/fa/%2e%2e/%2e%2e/package.json'],
    ['an encoded NUL', '/fa/%00/'],
    ['an encoded backslash', '/fa/..%5c..%5cpackage.json'],
  ])('answers %s with 400 at once, and keeps serving', async (_, target) => {
    expect(await rawStatus(target)).toBe(400);
    expect(await rawStatus('/fa/')).toBe(200);
  });

  test('many malformed requests at once are all answered', async () => {
    const statuses = await Promise.all(Array.from({ length: 20 }, (_, i) => rawStatus(`/en/%E0%A4%A/${i}`)));
    expect(new Set(statuses)).toEqual(new Set([400]));
    expect(await rawStatus('/')).toBe(200);
  });

  test.each(localeCodes)('a missing page under /%s/ gets that locale’s 404 page', async (locale) => {
    const response = await fetch(`${server.url}${locale}/no-such-page/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe(`<p>${locale} 404</p>`);
  });

  test('a folder without its trailing slash redirects, a non-ASCII path too', async () => {
    mkdirSync(join(root, 'fa', 'راهنما'), { recursive: true });
    writeFileSync(join(root, 'fa', 'راهنما', 'index.html'), '<p>guide</p>');
    const plain = await fetch(`${server.url}fa`, { redirect: 'manual' });
    expect([plain.status, plain.headers.get('location')]).toEqual([301, '/fa/']);
    const encoded = `/fa/${encodeURIComponent('راهنما')}`;
    const response = await fetch(`${server.url.replace(/\/$/, '')}${encoded}`, { redirect: 'manual' });
    expect([response.status, response.headers.get('location')]).toEqual([301, `${encoded}/`]);
  });

  test('request paths are decoded, and refused when malformed', () => {
    expect(cleanRequestPath('/fa/%D8%B1/')).toBe('/fa/ر/');
    expect(cleanRequestPath('/fa/a..b/')).toBe('/fa/a..b/');
    for (const bad of ['/fa/%E0%A4%A', '/a/../b', '/a/%2E%2E/b', '/%00', 'fa/', `/${'x'.repeat(maxPathLength)}`])
      expect(cleanRequestPath(bad), bad).toBeUndefined();
  });
});
