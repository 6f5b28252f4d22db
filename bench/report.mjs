// @ts-check
/**
 * The benchmark's results and how they are printed and compared. Pure: no I/O.
 *
 * A result file (`bench-results/<timestamp>.json`) holds:
 *   { format: 'parting-ways-bench/1', startedAt, machine, options,
 *     sections: { [id]: title }, rows: Row[], notes: string[] }
 * One Row is one figure: `{ section, subject, metric, value, unit, kind?, budget?, peer? }`,
 * where `subject` is what was measured ("fa guide (red-flags)", "20/locale"), `kind` groups
 * subjects in the budget legend ("guide", "home"), `budget` is `{ max }` and/or `{ min }`,
 * and `peer` is Starlight's figure for the same thing. `value` is null when it could not be
 * measured. Rows are identified by section + subject + metric, which is what `--compare`
 * matches on.
 */

/** @typedef {'bytes' | 'ms' | 's' | 'count' | 'ratio' | 'score' | 'decimal'} Unit */
/** @typedef {{ max?: number, min?: number }} Budget */
/**
 * @typedef {object} Row
 * @property {string} section
 * @property {string} subject
 * @property {string} metric
 * @property {number | null} value
 * @property {Unit} unit
 * @property {string} [kind]
 * @property {Budget} [budget]
 * @property {number} [peer]
 */
/** @typedef {{ sections: Record<string, string>, rows: Row[], notes?: string[] }} Report */

/**
 * A figure for people: bytes in B/kB/MB (1 kB = 1000 B), times in ms or s.
 * @param {number | null | undefined} value
 * @param {Unit} unit
 * @example formatValue(51600, 'bytes') // '51.6 kB'
 */
export function formatValue(value, unit) {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  switch (unit) {
    case 'bytes':
      if (Math.abs(value) < 1000) return `${Math.round(value)} B`;
      if (Math.abs(value) < 1_000_000) return `${(value / 1000).toFixed(1)} kB`;
      if (Math.abs(value) < 1_000_000_000) return `${(value / 1_000_000).toFixed(1)} MB`;
      return `${(value / 1_000_000_000).toFixed(2)} GB`;
    case 'ms':
      return `${Math.round(value)} ms`;
    case 's':
      return `${value.toFixed(value < 10 ? 2 : 1)} s`;
    case 'ratio':
      return `${value.toFixed(2)}×`;
    case 'decimal':
      return value.toFixed(3);
    case 'count':
    case 'score':
      return String(Math.round(value));
  }
}

/**
 * ✓ when the value keeps its budget, ✗ when it does not, '' without a budget or a value.
 * @param {Pick<Row, 'value' | 'budget'>} row
 */
export function budgetMark(row) {
  if (!row.budget || row.value === null) return '';
  const { max, min } = row.budget;
  const ok = (max === undefined || row.value <= max) && (min === undefined || row.value >= min);
  return ok ? '✓' : '✗';
}

/**
 * @param {Budget} budget
 * @param {Unit} unit
 * @example describeBudget({ max: 2000 }, 'bytes') // '≤ 2.0 kB'
 */
export function describeBudget(budget, unit) {
  const parts = [];
  if (budget.min !== undefined) parts.push(`≥ ${formatValue(budget.min, unit)}`);
  if (budget.max !== undefined) parts.push(`≤ ${formatValue(budget.max, unit)}`);
  return parts.join(' and ');
}

/** Columns line up by what a terminal shows: ZWNJ, bidi marks and combining marks take no cell. */
export function displayWidth(/** @type {string} */ text) {
  return [...text].filter((ch) => !/[\u200b-\u200f\u2066-\u2069\p{M}]/u.test(ch)).length;
}

const pad = (/** @type {string} */ text, /** @type {number} */ width) => text + ' '.repeat(Math.max(0, width - displayWidth(text)));

/**
 * Lays rows of strings out as an aligned text table with a rule under the header.
 * @param {string[]} header
 * @param {string[][]} body
 */
export function textTable(header, body) {
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...body.map((r) => displayWidth(r[i] ?? ''))));
  const line = (/** @type {string[]} */ cells) =>
    cells
      .map((c, i) => pad(c, /** @type {number} */ (widths[i])))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

/**
 * Groups equal budgets (or peer figures) of one metric and names the kinds they apply to:
 * `JS ≤ 2.0 kB (guide, home)`.
 * @param {Row[]} rows
 * @param {(row: Row) => string | undefined} describe
 */
