import { describe, expect, test } from 'vitest';
import {
  adviceFor,
  calculatorFor,
  clientRowFor,
  analyse,
  biggestImbalance,
  columnDecimals,
  currencyFor,
  formatMoney,
  emptyCalculator,
  emptyRow,
  isCalculatorInput,
  nextRowId,
  profitabilityAnswer,
  type ClientRowInput,
} from '../../src/lib/revenue-per-hour';
import definition from '../../content/tools/revenue-per-hour/definition';

let next = 0;
const row = (name: string, revenue: string, hours: string): ClientRowInput => ({ id: `r${++next}`, name, revenue, hours });

describe('analyse', () => {
  test('ranks clients by revenue per hour, highest first', () => {
    const result = analyse({ target: '', rows: [row('A', '1000', '20'), row('B', '3000', '30'), row('C', '500', '50')] });
    expect(result.clients.map((c) => [c.name, c.rate, c.rank])).toEqual([
      ['B', 100, 1],
      ['A', 50, 2],
      ['C', 10, 3],
    ]);
  });

  test('keeps the reader’s order for equal rates', () => {
    const result = analyse({ target: '', rows: [row('first', '100', '10'), row('second', '200', '20')] });
    expect(result.clients.map((c) => c.name)).toEqual(['first', 'second']);
  });

  test('weighs the portfolio average by hours, not by client', () => {
    const result = analyse({ target: '', rows: [row('big', '9000', '90'), row('small', '100', '10')] });
    expect(result.average).toBe(91);
    expect(result.totalRevenue).toBe(9100);
    expect(result.totalHours).toBe(100);
  });

  test('reports each client’s share of revenue and of hours', () => {
    const [heavy, light] = analyse({ target: '', rows: [row('heavy', '300', '80'), row('light', '700', '20')] }).clients.sort((a, b) =>
      a.name.localeCompare(b.name),
    );
    expect(heavy!.shareOfRevenue).toBeCloseTo(0.3);
    expect(heavy!.shareOfHours).toBeCloseTo(0.8);
    expect(light!.shareOfRevenue).toBeCloseTo(0.7);
  });

  test('compares with the target rate and advises keep or reprice, with no uncheckable let-go band', () => {
    const result = analyse({ target: '100', rows: [row('at', '1000', '10'), row('under', '800', '10'), row('edge', '700', '10'), row('far', '690', '10')] });
    expect(result.yardstick).toEqual({ kind: 'target', value: 100 });
    expect(Object.fromEntries(result.clients.map((c) => [c.name, c.advice]))).toEqual({ at: 'keep', under: 'reprice', edge: 'reprice', far: 'reprice' });
  });

  test('gives each client the price that would reach the target for the same hours', () => {
    const result = analyse({ target: '100', rows: [row('under', '800', '10'), row('over', '3000', '12.5')] });
    expect(Object.fromEntries(result.clients.map((c) => [c.name, c.priceForTarget]))).toEqual({ under: 1000, over: 1250 });
    expect(analyse({ target: '', rows: [row('a', '10', '1')] }).clients[0]!.priceForTarget).toBeUndefined();
  });

  test('a row in error makes the result incomplete and is counted as left out', () => {
    const result = analyse({ target: '100', rows: [row('ok', '1000', '10'), row('bad', 'lots', '5'), row('worse', '5', '0'), row('', '', '')] });
    expect(result).toMatchObject({ leftOut: 2, complete: false });
    expect(result.clients.map((c) => c.name)).toEqual(['ok']);
    expect(analyse({ target: '100', rows: [row('ok', '1000', '10')] })).toMatchObject({ leftOut: 0, complete: true });
  });

  test('uses the portfolio average as the yardstick when no target is given, and says so', () => {
    const result = analyse({ target: '  ', rows: [row('A', '200', '1'), row('B', '100', '1'), row('C', '30', '1')] });
    expect(result.yardstick).toEqual({ kind: 'average', value: 110 });
    expect(result.notes).toContain('no-target');
    expect(result.clients.map((c) => c.advice)).toEqual(['keep', 'reprice', 'reprice']);
  });

  test('reads Persian and Arabic digits and separators', () => {
    const result = analyse({ target: '۵۰۰٬۰۰۰', rows: [row('مشتری', '۱۲٬۰۰۰٬۰۰۰', '۲۰'), row('عميل', '٣٬٠٠٠٬٠٠٠', '١٢٫٥')] });
    expect(result.problems).toEqual([]);
    expect(result.clients.map((c) => c.rate)).toEqual([600_000, 240_000]);
    expect(result.clients.map((c) => c.advice)).toEqual(['keep', 'reprice']);
  });

  test('explains zero hours instead of dividing by zero', () => {
    const result = analyse({ target: '', rows: [row('ghost', '500', '0')] });
    expect(result.clients).toEqual([]);
    expect(result.problems).toEqual([{ rowId: expect.any(String), field: 'hours', reason: 'zero' }]);
    expect(result.notes).toEqual(['no-clients']);
    expect(result.average).toBeUndefined();
  });

  test('lists every unusable field and ranks only the usable rows', () => {
    const bad = row('bad', '-5', 'lots');
    const result = analyse({ target: '0', rows: [bad, row('ok', '100', '2')] });
    expect(result.problems).toEqual([
      { rowId: 'target', field: 'target', reason: 'zero' },
      { rowId: bad.id, field: 'revenue', reason: 'negative' },
      { rowId: bad.id, field: 'hours', reason: 'not-a-number' },
    ]);
    expect(result.clients.map((c) => c.name)).toEqual(['ok']);
    expect(result.target).toBeUndefined();
  });

  test('ignores blank rows but asks for the numbers of a named one', () => {
    const named = row('named only', '', '');
    const result = analyse({ target: '', rows: [row('', '', ''), named] });
    expect(result.problems).toEqual([
      { rowId: named.id, field: 'revenue', reason: 'empty' },
      { rowId: named.id, field: 'hours', reason: 'empty' },
    ]);
  });

  test('refuses absurd amounts', () => {
    const result = analyse({ target: '1e99', rows: [row('x', '9'.repeat(30), '2000000')] });
    expect(result.problems.map((p) => [p.field, p.reason])).toEqual([
      ['target', 'not-a-number'],
      ['revenue', 'too-large'],
      ['hours', 'too-large'],
    ]);
  });

  test('handles a single client: it is its own average, and the note says so', () => {
    const result = analyse({ target: '', rows: [row('only', '900', '9')] });
    expect(result.clients).toHaveLength(1);
    expect(result.clients[0]).toMatchObject({ rate: 100, rank: 1, shareOfRevenue: 1, shareOfHours: 1, ofAverage: 1, advice: 'keep' });
    expect(result.notes).toEqual(['one-client', 'no-target']);
  });

  test('gives no advice when nothing can be compared (no target, no revenue at all)', () => {
    const result = analyse({ target: '', rows: [row('a', '0', '5'), row('b', '0', '3')] });
    expect(result.clients.map((c) => c.advice)).toEqual(['none', 'none']);
    expect(result.clients.every((c) => c.shareOfRevenue === 0)).toBe(true);
  });

  test('never produces NaN or Infinity', () => {
    const result = analyse({ target: '', rows: [row('a', '0', '0.0001'), row('b', '1000000000000000', '0.001')] });
    for (const c of result.clients) for (const value of [c.rate, c.shareOfHours, c.shareOfRevenue, c.ofAverage ?? 0]) expect(Number.isFinite(value)).toBe(true);
  });

  test('keeps hostile names as plain data', () => {
    const name = '<img src=x onerror=alert(1)>\u202Eevil';
    expect(analyse({ target: '', rows: [row(name, '10', '1')] }).clients[0]!.name).toBe(name);
  });
});

