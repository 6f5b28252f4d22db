import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { multiCodePointGraphemes, tunePagefindScript } from '../../src/integration/pagefind-script.mjs';
import type { Locale } from '../../src/i18n/locales';
import { prepareQuery } from '../../src/lib/search-normalise';
import { indexInWorker } from '../../src/integration/search-index.mjs';

const count = (text: string, part: string) => text.split(part).length - 1;

describe('tunePagefindScript', () => {
  // The script the installed Pagefind writes, so an upgrade that changes its code fails here.
  let dir: string;
  let script: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pw-pagefind-script-'));
    const page = '<!doctype html><html lang="en"><body><main data-pagefind-body><h1>Money</h1><p>Invoices.</p></main></body></html>';
    await indexInWorker([['/en/guides/money/', page]], join(dir, 'en'));
    script = readFileSync(join(dir, 'en', 'pagefind.js'), 'utf8');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('a search waits for the WebAssembly in 4 ms steps, not 50', () => {
    const tuned = tunePagefindScript(script, 'pagefind.js');
    const start = tuned.indexOf('async getPtr(');
    const getPtr = tuned.slice(start, tuned.indexOf('stringifyFilters(', start));
    expect(getPtr).toContain('asyncSleep(4)');
    expect(getPtr).not.toContain('asyncSleep(50)');
  });

  test('every fetched file is unpacked by the browser’s DecompressionStream, with Pagefind’s own inflater kept as the fallback', () => {
    const tuned = tunePagefindScript(script, 'pagefind.js');
    expect(count(tuned, '=await this.inflate(new Uint8Array(')).toBe(5);
    expect(count(tuned, '=this.decompress(new Uint8Array(')).toBe(0);
    expect(tuned).toContain('new DecompressionStream("gzip")');
    // The fallback: Pagefind's decompress, still there and still called.
    expect(tuned).toContain('return this.decompress(data,file);}decompress(data,file="unknown file"){');
    expect(tuned.length - script.length).toBeLessThan(500);
  });

  test('a query whose graphemes are single code points is not split with Intl.Segmenter; any other query, or a language without spaces, still is', () => {
    const tuned = tunePagefindScript(script, 'pagefind.js');
    expect(count(tuned, 'new Intl.Segmenter(')).toBe(count(script, 'new Intl.Segmenter('));
    expect(tuned).toContain(`&&(needsWordSegmentation(trueLanguage)||${multiCodePointGraphemes}.test(term))){const graphemeSegmenter=`);
    // Pagefind's two loops, as in its script: per grapheme (segmenter) and per code point.
    const punctuation = /^\p{Pd}|\p{Pe}|\p{Pf}|\p{Pi}|\p{Po}|\p{Ps}$/u;
    const keep = (parts: Iterable<string>) =>
      [...parts]
        .filter((part) => !punctuation.test(part))
        .map((part) => part.toLocaleLowerCase())
        .join('');
    const byGrapheme = (language: string, term: string) =>
      keep([...new Intl.Segmenter(language, { granularity: 'grapheme' }).segment(term)].map((s) => s.segment));
    const typed: [Locale, string][] = [
      ['fa', 'مشتریِ بدقول، «فاکتور»!'],
      ['fa', 'می‌کنند ۵ گام'],
      ['ar', 'العَميلُ السيّئ؟'],
      ['ar', 'حاسبة ٥ خطوات'],
      ['en', 'Exit-letter: “don’t” (5 STEPS)'],
    ];
    for (const [language, text] of typed) {
      const term = prepareQuery(language, text).words.join(' ');
      // Every query the island sends takes the short way, and the short way gives the same term.
      expect(multiCodePointGraphemes.test(term), term).toBe(false);
      expect(keep(term), term).toBe(byGrapheme(language, term));
    }
    // Raw text with marks, joiners, emoji or flags keeps the segmenter.
    for (const raw of ['مشتریِ', 'می\u200cکنند', 'e\u0301', '👍🏽', '🇮🇷', 'a\r\nb']) expect(multiCodePointGraphemes.test(raw), raw).toBe(true);
  });

  test('a script whose code has changed fails the build, naming the file, the change and the version', () => {
    const changed = script.replace('await asyncSleep(50);}', 'await sleep(50);}');
    expect(() => tunePagefindScript(changed, 'dist/pagefind/en/pagefind.js')).toThrow(
      /dist\/pagefind\/en\/pagefind\.js: expected getPtr polls every 50 ms .* found it 0× in Pagefind \d+\.\d+\.\d+/,
    );
    // Applied twice (a second postbuild run on the same bundle) is a change too: it is noticed.
    expect(() => tunePagefindScript(tunePagefindScript(script, 'x'), 'x')).toThrow(/found it 0×/);
  });
});