function legend(rows, describe) {
  /** @type {Map<string, Set<string>>} */
  const groups = new Map();
  for (const row of rows) {
    const text = describe(row);
    if (!text) continue;
    const label = `${row.metric} ${text}`;
    const kinds = groups.get(label) ?? new Set();
    kinds.add(row.kind ?? row.subject);
    groups.set(label, kinds);
  }
  return [...groups].map(([label, kinds]) => `${label} (${[...kinds].join(', ')})`);
}

/**
 * One section as a table: a line per subject, a column per metric, each figure followed by
 * ✓/✗ when it has a budget; then the budgets and Starlight's figures as a legend.
 * @param {string} title
 * @param {Row[]} rows
 */
export function renderSection(title, rows) {
  const subjects = [...new Set(rows.map((r) => r.subject))];
  const metrics = [...new Set(rows.map((r) => r.metric))];
  const body = subjects.map((subject) => [
    subject,
    ...metrics.map((metric) => {
      const row = rows.find((r) => r.subject === subject && r.metric === metric);
      if (!row) return '';
      const mark = budgetMark(row);
      return mark ? `${formatValue(row.value, row.unit)} ${mark}` : formatValue(row.value, row.unit);
    }),
  ]);
  const out = [title, textTable(['', ...metrics], body)];
  const budgetsLegend = legend(rows, (r) => (r.budget ? describeBudget(r.budget, r.unit) : undefined));
  if (budgetsLegend.length) out.push(`Budgets: ${budgetsLegend.join('; ')}`);
  const peerLegend = legend(rows, (r) => (r.peer !== undefined ? formatValue(r.peer, r.unit) : undefined));
  if (peerLegend.length) out.push(`Starlight: ${peerLegend.join('; ')}`);
  return out.join('\n');
}

/**
 * The whole report: every section in the order given, then the notes.
 * @param {Report} report
 */
export function renderReport(report) {
  const parts = Object.entries(report.sections).flatMap(([id, title]) => {
    const rows = report.rows.filter((r) => r.section === id);
    return rows.length > 0 ? [renderSection(title, rows)] : [];
  });
  const budgeted = report.rows.filter((r) => budgetMark(r));
  const missed = budgeted.filter((r) => budgetMark(r) === '✗').length;
  parts.push(`Budgets kept: ${budgeted.length - missed} of ${budgeted.length}.`);
  if (report.notes?.length) parts.push(`Notes:\n${report.notes.map((n) => `- ${n}`).join('\n')}`);
  return parts.join('\n\n');
}

const rowKey = (/** @type {Row} */ r) => `${r.section}\u0000${r.subject}\u0000${r.metric}`;

/**
 * @typedef {{ section: string, subject: string, metric: string, unit: Unit, old: number, new: number, ratio: number }} Comparison
 */

/**
 * New figures divided by old ones, for every figure both runs measured.
 * @param {readonly Row[]} oldRows
 * @param {readonly Row[]} newRows
 * @returns {{ compared: Comparison[], onlyOld: number, onlyNew: number }}
 */
export function compareRows(oldRows, newRows) {
  const old = new Map(oldRows.filter((r) => r.value !== null).map((r) => [rowKey(r), r]));
  /** @type {Comparison[]} */
  const compared = [];
  let onlyNew = 0;
  for (const row of newRows) {
    if (row.value === null) continue;
    const before = old.get(rowKey(row));
    if (!before || before.value === null) {
      onlyNew += 1;
      continue;
    }
    old.delete(rowKey(row));
    const ratio = before.value === 0 ? (row.value === 0 ? 1 : Infinity) : row.value / before.value;
    compared.push({ section: row.section, subject: row.subject, metric: row.metric, unit: row.unit, old: before.value, new: row.value, ratio });
  }
  return { compared, onlyOld: old.size, onlyNew };
}

/**
 * One line per figure compared: section id, subject, metric, both figures and new/old.
 * @param {ReturnType<typeof compareRows>} comparison
 */
export function renderComparison({ compared, onlyOld, onlyNew }) {
  const body = compared.map((c) => [
    c.section,
    c.subject,
    c.metric,
    formatValue(c.old, c.unit),
    formatValue(c.new, c.unit),
    Number.isFinite(c.ratio) ? `${c.ratio.toFixed(2)}×` : 'was 0',
  ]);
  const lines = [textTable(['section', 'subject', 'metric', 'old', 'new', 'new/old'], body)];
  if (onlyOld || onlyNew) lines.push(`Not compared: ${onlyOld} figure(s) only in the old run, ${onlyNew} only in the new one.`);
  return lines.join('\n');
}
