import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { indexInWorker, passedOn, toolRecord, weightPage } from '../../src/integration/search-index.mjs';

const toolPage = (kind: string) =>
  `<html lang="ar"><head><meta name="description" content="اقسم إيراد كل عميل على ساعاته."></head><body><main lang="ar"><article class="tool-page"><h1>الإيراد لكل ساعة</h1><p class="lead">أدخل ما دفعه كل عميل.</p>` +
  `<section class="tool" data-tool="revenue-per-hour" data-pagefind-ignore data-pagefind-meta="kind:${kind}"><form><label>المبلغ المدفوع</label><input></form></section></article></main></body></html>`;

describe('toolRecord', () => {
  test('a tool page is indexed as its title, its kind in the reader’s words, its description and introduction, never its form', () => {
    const record = toolRecord('ar', toolPage('calculator'));
    expect(record).toContain('<h1 data-pagefind-weight="10">الإيراد لكل ساعة</h1>');
    expect(record).toContain('>حاسبة</p>');
    expect(record).toContain('اقسم إيراد كل عميل على ساعاته.');
    expect(record).toContain('أدخل ما دفعه كل عميل.');
    expect(record).toContain('data-pagefind-meta="kind:calculator"');
    expect(record).not.toContain('المبلغ المدفوع');
    expect(record).toMatch(/^<!doctype html><html lang="ar">.*<main lang="ar" data-pagefind-body/);
  });

  test('other pages are not tool records; a tool page without a known kind fails the build', () => {
    expect(
      toolRecord('en', '<html lang="en"><body><main lang="en"><article class="guide" data-pagefind-body><h1>Money</h1></article></main></body></html>'),
    ).toBeUndefined();
    expect(() => toolRecord('ar', toolPage('unknown'))).toThrow(/search\.kind\.unknown/);
  });
});

describe('weightPage', () => {
  test('About and Sources: running text and the source list weigh less than a guide’s, their title keeps its weight', () => {
    const html =
      '<article class="page" data-pagefind-body><h1>Sources</h1><div class="prose"><h2 id="a">Why</h2><p>Text</p></div><ol class="source-list"><li><cite lang="en">How to Fire Bad Clients</cite></li></ol></article>';
    const weighted = weightPage(html);
    expect(weighted).toContain('<h1>Sources</h1>');
    expect(weighted).toMatch(/<div class="prose" data-pagefind-weight="0\.\d+">/);
    expect(weighted).toMatch(/<ol class="source-list" data-pagefind-weight="0\.\d+"/);
    expect(weighted).toContain('<h2 data-pagefind-weight="2" id="a">');
    expect(weighted).toContain('<cite data-pagefind-weight="0.5" lang="en">');
  });

  test('guides are left as they are', () => {
    const guide = '<article class="guide" data-pagefind-body><div class="prose"><h2>Steps</h2></div></article>';
    expect(weightPage(guide)).toBe(guide);
  });
});

describe('indexInWorker', () => {
  const page = (title: string) =>
    `<!doctype html><html lang="en"><head><title>${title}</title></head><body><main lang="en" data-pagefind-body><h1>${title}</h1><p>Text about ${title}.</p></main></body></html>`;

  test('writes one locale’s bundle from its pages, in a Pagefind process of its own', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pw-pagefind-'));
    try {
      await indexInWorker(
        [
          ['/en/guides/money/', page('Money')],
          ['/en/guides/handover/', page('Handover')],
        ],
        join(dir, 'en'),
      );
      const entry = JSON.parse(readFileSync(join(dir, 'en', 'pagefind-entry.json'), 'utf8'));
      expect(Object.values(entry.languages as Record<string, { page_count: number }>)[0]?.page_count).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  // Pagefind's process panics on a folder it cannot create and never answers; the worker
  // then ends with the wait unsettled, and the build stops naming the bundle instead of hanging.
  test('fails naming the bundle when Pagefind cannot write it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pw-pagefind-'));
    try {
      writeFileSync(join(dir, 'taken'), 'a file where the bundle folder should go');
      await expect(indexInWorker([['/en/', page('Home')]], join(dir, 'taken', 'en'))).rejects.toThrow(/Pagefind worker for .*taken\/en stopped/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('passedOn', () => {
  test('an entry file that only imports a chunk, or only re-exports its default from one, names that chunk', () => {
    expect(passedOn('/_astro/SearchStart.astro_astro_type_script_index_0_lang.B1.js', 'import"./search.C2.js";')).toEqual({ url: '/_astro/search.C2.js' });
    expect(passedOn('/_astro/Search.D3.js', 'export{t as default}from"./search.C2.js";\n')).toEqual({ url: '/_astro/search.C2.js', exported: 't' });
    expect(passedOn('/help/_astro/Search.D3.js', 'export { $e as default } from "../_astro/search.C2.js";')).toEqual({
      url: '/help/_astro/search.C2.js',
      exported: '$e',
    });
  });

  test('an entry file with any code of its own is loaded as it is', () => {
    expect(passedOn('/_astro/A.js', 'import"./b.js";console.log(1);')).toBeUndefined();
    expect(passedOn('/_astro/A.js', 'import{t}from"./b.js";export default t;')).toBeUndefined();
    expect(passedOn('/_astro/A.js', 'export{t as default,u}from"./b.js";')).toBeUndefined();
    expect(passedOn('/_astro/A.js', 'import"https://elsewhere.example/x.js";')).toBeUndefined();
    expect(passedOn('/_astro/A.js', '')).toBeUndefined();
  });
});
