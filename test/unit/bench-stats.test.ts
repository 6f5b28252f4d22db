import { describe, expect, test } from 'vitest';
import { readerExpectations } from '../../bench/budgets.mjs';
import { cpuSecondsFromTimeReport, linearProjection, maxRssFromTimeReport, median, resourceKind, usedBytes } from '../../bench/stats.mjs';

describe('median', () => {
  test('of an odd and an even number of values', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  test('ignores missing values and is null when nothing is left', () => {
    expect(median([null, 5, undefined])).toBe(5);
    expect(median([null])).toBeNull();
  });
});

describe('projecting the build time to 900 pages', () => {
  test('follows the line through the two sizes', () => {
    expect(linearProjection({ x: 100, y: 10 }, { x: 300, y: 20 }, 900)).toBe(50);
  });
  test('refuses a line that does not rise, as a busy machine can produce', () => {
    expect(linearProjection({ x: 77, y: 54.8 }, { x: 101, y: 50.8 }, 900)).toBeNull();
    expect(linearProjection({ x: 100, y: 10 }, { x: 100, y: 12 }, 900)).toBeNull();
  });
});

describe('JavaScript executed, from V8 coverage', () => {
  test('counts a function that ran, minus a block inside it that did not', () => {
    const functions = [
      {
        ranges: [
          { startOffset: 0, endOffset: 100, count: 1 },
          { startOffset: 20, endOffset: 50, count: 0 },
        ],
      },
    ];
    expect(usedBytes(functions, 100)).toBe(70);
  });
  test('an inner function that ran inside one that did not counts, whatever the order reported', () => {
    const functions = [{ ranges: [{ startOffset: 10, endOffset: 30, count: 2 }] }, { ranges: [{ startOffset: 0, endOffset: 100, count: 0 }] }];
    expect(usedBytes(functions, 100)).toBe(20);
  });
  test('a script that never ran counts nothing', () => {
    expect(usedBytes([{ ranges: [{ startOffset: 0, endOffset: 40, count: 0 }] }], 40)).toBe(0);
  });
});

describe('kinds of response', () => {
  test('by DevTools type, or by MIME type when the type says little', () => {
    expect(resourceKind('Document', 'text/html')).toBe('html');
    expect(resourceKind('Stylesheet', 'text/css')).toBe('css');
    expect(resourceKind('Script', 'text/javascript')).toBe('js');
    expect(resourceKind('Fetch', 'text/javascript; charset=utf-8')).toBe('js');
    expect(resourceKind('Font', 'font/woff2')).toBe('font');
    expect(resourceKind('Fetch', 'application/wasm')).toBe('other');
  });
});

describe('the report of GNU time -v', () => {
  const report = '\tUser time (seconds): 6.44\n\tSystem time (seconds): 1.30\n\tMaximum resident set size (kbytes): 732364\n';
  test('gives peak memory in bytes', () => {
    expect(maxRssFromTimeReport(report)).toBe(732364 * 1024);
    expect(maxRssFromTimeReport('no report')).toBeUndefined();
  });
  test('gives CPU time as user plus system seconds', () => {
    expect(cpuSecondsFromTimeReport(report)).toBeCloseTo(7.74);
    expect(cpuSecondsFromTimeReport('User time (seconds): 1')).toBeUndefined();
  });
});

describe('reader budgets by kind of page', () => {
  test('a guide without a tool may carry 2 kB of JavaScript and must stay under Starlight', () => {
    const { budget, peer } = readerExpectations('guide');
    expect(budget.JS).toEqual({ max: 2_000 });
    expect(budget['HTML+CSS']).toEqual({ max: 20_000 });
    expect(budget.total).toEqual({ max: 51_600 });
    expect(peer.JS).toBe(30_600);
  });
  test('a page with a tool may carry 20 kB of JavaScript and has no total budget', () => {
    expect(readerExpectations('guide+tool').budget.JS).toEqual({ max: 20_000 });
    expect(readerExpectations('tool').budget.total).toBeUndefined();
  });
  test('no page loads Pagefind before the reader searches', () => {
    for (const kind of ['home', 'guide', 'guide+tool', 'tool', 'search'] as const) expect(readerExpectations(kind).budget['pagefind req']).toEqual({ max: 0 });
  });
});
