/**
 * The revenue-per-hour calculator island: the target rate and rows of client, revenue and
 * hours (add / remove rows), an error summary naming every figure it cannot use (from
 * `parse-number.ts`, so `NaN` or `Infinity` never reach the screen), and the ranking as a
 * bar chart with the target line plus the same figures in a table. Its result can answer
 * the self-assessment's profitability question through `tool-handoff.ts` (session storage,
 * never the URL).
 *
 * Client names are the reader's own text: rendered as text only (never as markup),
 * isolated with `<bdi>` (FSI…PDI inside SVG) and shortened on screen, never in the field.
 * Without JavaScript the fields render but cannot be submitted; the rules beside the
 * island (RevenuePerHour.astro) show how to do the sums by hand.
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { ComponentChildren, TargetedSubmitEvent } from 'preact';
import { formatNumber } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import { fillTemplate, splitTemplate } from '../../i18n/template';
import { isolate, truncateGraphemes } from '../../lib/display-text';
import {
  analyse,
  biggestImbalance,
  emptyCalculator,
  emptyRow,
  isCalculatorInput,
  maxAmountLength,
  maxNameLength,
  nextRowId,
  profitabilityAnswer,
  type Analysis,
  type CalculatorInput,
  type CalculatorRules,
  type ClientFigures,
  type FieldProblem,
} from '../../lib/revenue-per-hour';
import type { StoreSpec } from '../../lib/storage';
import { encodeHandoff, handoffKey } from '../../lib/tool-handoff';
import type { ToolUi } from '../../lib/tools';
import { ErrorSummary, useErrorTitle } from '../shared/ErrorSummary';
import { SaveControls } from '../shared/SaveControls';
import { useSavedAnswers } from '../shared/useSavedAnswers';
import './revenue-per-hour.css';

export interface RevenuePerHourProps {
  locale: Locale;
  spec: StoreSpec;
  ui: ToolUi;
  settings: CalculatorRules & { initialRows: number; maxRows: number };
  strings: Readonly<Record<string, string>>;
  /** The self-assessment's page, for handing over a client's profitability. */
  assessmentHref: string;
  title: string;
  standalone: boolean;
  dir: 'ltr' | 'rtl';
}

/** Characters of a client name shown in the chart; the table and the field keep all of it. */
const chartNameLength = 36;

