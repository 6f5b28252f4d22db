/**
 * Revenue per client hour: which clients pay for the time they take, and which do not.
 *
 * Input (`CalculatorInput`, also what is saved on the device when the reader opts in): the
 * reader's target rate and rows of client name, revenue and hours for one period, all as the
 * text the reader typed (any digit script; see `parse-number.ts`). Rows left entirely blank
 * are ignored.
 *
 * Output (`Analysis`):
 *   - `clients`: the usable rows ranked by revenue per hour, highest first (ties keep the
 *     reader's order), each with its share of revenue and of hours, its rate as a fraction
 *     of the yardstick and the advice that follows (`Advice`);
 *   - `problems`: one entry per field that could not be used, with the parser's reason
 *     (a row with a problem is left out of the ranking until it is fixed);
 *   - `yardstick`: the target rate when the reader gave one, otherwise the portfolio average
 *     (total revenue ÷ total hours, so a big client weighs more than a small one);
 *   - `notes`: facts the UI should say out loud (no target; a single client).
 *   - `leftOut`: how many non-blank rows have a problem and are left out; `complete` is
 *     true when none is. The UI shows no result while `complete` is false, or says how
 *     many clients were left out (`data-left-out`) — never a confident result built from
 *     part of the rows;
 *   - per client, `priceForTarget`: what the client would have to pay for the same hours
 *     to reach the target (target × hours), when there is a target.
 * `biggestImbalance` points out the client that takes far more of the hours than of the revenue.
 *
 * Advice, from the rate as a fraction of the yardstick: at least 1 → `keep`; below it →
 * `reprice`. There is deliberately no "let go below N %" band: as the money guide explains,
 * a low rate is first a reason for a conversation about price (`priceForTarget` is what to
 * ask for), and a client who refuses to move has given you the answer; a low figure alone
 * does not mean ending it (a reference or a new market may be worth it). When the
 * yardstick is 0 (every client's revenue is 0 and no target) there is nothing to compare
 * with: `none`.
 *
 * Money: `currencyFor()` picks the reader's currency (or the locale's default from the
 * definition) and `formatMoney()` writes an amount with `Intl.NumberFormat` in the
 * locale's digits; a unit without an ISO code (the toman) is the number plus its word.
 * `columnDecimals()` gives one number of decimals for a whole column, so 92.31 never
 * stands beside 132.
 *
 * API (for the islands): analyse(input) → Analysis; biggestImbalance(analysis);
 * profitabilityAnswer(client, analysis); currencyFor(settings, locale, chosen?) → Currency;
 * formatMoney(locale, amount, currency, unitWord?, decimals?) → string;
 * columnDecimals(values, max) → number; emptyCalculator(rows); isCalculatorInput(value);
 * clientRowFor(analysis, name) → the row of a client file's client; calculatorFor(name, rows).
 */
import type { Locale } from '../i18n/locales';
import { formatNumber } from '../i18n/format';
import { parseNumber, type ParseProblem } from './parse-number';

export interface ClientRowInput {
  /** Stable id of the row (for keys, labels and error links); not shown. */
  id: string;
  name: string;
  revenue: string;
  hours: string;
}

export interface CalculatorInput {
  target: string;
  rows: ClientRowInput[];
  /** The chosen currency id (`usd`, `toman`…); absent in data saved before currencies existed. */
  currency?: string;
}

export type Advice = 'keep' | 'reprice' | 'none';

export interface ClientFigures {
  id: string;
  name: string;
  revenue: number;
  hours: number;
  /** Revenue ÷ hours. */
  rate: number;
  /** 1 for the highest rate. */
  rank: number;
  shareOfRevenue: number;
  shareOfHours: number;
  /** `rate` ÷ the yardstick; undefined when the yardstick is 0. */
  ofYardstick: number | undefined;
  /** `rate` ÷ the portfolio average; undefined when the average is 0. */
  ofAverage: number | undefined;
  advice: Advice;
  /** Revenue that would reach the target for the same hours (target × hours); undefined without a target. */
  priceForTarget: number | undefined;
}

export type Field = 'revenue' | 'hours' | 'target';

export interface FieldProblem {
  /** The row's id, or `target`. */
  rowId: string;
  field: Field;
  reason: ParseProblem;
}

export type Note = 'no-target' | 'one-client' | 'no-clients';

export interface Analysis {
  clients: ClientFigures[];
  problems: FieldProblem[];
  target: number | undefined;
  average: number | undefined;
  yardstick: { kind: 'target' | 'average'; value: number } | undefined;
  totalRevenue: number;
  totalHours: number;
  notes: Note[];
  /** Non-blank rows left out because a figure in them cannot be used. */
  leftOut: number;
  /** True when no row and not the target has a problem: only then is the result whole. */
  complete: boolean;
}
/** Limits that catch a slipped finger (or a pasted ID number) rather than real amounts. */
export const limits = { revenue: 1e15, hours: 1e6, target: 1e12 } as const;

