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
 * `biggestImbalance` points out the client that takes far more of the hours than of the revenue.
 *
 * Advice, from the rate as a fraction of the yardstick (after Processome's STOP / REPRICE /
 * KEEP bands): at least 1 → `keep`; from `letGoBelow` (0.7 in the definition) up to 1 → `reprice`; below it →
 * `let-go` (the gap is too wide for a price rise alone to close). When the yardstick is 0
 * (every client's revenue is 0 and no target) there is nothing to compare with: `none`.
 */
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
}

export type Advice = 'keep' | 'reprice' | 'let-go' | 'none';

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
}

/** The calculator's settings from its definition (`content/tools/revenue-per-hour/`). */
export interface CalculatorRules {
  /** Below this fraction of the yardstick, repricing alone is unlikely to be enough. */
  letGoBelow: number;
}
/** Limits that catch a slipped finger (or a pasted ID number) rather than real amounts. */
export const limits = { revenue: 1e15, hours: 1e6, target: 1e12 } as const;

/** @example adviceFor({ letGoBelow: 0.7 }, 0.5) // 'let-go' */
export function adviceFor(rules: CalculatorRules, ofYardstick: number | undefined): Advice {
  if (ofYardstick === undefined) return 'none';
  if (ofYardstick >= 1) return 'keep';
  return ofYardstick >= rules.letGoBelow ? 'reprice' : 'let-go';
}

const isBlank = (row: ClientRowInput): boolean => row.name.trim() === '' && row.revenue.trim() === '' && row.hours.trim() === '';

/** Ranks the clients and compares each with the target rate and the portfolio average. */
export function analyse(rules: CalculatorRules, input: CalculatorInput): Analysis {
  const problems: FieldProblem[] = [];
  let target: number | undefined;
  if (input.target.trim() !== '') {
    const parsed = parseNumber(input.target, { max: limits.target, allowZero: false });
    if (parsed.ok) target = parsed.value;
    else problems.push({ rowId: 'target', field: 'target', reason: parsed.reason });
  }

  const usable: { id: string; name: string; revenue: number; hours: number }[] = [];
  for (const row of input.rows) {
    if (isBlank(row)) continue;
    const revenue = parseNumber(row.revenue, { max: limits.revenue });
    const hours = parseNumber(row.hours, { max: limits.hours, allowZero: false });
    if (!revenue.ok) problems.push({ rowId: row.id, field: 'revenue', reason: revenue.reason });
    if (!hours.ok) problems.push({ rowId: row.id, field: 'hours', reason: hours.reason });
    if (revenue.ok && hours.ok) usable.push({ id: row.id, name: row.name.trim(), revenue: revenue.value, hours: hours.value });
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
        advice: adviceFor(rules, ofYardstick),
      };
    });

  const notes: Note[] = [];
  if (clients.length === 0) notes.push('no-clients');
  if (clients.length === 1) notes.push('one-client');
  if (target === undefined && clients.length > 0) notes.push('no-target');
  return { clients, problems, target, average, yardstick, totalRevenue, totalHours, notes };
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
