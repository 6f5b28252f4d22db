/** The Content Security Policy and security headers, on every built page. */
import { describe, expect, inject, test } from 'vitest';
import { builtPages, readPage } from './support/site';
import { baseURL } from './support/browser';

const dist = inject('distDir');
const pages = builtPages(dist).filter((p) => p.endsWith('/') || p.endsWith('.html'));

const cspOf = (html: string) => /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1]?.replace(/&#39;/g, "'") ?? '';
const directive = (csp: string, name: string) =>
  csp
    .split(';')
    .map((d) => d.trim())
    .find((d) => d.startsWith(`${name} `)) ?? '';

describe('content security policy', () => {
  test.each(pages)('%s carries a strict CSP', (page) => {
    const csp = cspOf(readPage(dist, page));
    expect(csp).not.toBe('');
    const scripts = directive(csp, 'script-src');
    expect(scripts).toMatch(/^script-src 'self'/);
    expect(scripts).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*|https?:/);
    expect(directive(csp, 'style-src')).not.toMatch(/unsafe-inline|\*|https?:/);
    expect(directive(csp, 'default-src')).toBe("default-src 'self'");
    expect(directive(csp, 'connect-src')).toBe("connect-src 'self'");
    expect(directive(csp, 'object-src')).toBe("object-src 'none'");
    expect(directive(csp, 'base-uri')).toBe("base-uri 'self'");
    expect(directive(csp, 'form-action')).toBe("form-action 'self'");
    expect(csp).not.toMatch(/https?:\/\//);
  });

  test.each(pages)('%s asks browsers not to send a referrer', (page) => {
    expect(readPage(dist, page)).toContain('<meta name="referrer" content="no-referrer">');
  });
});

describe('headers file', () => {
  test('serves security headers and the page’s own CSP from _headers', async () => {
    const response = await fetch(`${baseURL()}/fa/`);
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('permissions-policy')).toContain('camera=()');
    const header = response.headers.get('content-security-policy') ?? '';
    expect(header).toContain("frame-ancestors 'none'");
    const meta = cspOf(await response.text())
      .replace(/\s*;\s*/g, '; ')
      .replace(/;\s*$/, '');
    expect(header.startsWith(meta)).toBe(true);
  });
});