/** @example adviceFor(0.5) // 'reprice' */
export function adviceFor(ofYardstick: number | undefined): Advice {
  if (ofYardstick === undefined) return 'none';
  return ofYardstick >= 1 ? 'keep' : 'reprice';
}

const isBlank = (row: ClientRowInput): boolean => row.name.trim() === '' && row.revenue.trim() === '' && row.hours.trim() === '';

/** Ranks the clients and compares each with the target rate and the portfolio average. */
export function analyse(input: CalculatorInput): Analysis {
  const problems: FieldProblem[] = [];
  let target: number | undefined;
  if (input.target.trim() !== '') {
    const parsed = parseNumber(input.target, { max: limits.target, allowZero: false });
    if (parsed.ok) target = parsed.value;
    else problems.push({ rowId: 'target', field: 'target', reason: parsed.reason });
  }

  const usable: { id: string; name: string; revenue: number; hours: number }[] = [];
  let leftOut = 0;
  for (const row of input.rows) {
    if (isBlank(row)) continue;
    const revenue = parseNumber(row.revenue, { max: limits.revenue });
    const hours = parseNumber(row.hours, { max: limits.hours, allowZero: false });
    if (!revenue.ok) problems.push({ rowId: row.id, field: 'revenue', reason: revenue.reason });
    if (!hours.ok) problems.push({ rowId: row.id, field: 'hours', reason: hours.reason });
    if (revenue.ok && hours.ok) usable.push({ id: row.id, name: row.name.trim(), revenue: revenue.value, hours: hours.value });
    else leftOut++;
  }

  const totalRevenue = usable.reduce((sum, c) => sum + c.revenue, 0);
  const totalHours = usable.reduce((sum, c) => sum + c.hours, 0);
  const average = totalHours > 0 ? totalRevenue / totalHours : undefined;
  const yardstick =
    target !== undefined ? { kind: 'target' as const, value: target } : average !== undefined ? { kind: 'average' as const, value: average } : undefined;
  const ratio = (rate: number, of: number | undefined) => (of === undefined || of === 0 ? undefined : rate / of);

  const clients = usable
    .map((c, index) => ({ ...c, index, rate: c.revenue / c.hours }))
    .sort((a, b) => b.rate - a.rate || a.index - b.index)
    .map(({ index: _index, ...c }, position): ClientFigures => {
      const ofYardstick = ratio(c.rate, yardstick?.value);
      return {
        ...c,
        rank: position + 1,
        shareOfRevenue: totalRevenue > 0 ? c.revenue / totalRevenue : 0,
        shareOfHours: c.hours / totalHours,
        ofYardstick,
        ofAverage: ratio(c.rate, average),
        advice: adviceFor(ofYardstick),
        priceForTarget: target === undefined ? undefined : target * c.hours,
      };
    });

  const notes: Note[] = [];
  if (clients.length === 0) notes.push('no-clients');
  if (clients.length === 1) notes.push('one-client');
  if (target === undefined && clients.length > 0) notes.push('no-target');
  return { clients, problems, target, average, yardstick, totalRevenue, totalHours, notes, leftOut, complete: problems.length === 0 };
}

/** A currency the reader can choose (from the calculator's definition). */
export interface Currency {
  id: string;
  /** ISO 4217 code; absent for a unit that is not one (the toman). */
  iso?: string | undefined;
  decimals: number;
}

export interface CurrencySettings {
  currencies: readonly Currency[];
  defaultCurrency: Readonly<Record<Locale, string>>;
}

/** The reader's currency if it is one of the settings', else the locale's default. */
export function currencyFor(settings: CurrencySettings, locale: Locale, chosen?: string): Currency {
  const find = (id: string | undefined) => settings.currencies.find((c) => c.id === id);
  return find(chosen) ?? find(settings.defaultCurrency[locale]) ?? settings.currencies[0]!;
}

/**
 * An amount in a currency, in the locale's digits. ISO currencies go through
 * `Intl.NumberFormat` (`style: 'currency'`); a unit without a code is the number followed
 * by `unitWord` (`۱۲٬۰۰۰ تومان`).
 * @example formatMoney('en', 1200, { id: 'usd', iso: 'USD', decimals: 2 }) // '$1,200.00'
 */
export function formatMoney(locale: Locale, amount: number, currency: Currency, unitWord = '', decimals = currency.decimals): string {
  const digits = { minimumFractionDigits: decimals, maximumFractionDigits: decimals };
  if (currency.iso) return formatNumber(locale, amount, { style: 'currency', currency: currency.iso, currencyDisplay: 'narrowSymbol', ...digits });
  const number = formatNumber(locale, amount, digits);
  return unitWord ? `${number}\u00A0${unitWord}` : number;
}