describe('adviceFor', () => {
  test('draws the line between keep and reprice exactly at the yardstick', () => {
    expect(adviceFor(1)).toBe('keep');
    expect(adviceFor(0.9999)).toBe('reprice');
    expect(adviceFor(0.1)).toBe('reprice');
    expect(adviceFor(undefined)).toBe('none');
  });
});

describe('money', () => {
  test('the default currency follows the locale, and a chosen one wins when it exists', () => {
    expect(currencyFor(definition, 'fa').id).toBe('toman');
    expect(currencyFor(definition, 'en').id).toBe('usd');
    expect(currencyFor(definition, 'ar', 'egp').id).toBe('egp');
    expect(currencyFor(definition, 'ar', 'nope').id).toBe(definition.defaultCurrency.ar);
  });
  test('offers at least IRR, toman, AED, SAR, EGP, USD and EUR', () => {
    expect(definition.currencies.map((c) => c.id)).toEqual(expect.arrayContaining(['irr', 'toman', 'aed', 'sar', 'egp', 'usd', 'eur']));
  });
  test('formats ISO currencies with Intl in the locale’s digits, and the toman as number and word', () => {
    const usd = currencyFor(definition, 'en', 'usd');
    expect(formatMoney('en', 1200, usd)).toBe('$1,200.00');
    expect(formatMoney('fa', 1200, currencyFor(definition, 'fa', 'toman'), 'تومان')).toBe('۱٬۲۰۰\u00A0تومان');
    expect(formatMoney('ar', 1200, currencyFor(definition, 'ar', 'aed'))).toMatch(/١٬٢٠٠/);
    expect(formatMoney('en', 92.3077, usd, '', 0)).toBe('$92');
  });
  test('one number of decimals per column', () => {
    expect(columnDecimals([132, 92.3077], 2)).toBe(2);
    expect(columnDecimals([132, 90], 2)).toBe(0);
    expect(columnDecimals([], 2)).toBe(0);
  });
});