export default function RevenuePerHour({ locale, spec, ui, settings, strings, assessmentHref, title, standalone, dir }: RevenuePerHourProps) {
  const id = useId();
  const s = (key: string) => strings[key] ?? key;
  const empty = useRef(emptyCalculator(settings.initialRows)).current;
  const [input, setInput] = useState<CalculatorInput>(empty);
  const store = useSavedAnswers({ spec, locale, validate: isCalculatorInput, value: input, apply: setInput, empty });
  const [submitted, setSubmitted] = useState(false);
  const [status, setStatus] = useState('');
  const [focusRequest, setFocusRequest] = useState<{ to: string; n: number }>();

  const analysis = analyse(settings, input);
  const problems = submitted ? analysis.problems : [];
  const showResult = submitted && analysis.clients.length > 0;

  useEffect(() => {
    if (!focusRequest) return;
    document.getElementById(focusRequest.to)?.focus();
  }, [focusRequest]);

  // After "forget", the calculator is empty again: hide the result with the figures.
  useEffect(() => {
    if (input === empty) setSubmitted(false);
  }, [input]);

  useErrorTitle(s('error.titlePrefix'), problems.length > 0, store.ready);

  const requestFocus = (to: string) => setFocusRequest((current) => ({ to, n: (current?.n ?? 0) + 1 }));
  const clientLabel = (rowId: string) => {
    const index = input.rows.findIndex((r) => r.id === rowId);
    const name = input.rows[index]?.name.trim();
    return name || fillTemplate(locale, s('row.unnamed'), { n: index + 1 });
  };
  const fieldId = (rowId: string, field: string) => (rowId === 'target' ? `${id}-target` : `${id}-${rowId}-${field}`);
  const problemOf = (rowId: string, field: string) => problems.find((p) => p.rowId === rowId && p.field === field);
  const problemText = (p: FieldProblem) => s(p.field === 'hours' && p.reason === 'zero' ? 'problem.hours.zero' : `problem.${p.reason}`);

  const setRow = (rowId: string, field: 'name' | 'revenue' | 'hours', value: string) =>
    setInput((current) => ({ ...current, rows: current.rows.map((r) => (r.id === rowId ? { ...r, [field]: value } : r)) }));
  const addRow = () => {
    if (input.rows.length >= settings.maxRows) return;
    const rowId = nextRowId(input.rows);
    setInput((current) => ({ ...current, rows: [...current.rows, emptyRow(rowId)] }));
    setStatus(fillTemplate(locale, s('row.added'), { n: input.rows.length + 1 }));
    requestFocus(fieldId(rowId, 'name'));
  };
  const removeRow = (rowId: string) => {
    const label = clientLabel(rowId);
    setInput((current) => ({ ...current, rows: current.rows.filter((r) => r.id !== rowId) }));
    setStatus(fillTemplate(locale, s('row.removed'), { client: isolate(truncateGraphemes(label, 60)) }));
    requestFocus(`${id}-add`);
  };

  const onSubmit = (event: TargetedSubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitted(true);
    requestFocus(analysis.problems.length > 0 ? `${id}-errors` : `${id}-result`);
  };

  const rate = (value: number) => formatNumber(locale, value, { maximumFractionDigits: value < 100 ? 2 : 0 });
  const percent = (value: number) => formatNumber(locale, value, { style: 'percent', maximumFractionDigits: 0 });

  const asText = () => {
    const lines = [title];
    if (analysis.yardstick)
      lines.push(fillTemplate(locale, s(analysis.yardstick.kind === 'target' ? 'result.target' : 'result.average'), { rate: rate(analysis.yardstick.value) }));
    for (const c of analysis.clients)
      lines.push(`${formatNumber(locale, c.rank)}. ${c.name || clientLabel(c.id)}: ${rate(c.rate)} (${s(`advice.${c.advice}`)})`);
    return lines.join('\n');
  };

  const H = standalone ? 'h2' : 'h3';
  const H2 = standalone ? 'h3' : 'h4';
  const targetProblem = problemOf('target', 'target');

  return (
    <div class="rph" data-ready={store.ready ? '' : undefined}>
      {!store.ready && (
        <p class="rph__no-js notice" data-print-hide>
          {s('nojs')}
        </p>
      )}
      <form class="rph__form" noValidate onSubmit={onSubmit} aria-label={title}>
        {problems.length > 0 && (
          <ErrorSummary id={`${id}-errors`} title={s('error.heading')}>
            {problems.map((p) => (
              <li key={`${p.rowId}-${p.field}`}>
                <a
                  href={`#${fieldId(p.rowId, p.field)}`}
                  onClick={(event) => {
                    event.preventDefault();
                    requestFocus(fieldId(p.rowId, p.field));
                  }}
                >
                  <Filled template={s(`field.${p.field}`)} values={{ client: <ClientName name={clientLabel(p.rowId)} /> }} />: {problemText(p)}
                </a>
              </li>
            ))}
          </ErrorSummary>
        )}
        <p class="rph__hint">{s('period.hint')}</p>
        <div class={targetProblem ? 'rph__field rph__field--error' : 'rph__field'}>
          <label for={`${id}-target`}>{s('target.label')}</label>
          <p id={`${id}-target-hint`} class="rph__field-hint">
            {s('target.hint')}
          </p>
          {targetProblem && (
            <p id={`${id}-target-error`} class="rph__error">
              {problemText(targetProblem)}
            </p>
          )}
          <input
            type="text"
            inputMode="decimal"
            id={`${id}-target`}
            data-field="target"
            autoComplete="off"
            maxLength={maxAmountLength}
            value={input.target}
            aria-describedby={targetProblem ? `${id}-target-hint ${id}-target-error` : `${id}-target-hint`}
            aria-invalid={targetProblem ? 'true' : undefined}
            onInput={(event) => {
              const value = event.currentTarget.value;
              setInput((current) => ({ ...current, target: value }));
            }}
          />
        </div>
        <fieldset class="rph__rows">
          <legend>{s('rows.heading')}</legend>
          <ol class="rph__row-list">
            {input.rows.map((row, index) => (
              <li key={row.id} class="rph__row" data-row={row.id}>
                <fieldset class="rph__row-fields">
                  <legend class="rph__row-legend">{fillTemplate(locale, s('row.legend'), { n: index + 1 })}</legend>
                  <div class="rph__field rph__field--name">
                    <label for={fieldId(row.id, 'name')}>{s('row.name')}</label>
                    <input
                      type="text"
                      id={fieldId(row.id, 'name')}
                      data-field="name"
                      dir="auto"
                      autoComplete="off"
                      maxLength={maxNameLength}
                      value={row.name}
                      onInput={(event) => setRow(row.id, 'name', event.currentTarget.value)}
                    />
                  </div>
                  <AmountField
                    id={fieldId(row.id, 'revenue')}
                    field="revenue"
                    label={s('row.revenue')}
                    value={row.revenue}
                    problem={problemOf(row.id, 'revenue')}
                    problemText={problemText}
                    onValue={(v) => setRow(row.id, 'revenue', v)}
                  />
                  <AmountField
                    id={fieldId(row.id, 'hours')}
                    field="hours"
                    label={s('row.hours')}
                    hint={s('row.hoursHint')}
                    value={row.hours}
                    problem={problemOf(row.id, 'hours')}
                    problemText={problemText}
                    onValue={(v) => setRow(row.id, 'hours', v)}
                  />
                  {store.ready && input.rows.length > 1 && (
                    <button type="button" class="rph__remove" data-remove-row={row.id} onClick={() => removeRow(row.id)}>
                      <Filled template={s('row.remove')} values={{ client: <ClientName name={clientLabel(row.id)} /> }} />
                    </button>
                  )}
                </fieldset>
              </li>
            ))}
          </ol>
          {store.ready && (
            <p class="rph__add">
              <button
                type="button"
                id={`${id}-add`}
                data-add-row
                onClick={addRow}
                disabled={input.rows.length >= settings.maxRows}
                aria-describedby={input.rows.length >= settings.maxRows ? `${id}-max` : undefined}
              >
                {s('row.add')}
              </button>
              {input.rows.length >= settings.maxRows && (
                <span id={`${id}-max`} class="rph__field-hint">
                  {' '}
                  {fillTemplate(locale, s('row.max'), { max: settings.maxRows })}
                </span>
              )}
            </p>
          )}
        </fieldset>
        <button type="submit" class="button--primary rph__submit" hidden={!store.ready} disabled={!store.ready} data-print-hide>
          {s('submit')}
        </button>
        <p class="visually-hidden" role="status" data-row-status>
          {status}
        </p>
      </form>

      {submitted && (
        <section class="rph-result" aria-labelledby={`${id}-result`} data-result>
          <H id={`${id}-result`} tabIndex={-1}>
            {s('result.heading')}
          </H>
          {showResult ? (
            <Result
              analysis={analysis}
              locale={locale}
              dir={dir}
              s={s}
              rate={rate}
              percent={percent}
              clientLabel={clientLabel}
              H2={H2}
              assessmentHref={assessmentHref}
              chartId={`${id}-chart`}
            />
          ) : (
            <p>{s('result.empty')}</p>
          )}
        </section>
      )}

      <SaveControls saved={store} locale={locale} ui={ui} textToCopy={asText} />
    </div>
  );
}

