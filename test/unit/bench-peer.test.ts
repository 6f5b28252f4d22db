import { describe, expect, test } from 'vitest';
import { pairOrder, peerGoals, peerRows, ratio } from '../../bench/peer.mjs';
import { starlightFile } from '../../bench/starlight.mjs';
import { budgetMark } from '../../bench/report.mjs';

const build = (seconds: number, cpu: number | null, peak: number, pages = 100) => ({ seconds, cpu, peak, pages });
const value = (rows: ReturnType<typeof peerRows>, metric: string) => rows.find((r) => r.metric === metric)?.value;

describe('side by side with Starlight', () => {
  test('pairs alternate which site builds first', () => {
    expect(pairOrder(0)).toEqual(['ours', 'starlight']);
    expect(pairOrder(1)).toEqual(['starlight', 'ours']);
    expect(pairOrder(2)).toEqual(['ours', 'starlight']);
  });

  test('a ratio needs both figures and a positive divisor', () => {
    expect(ratio(3, 2)).toBe(1.5);
    expect(ratio(null, 2)).toBeNull();
    expect(ratio(3, 0)).toBeNull();
  });

  test("the time ratio is the median of the pairs' ratios, not the ratio of the medians", () => {
    // Load drifts between pairs: the second pair ran on a busy machine, both sites slower.
    const rows = peerRows('300/locale', [
      { ours: build(10, 9, 500), starlight: build(20, 18, 1000) },
      { ours: build(40, 9, 500), starlight: build(50, 18, 1000) },
      { ours: build(12, 9, 500), starlight: build(24, 18, 1000) },
    ]);
    expect(value(rows, 'time ratio')).toBe(0.5);
    expect(value(rows, 'build')).toBe(12);
    expect(value(rows, 'Starlight build')).toBe(24);
    expect(value(rows, 'CPU ratio')).toBe(0.5);
    expect(value(rows, 'CPU')).toBe(9);
    expect(value(rows, 'Starlight CPU')).toBe(18);
    expect(value(rows, 'memory ratio')).toBe(0.5);
    expect(value(rows, 'per page')).toBe(120);
    expect(rows.every((r) => r.section === 'peer' && r.subject === '300/locale')).toBe(true);
  });

  test('the goals are budgets on the ratios, marked but never thrown', () => {
    const slow = peerRows('300/locale', [{ ours: build(30, 30, 2000), starlight: build(20, 20, 1000) }]);
    const time = slow.find((r) => r.metric === 'time ratio')!;
    expect(time.budget).toEqual({ max: peerGoals.timeRatio });
    expect(budgetMark(time)).toBe('✗');
    expect(budgetMark(slow.find((r) => r.metric === 'memory ratio')!)).toBe('✗');
    const fast = peerRows('300/locale', [{ ours: build(10, 10, 900), starlight: build(20, 20, 1000) }]);
    expect(budgetMark(fast.find((r) => r.metric === 'time ratio')!)).toBe('✓');
    expect(budgetMark(fast.find((r) => r.metric === 'memory ratio')!)).toBe('✓');
  });

  test('pairs missing a side are left out; without any complete pair there are no rows', () => {
    expect(peerRows('20/locale', [{ ours: build(1, 1, 1) }])).toEqual([]);
    const rows = peerRows('20/locale', [{ ours: build(1, 1, 1) }, { ours: build(2, null, 1), starlight: build(4, 8, 2) }]);
    expect(value(rows, 'time ratio')).toBe(0.5);
    expect(value(rows, 'CPU ratio')).toBeNull();
  });
});

describe("the synthetic guides in Starlight's docs collection", () => {
  test('a guide keeps its /<locale>/guides/<key>/ address, a standalone page sits at /<locale>/<slug>/', () => {
    expect(starlightFile({ path: 'guides/fa/notice.mdx', text: 'x' }).path).toBe('fa/guides/notice.mdx');
    expect(starlightFile({ path: 'pages/ar/about.mdx', text: 'x' }).path).toBe('ar/about.mdx');
  });
  test('a tool embed is left out, the text around it stays', () => {
    const text = '---\ntitle: T\n---\n\nIntro.\n\nTry it:\n\n<Tool id="exit-letter" />\n\n## Next\n\nMore.\n';
    expect(starlightFile({ path: 'guides/en/notice.mdx', text }).text).toBe('---\ntitle: T\n---\n\nIntro.\n\nTry it:\n\n## Next\n\nMore.\n');
  });
  test('anything else is refused', () => {
    expect(() => starlightFile({ path: 'content/en/x.md', text: '' })).toThrow(/Not a synthetic guide or page/);
  });
});