describe('profitabilityAnswer', () => {
  test('answers the self-assessment only when a target rate was given', () => {
    const withTarget = analyse({ target: '100', rows: [row('low', '50', '1'), row('high', '150', '1')] });
    expect(withTarget.clients.map((c) => profitabilityAnswer(c, withTarget))).toEqual(['no', 'yes']);
    const withoutTarget = analyse({ target: '', rows: [row('low', '50', '1'), row('high', '150', '1')] });
    expect(withoutTarget.clients.map((c) => profitabilityAnswer(c, withoutTarget))).toEqual([undefined, undefined]);
  });
});

describe('biggestImbalance', () => {
  test('points out the client that takes far more of the hours than of the revenue', () => {
    const result = analyse({ target: '', rows: [row('drain', '300', '80'), row('gem', '700', '20')] });
    expect(biggestImbalance(result)?.name).toBe('drain');
  });
  test('stays quiet below the gap, and with a single client', () => {
    expect(biggestImbalance(analyse({ target: '', rows: [row('a', '500', '55'), row('b', '500', '45')] }))).toBeUndefined();
    expect(biggestImbalance(analyse({ target: '', rows: [row('only', '10', '100')] }))).toBeUndefined();
  });
});

describe('saved calculator input', () => {
  test('starts with the requested number of empty rows and numbers new rows after the highest', () => {
    const fresh = emptyCalculator(3);
    expect(fresh.rows.map((r) => r.id)).toEqual(['row-1', 'row-2', 'row-3']);
    expect(nextRowId([emptyRow('row-2'), emptyRow('row-9')])).toBe('row-10');
    expect(nextRowId([])).toBe('row-1');
  });
  test('accepts what the calculator saves, hostile names included', () => {
    expect(isCalculatorInput({ target: '۱۰۰', rows: [{ id: 'row-1', name: '<img src=x onerror=alert(1)>', revenue: '1', hours: '2' }] })).toBe(true);
    expect(isCalculatorInput(emptyCalculator(2))).toBe(true);
  });
  test('refuses anything else', () => {
    expect(isCalculatorInput(null)).toBe(false);
    expect(isCalculatorInput({ target: 5, rows: [] })).toBe(false);
    expect(isCalculatorInput({ target: '', rows: [{ id: 'x', name: '', revenue: '', hours: '' }] })).toBe(false);
    expect(isCalculatorInput({ target: '', rows: [emptyRow('row-1'), emptyRow('row-1')] })).toBe(false);
    expect(isCalculatorInput({ target: '', rows: [{ id: 'row-1', name: 'x'.repeat(10_001), revenue: '', hours: '' }] })).toBe(false);
    expect(isCalculatorInput({ target: '', rows: [{ id: 'row-1', name: '', revenue: 5, hours: '' }] })).toBe(false);
    expect(isCalculatorInput({ target: '', rows: Array.from({ length: 101 }, (_, i) => emptyRow(`row-${i + 1}`)) })).toBe(false);
  });
});

describe('a client file’s row', () => {
  const rows = (...names: string[]) => ({
    target: '100',
    rows: names.map((name, i) => ({ id: `row-${i + 1}`, name, revenue: String(1000 * (i + 1)), hours: '10' })),
  });

  test('is the row with the client’s name, spaces and case aside', () => {
    expect(clientRowFor(analyse(rows('Birch', ' acme ')), 'Acme')?.id).toBe('row-2');
  });

  test('is the only row when it has no name, and nothing when rows cannot be told apart', () => {
    expect(clientRowFor(analyse(rows('')), 'Acme')?.id).toBe('row-1');
    expect(clientRowFor(analyse(rows('Birch')), 'Acme')).toBeUndefined();
    expect(clientRowFor(analyse(rows('Acme', 'acme')), 'Acme')).toBeUndefined();
    expect(clientRowFor(analyse(rows('', '')), 'Acme')).toBeUndefined();
  });

  test('a fresh calculator for a client starts with a row named after it', () => {
    const input = calculatorFor(' Acme ', 3);
    expect(input.rows.map((r) => r.name)).toEqual(['Acme', '', '']);
    expect(isCalculatorInput(input)).toBe(true);
  });
});