interface AmountFieldProps {
  id: string;
  field: 'revenue' | 'hours';
  label: string;
  hint?: string;
  value: string;
  problem: FieldProblem | undefined;
  problemText: (p: FieldProblem) => string;
  onValue: (value: string) => void;
}

function AmountField({ id, field, label, hint, value, problem, problemText, onValue }: AmountFieldProps) {
  const describedBy = [hint ? `${id}-hint` : '', problem ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class={problem ? `rph__field rph__field--${field} rph__field--error` : `rph__field rph__field--${field}`}>
      <label for={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} class="rph__field-hint">
          {hint}
        </p>
      )}
      {problem && (
        <p id={`${id}-error`} class="rph__error">
          {problemText(problem)}
        </p>
      )}
      <input
        type="text"
        inputMode="decimal"
        id={id}
        data-field={field}
        autoComplete="off"
        maxLength={maxAmountLength}
        value={value}
        aria-describedby={describedBy}
        aria-invalid={problem ? 'true' : undefined}
        onInput={(event) => onValue(event.currentTarget.value)}
      />
    </div>
  );
}

/** A reader-typed client name: isolated, never markup, shortened by CSS with the full text kept. */
function ClientName({ name }: { name: string }) {
  return <bdi class="rph__name">{name}</bdi>;
}

