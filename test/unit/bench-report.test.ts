import { describe, expect, test } from 'vitest';
import {
  budgetMark,
  compareRows,
  describeBudget,
  displayWidth,
  formatValue,
  renderComparison,
  renderReport,
  renderSection,
  type Row,
} from '../../bench/report.mjs';

const row = (over: Partial<Row>): Row => ({ section: 'reader', subject: 'fa home', metric: 'JS', value: 0, unit: 'bytes', ...over });

describe('figures', () => {
  test('bytes read in B, kB and MB with 1 kB = 1000 B', () => {
    expect(formatValue(999, 'bytes')).toBe('999 B');
    expect(formatValue(51_600, 'bytes')).toBe('51.6 kB');
    expect(formatValue(1_200_000_000, 'bytes')).toBe('1.20 GB');
    expect(formatValue(2_500_000, 'bytes')).toBe('2.5 MB');
  });
  test('times, ratios and counts', () => {
    expect(formatValue(146.4, 'ms')).toBe('146 ms');
    expect(formatValue(4.4, 's')).toBe('4.40 s');
    expect(formatValue(21.04, 's')).toBe('21.0 s');
    expect(formatValue(2.2381, 'ratio')).toBe('2.24×');
    expect(formatValue(9, 'count')).toBe('9');
    expect(formatValue(0.0412, 'decimal')).toBe('0.041');
  });
  test('a missing figure is a dash', () => {
    expect(formatValue(null, 'ms')).toBe('—');
  });
});

describe('budgets', () => {
  test('a value at the limit keeps the budget, one above misses it', () => {
    expect(budgetMark(row({ value: 2000, budget: { max: 2000 } }))).toBe('✓');
    expect(budgetMark(row({ value: 2001, budget: { max: 2000 } }))).toBe('✗');
  });
  test('a minimum works the same way (Lighthouse scores)', () => {
    expect(budgetMark(row({ value: 100, unit: 'score', budget: { min: 100 } }))).toBe('✓');
    expect(budgetMark(row({ value: 99, unit: 'score', budget: { min: 100 } }))).toBe('✗');
  });
  test('no mark without a budget or without a value', () => {
    expect(budgetMark(row({ value: 5 }))).toBe('');
    expect(budgetMark(row({ value: null, budget: { max: 1 } }))).toBe('');
  });
  test("a budget is described in the figure's unit", () => {
    expect(describeBudget({ max: 20_000 }, 'bytes')).toBe('≤ 20.0 kB');
    expect(describeBudget({ min: 100 }, 'score')).toBe('≥ 100');
  });
});

describe('the table', () => {
  const rows: Row[] = [
    row({ subject: 'fa home', kind: 'home', metric: 'JS', value: 0, budget: { max: 2000 } }),
    row({ subject: 'fa home', kind: 'home', metric: 'total', value: 28_100, budget: { max: 47_700 }, peer: 47_700 }),
    row({ subject: 'fa guide (red-flags)', kind: 'guide', metric: 'JS', value: 3000, budget: { max: 2000 }, peer: 30_600 }),
  ];

  test('one line per subject, one column per metric, a mark beside each budgeted figure', () => {
    const lines = renderSection('Reader', rows).split('\n');
    expect(lines[0]).toBe('Reader');
    expect(lines[1]).toMatch(/^\s+JS\s+total$/);
    expect(lines[3]).toMatch(/^fa home\s+0 B ✓\s+28\.1 kB ✓$/);
    expect(lines[4]).toMatch(/^fa guide \(red-flags\)\s+3\.0 kB ✗$/);
  });

  test("the legend names each budget and Starlight's figures with the kinds they apply to", () => {
    const text = renderSection('Reader', rows);
    expect(text).toContain('Budgets: JS ≤ 2.0 kB (home, guide); total ≤ 47.7 kB (home)');
    expect(text).toContain('Starlight: total 47.7 kB (home); JS 30.6 kB (guide)');
  });

  test('columns line up whatever the script: ZWNJ takes no cell', () => {
    expect(displayWidth('می‌کنند')).toBe(6);
    const text = renderSection('Search', [
      row({ section: 'search', subject: 'site fa “می‌کنند”', metric: 'first result', value: 40, unit: 'ms' }),
      row({ section: 'search', subject: 'site en “client”', metric: 'first result', value: 50, unit: 'ms' }),
    ]);
    const [fa, en] = text.split('\n').slice(3);
    expect(displayWidth(fa!.split('40 ms')[0]!)).toBe(displayWidth(en!.split('50 ms')[0]!));
  });

  test('the report prints sections in order, counts kept budgets and lists the notes', () => {
    const text = renderReport({
      sections: { growth: 'Growth', reader: 'Reader' },
      rows: [...rows, row({ section: 'growth', subject: '20/locale', metric: 'build', value: 4, unit: 's' })],
      notes: ['Noisy machine.'],
    });
    expect(text.indexOf('Growth')).toBeLessThan(text.indexOf('Reader'));
    expect(text).toContain('Budgets kept: 2 of 3.');
    expect(text).toMatch(/Notes:\n- Noisy machine\.$/);
  });

  test('a section without figures is left out', () => {
    expect(renderReport({ sections: { search: 'Search' }, rows })).not.toContain('Search');
  });
});

describe('comparing two runs', () => {
  const old: Row[] = [
    row({ metric: 'JS', value: 1000 }),
    row({ metric: 'total', value: 40_000 }),
    row({ metric: 'fonts', value: 0 }),
    row({ metric: 'gone', value: 1 }),
  ];
  const current: Row[] = [
    row({ metric: 'JS', value: 1500 }),
    row({ metric: 'total', value: 30_000 }),
    row({ metric: 'fonts', value: 20_000 }),
    row({ metric: 'new', value: 2 }),
    row({ metric: 'LCP', value: null, unit: 'ms' }),
  ];

  test('ratios are new divided by old, matched by section, subject and metric', () => {
    const { compared } = compareRows(old, current);
    expect(compared.map((c) => [c.metric, c.ratio])).toEqual([
      ['JS', 1.5],
      ['total', 0.75],
      ['fonts', Infinity],
    ]);
  });

  test('figures only one run has are counted, not compared', () => {
    const { onlyOld, onlyNew } = compareRows(old, current);
    expect(onlyOld).toBe(1);
    expect(onlyNew).toBe(1);
  });

  test('the comparison table shows both figures and the ratio', () => {
    const text = renderComparison(compareRows(old, current));
    expect(text).toMatch(/reader\s+fa home\s+JS\s+1\.0 kB\s+1\.5 kB\s+1\.50×/);
    expect(text).toMatch(/fonts\s+0 B\s+20\.0 kB\s+was 0/);
    expect(text).toContain('Not compared: 1 figure(s) only in the old run, 1 only in the new one.');
  });

  test('equal zeros compare as 1×', () => {
    expect(compareRows([row({ value: 0 })], [row({ value: 0 })]).compared[0]?.ratio).toBe(1);
  });
});