/**
 * One number of decimals for a column: 0 when every value is whole at `max` decimals,
 * otherwise `max` (so 92.31 and 132.00 line up instead of 92.31 beside 132).
 * @example columnDecimals([132, 92.3077], 2) // 2
 */
export function columnDecimals(values: readonly number[], max: number): number {
  const factor = 10 ** max;
  return values.every((v) => Math.round(v * factor) % factor === 0) ? 0 : max;
}

/** How far a client's share of hours must exceed its share of revenue before it is pointed out. */
export const imbalanceGap = 0.15;

/**
 * The client whose share of your hours most exceeds its share of your revenue ("30 % of
 * the revenue, 80 % of the time"), when there are at least two clients and the gap is at
 * least `imbalanceGap`.
 */
export function biggestImbalance(analysis: Analysis): ClientFigures | undefined {
  if (analysis.clients.length < 2) return undefined;
  let worst: ClientFigures | undefined;
  for (const c of analysis.clients) {
    const gap = c.shareOfHours - c.shareOfRevenue;
    if (gap >= imbalanceGap && (!worst || gap > worst.shareOfHours - worst.shareOfRevenue)) worst = c;
  }
  return worst;
}

/**
 * What the calculator can tell the self-assessment's `unprofitable` question about one
 * client: `yes` when its rate is below the reader's target, `no` when it meets it. Only a
 * target says whether work pays; being below the portfolio average does not, so without a
 * target there is nothing to pass on.
 */
export function profitabilityAnswer(client: ClientFigures, analysis: Analysis): 'yes' | 'no' | undefined {
  if (analysis.yardstick?.kind !== 'target' || client.ofYardstick === undefined) return undefined;
  return client.ofYardstick < 1 ? 'yes' : 'no';
}

/** Longest client name kept (the chart and table shorten it on screen; the full text stays in the field). */
export const maxNameLength = 10_000;
/** Longest amount field, in characters. */
export const maxAmountLength = 60;
/** Most rows accepted from saved or imported data. */
export const maxSavedRows = 100;

/** An empty row with the given id. */
export const emptyRow = (id: string): ClientRowInput => ({ id, name: '', revenue: '', hours: '' });

/** A fresh calculator with `rows` empty rows (`row-1`, `row-2`, …). */
export function emptyCalculator(rows: number): CalculatorInput {
  return { target: '', rows: Array.from({ length: rows }, (_, i) => emptyRow(`row-${i + 1}`)) };
}

/** The id for a new row: one more than the highest `row-<n>` in use. */
export function nextRowId(rows: readonly ClientRowInput[]): string {
  const highest = rows.reduce((max, r) => Math.max(max, Number(/^row-(\d+)$/.exec(r.id)?.[1] ?? 0)), 0);
  return `row-${highest + 1}`;
}

const isText = (value: unknown, max: number): value is string => typeof value === 'string' && value.length <= max;

/** Checks saved or imported calculator input; anything else counts as corrupt. */
export function isCalculatorInput(value: unknown): value is CalculatorInput {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const rows = v['rows'];
  if (v['currency'] !== undefined && !(typeof v['currency'] === 'string' && /^[a-z0-9-]{1,20}$/.test(v['currency']))) return false;
  if (!isText(v['target'], maxAmountLength) || !Array.isArray(rows) || rows.length > maxSavedRows) return false;
  const ids = new Set<string>();
  for (const row of rows as unknown[]) {
    if (typeof row !== 'object' || row === null) return false;
    const r = row as Record<string, unknown>;
    if (typeof r['id'] !== 'string' || !/^row-\d{1,4}$/.test(r['id']) || ids.has(r['id'])) return false;
    ids.add(r['id']);
    if (!isText(r['name'], maxNameLength) || !isText(r['revenue'], maxAmountLength) || !isText(r['hours'], maxAmountLength)) return false;
  }
  return true;
}

const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/**
 * The analysed row that stands for a client file's client: the one with its name (trimmed,
 * case ignored), or the only row when there is just one. Undefined when no row can be told
 * apart, so a figure is never saved against the wrong client.
 * @example clientRowFor(analyse(input), 'Acme')?.rate // 150
 */
export function clientRowFor(analysis: Analysis, name: string): ClientFigures | undefined {
  const named = name.trim() === '' ? [] : analysis.clients.filter((c) => sameName(c.name, name));
  if (named.length === 1) return named[0];
  if (named.length === 0 && analysis.clients.length === 1 && analysis.clients[0]!.name === '') return analysis.clients[0];
  return undefined;
}

/** A fresh calculator for a client file's client: `rows` empty rows, the first named after the client. */
export function calculatorFor(name: string, rows: number): CalculatorInput {
  const fresh = emptyCalculator(rows);
  const [first, ...rest] = fresh.rows;
  return first ? { ...fresh, rows: [{ ...first, name: name.trim() }, ...rest] } : fresh;
}