/** A template whose `{placeholders}` are filled with elements (so names keep their `<bdi>`). */
function Filled({ template, values }: { template: string; values: Record<string, ComponentChildren> }) {
  return <>{splitTemplate(template).map((part, i) => ('text' in part ? part.text : <span key={i}>{values[part.name] ?? `{${part.name}}`}</span>))}</>;
}

/** A list of client names in the locale's list style, each name isolated. */
function NameList({ locale, names }: { locale: Locale; names: string[] }) {
  const parts = new Intl.ListFormat(locale, { type: 'conjunction' }).formatToParts(names);
  return <>{parts.map((part, i) => (part.type === 'element' ? <ClientName key={i} name={part.value} /> : part.value))}</>;
}

interface ResultProps {
  analysis: Analysis;
  locale: Locale;
  dir: 'ltr' | 'rtl';
  s: (key: string) => string;
  rate: (value: number) => string;
  percent: (value: number) => string;
  clientLabel: (rowId: string) => string;
  H2: 'h3' | 'h4';
  assessmentHref: string;
  chartId: string;
}

function Result({ analysis, locale, dir, s, rate, percent, clientLabel, H2, assessmentHref, chartId }: ResultProps) {
  const { clients, yardstick } = analysis;
  const nameOf = (c: ClientFigures) => c.name || clientLabel(c.id);
  const reprice = clients.filter((c) => c.advice === 'reprice').map(nameOf);
  const letGo = clients.filter((c) => c.advice === 'let-go').map(nameOf);
  const imbalance = biggestImbalance(analysis);
  const ofKey = yardstick?.kind === 'target' ? 'table.ofTarget' : 'table.ofAverage';

  const handOver = (c: ClientFigures) => {
    const answer = profitabilityAnswer(c, analysis);
    if (!answer || c.ofYardstick === undefined) return;
    try {
      sessionStorage.setItem(handoffKey, encodeHandoff({ answer, ofTarget: c.ofYardstick, at: Date.now() }));
    } catch {
      // Storage refused: the self-assessment opens without the answer filled in.
    }
  };

  return (
    <>
      {yardstick && (
        <p class="rph-result__yardstick" data-yardstick={yardstick.kind}>
          {fillTemplate(locale, s(yardstick.kind === 'target' ? 'result.target' : 'result.average'), { rate: rate(yardstick.value) })}
        </p>
      )}
      {analysis.average !== undefined && yardstick?.kind === 'target' && (
        <p class="rph-result__yardstick">{fillTemplate(locale, s('result.average'), { rate: rate(analysis.average) })}</p>
      )}
      {analysis.notes.includes('no-target') && <p class="notice">{s('note.no-target')}</p>}
      {analysis.notes.includes('one-client') && <p class="notice">{s('note.one-client')}</p>}
      <ul class="rph-result__summary" data-summary>
        {reprice.length === 0 && letGo.length === 0 && clients.every((c) => c.advice === 'keep') && <li>{s('summary.allKeep')}</li>}
        {reprice.length > 0 && (
          <li data-summary-advice="reprice">
            <Filled template={s('summary.reprice')} values={{ clients: <NameList locale={locale} names={reprice} /> }} />
          </li>
        )}
        {letGo.length > 0 && (
          <li data-summary-advice="let-go">
            <Filled template={s('summary.let-go')} values={{ clients: <NameList locale={locale} names={letGo} /> }} />
          </li>
        )}
        {imbalance && (
          <li data-imbalance>
            <Filled
              template={s('summary.imbalance')}
              values={{ client: <ClientName name={nameOf(imbalance)} />, hours: percent(imbalance.shareOfHours), revenue: percent(imbalance.shareOfRevenue) }}
            />
          </li>
        )}
      </ul>

      <figure class="rph-chart">
        <BarChart id={chartId} analysis={analysis} dir={dir} s={s} locale={locale} rate={rate} nameOf={nameOf} />
      </figure>

      <div class="rph-table" role="region" aria-labelledby={`${chartId}-caption`} tabIndex={0}>
        <table data-ranking>
          <caption id={`${chartId}-caption`}>{s('table.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{s('table.rank')}</th>
              <th scope="col">{s('table.client')}</th>
              <th scope="col">{s('table.rate')}</th>
              <th scope="col">{s(ofKey)}</th>
              <th scope="col">{s('table.shareRevenue')}</th>
              <th scope="col">{s('table.shareHours')}</th>
              <th scope="col">{s('table.advice')}</th>
            </tr>
          </thead>
          <tbody>
            {clients.map((c) => (
              <tr key={c.id} data-client-row={c.id} data-advice={c.advice}>
                <td>{formatNumber(locale, c.rank)}</td>
                <th scope="row" class="rph-table__name">
                  <ClientName name={nameOf(c)} />
                </th>
                <td data-rate>{rate(c.rate)}</td>
                <td>{c.ofYardstick === undefined ? '—' : percent(c.ofYardstick)}</td>
                <td>{percent(c.shareOfRevenue)}</td>
                <td>{percent(c.shareOfHours)}</td>
                <td>{s(`advice.${c.advice}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <H2>{s('handoff.heading')}</H2>
      {yardstick?.kind === 'target' ? (
        <>
          <p>{s('handoff.intro')}</p>
          <ul class="rph-result__handoff">
            {clients.map((c) => (
              <li key={c.id}>
                <a href={assessmentHref} data-handoff={c.id} onClick={() => handOver(c)}>
                  <Filled template={s('handoff.button')} values={{ client: <ClientName name={nameOf(c)} /> }} />
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p class="muted">{s('handoff.needsTarget')}</p>
      )}
    </>
  );
}

interface BarChartProps {
  id: string;
  analysis: Analysis;
  dir: 'ltr' | 'rtl';
  locale: Locale;
  s: (key: string) => string;
  rate: (value: number) => string;
  nameOf: (c: ClientFigures) => string;
}

/**
 * Horizontal bars, highest rate first, each with its client's name above it, and a line at
 * the yardstick. Positions are in percent of the width (so text keeps its size on narrow
 * screens) and computed from the inline start, then mirrored for right-to-left; text
 * anchors stay logical because the SVG's `direction` follows the page.
 */
function BarChart({ id, analysis, dir, s, rate, nameOf, locale }: BarChartProps) {
  const { clients, yardstick } = analysis;
  /** Bars use this share of the width; the rest holds the value after the longest bar. */
  const barSpan = 76;
  const rowHeight = 48;
  const top = 30;
  const height = top + clients.length * rowHeight + 4;
  const scale = Math.max(yardstick?.value ?? 0, ...clients.map((c) => c.rate)) || 1;
  const x = (percentFromStart: number) => `${dir === 'rtl' ? 100 - percentFromStart : percentFromStart}%`;
  const lineAt = yardstick ? (yardstick.value / scale) * barSpan : undefined;

  return (
    <svg id={id} class="rph-chart__svg" width="100%" height={height} direction={dir} role="img" aria-labelledby={`${id}-title ${id}-desc`} data-chart>
      <title id={`${id}-title`}>{s('chart.title')}</title>
      <desc id={`${id}-desc`}>{s('chart.desc')}</desc>
      {clients.map((c, i) => {
        const y = top + i * rowHeight;
        const length = Math.max((c.rate / scale) * barSpan, 0.4);
        return (
          <g key={c.id} data-bar={c.id}>
            <text x={x(0)} y={y + 14} text-anchor="start" class="rph-chart__label">
              <title>{isolate(nameOf(c))}</title>
              {isolate(truncateGraphemes(nameOf(c), chartNameLength))}
            </text>
            <rect x={x(dir === 'rtl' ? length : 0)} y={y + 20} width={`${length}%`} height={20} class={`rph-chart__bar rph-chart__bar--${c.advice}`} />
            <text x={x(length + 1)} y={y + 30} text-anchor="start" dominant-baseline="middle" class="rph-chart__value">
              {rate(c.rate)}
            </text>
          </g>
        );
      })}
      {yardstick && lineAt !== undefined && (
        <g data-yardstick-line={yardstick.kind}>
          <line x1={x(lineAt)} x2={x(lineAt)} y1={top - 6} y2={height - 4} class="rph-chart__line" />
          <text x={x(lineAt)} y={14} text-anchor={lineAt < 12 ? 'start' : 'middle'} class="rph-chart__line-label">
            {fillTemplate(locale, s(yardstick.kind === 'target' ? 'chart.target' : 'chart.average'), { rate: rate(yardstick.value) })}
          </text>
        </g>
      )}
    </svg>
  );
}
