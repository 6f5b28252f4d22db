import { describe, expect, test } from 'vitest';
import { decodeEntities, excerptParts } from '../../src/lib/search-excerpt';

describe('excerptParts', () => {
  test('cuts an excerpt into plain and marked text', () => {
    expect(excerptParts('ما <mark>مشتری</mark> و <mark>تیم</mark>')).toEqual([
      { text: 'ما ', marked: false },
      { text: 'مشتری', marked: true },
      { text: ' و ', marked: false },
      { text: 'تیم', marked: true },
    ]);
  });

  test('decodes the entities Pagefind writes, so they show as characters', () => {
    expect(excerptParts('fees &amp; terms &lt;b&gt; &quot;x&quot; &#39;y&#x27;')).toEqual([{ text: 'fees & terms <b> "x" \'y\'', marked: false }]);
  });

  test('never lets markup through: other tags are dropped, decoded markup is only text', () => {
    const parts = excerptParts('a <img src=x onerror=alert(1)> <mark>b</mark> &lt;script&gt;');
    expect(parts).toEqual([
      { text: 'a  ', marked: false },
      { text: 'b', marked: true },
      { text: ' <script>', marked: false },
    ]);
  });

  test('an empty excerpt has no parts', () => {
    expect(excerptParts('')).toEqual([]);
  });
});

describe('decodeEntities', () => {
  test('leaves unknown or invalid entities as written', () => {
    expect(decodeEntities('&bogus; &#0; &#x110000;')).toBe('&bogus; &#0; &#x110000;');
  });
});
