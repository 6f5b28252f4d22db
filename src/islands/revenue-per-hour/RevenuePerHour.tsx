/**
 * The revenue-per-hour calculator island: the target rate and rows of client, revenue and
 * hours (add / remove rows), an error summary naming every figure it cannot use (from
 * `parse-number.ts`, so `NaN` or `Infinity` never reach the screen), and the ranking as a
 * bar chart with the target line plus the same figures in a table. Its result can answer
 * the self-assessment's profitability question through `tool-handoff.ts` (session storage,
 * never the URL).
 *
 * The parts: CalculatorForm.tsx (the fields), CalculatorResult.tsx (summary, table,
 * hand-off) and BarChart.tsx. Client names are the reader's own text: rendered as text only (never as markup),
 * isolated with `<bdi>` (FSI…PDI inside SVG) and shortened on screen, never in the field.
 * Without JavaScript the fields render but cannot be submitted; the rules beside the
 * island (RevenuePerHour.astro) show how to do the sums by hand.
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { TargetedSubmitEvent } from 'preact';
import { formatNumber } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import { fillTemplate } from '../../i18n/template';
import type { ToolUi } from '../../i18n/translate';
import { isolate, truncateGraphemes } from '../../lib/display-text';
import { toolHeading } from '../../lib/headings';
import { analyse, emptyCalculator, emptyRow, isCalculatorInput, nextRowId, type CalculatorInput, type CalculatorRules, type FieldProblem } from '../../lib/revenue-per-hour';
import type { StoreSpec } from '../../lib/storage';
import { useErrorTitle } from '../shared/ErrorSummary';
import { SaveControls } from '../shared/SaveControls';
import { useFocusAfterRender } from '../shared/useFocusAfterRender';
import { useSavedAnswers } from '../shared/useSavedAnswers';
import { CalculatorForm } from './CalculatorForm';
import { CalculatorResult } from './CalculatorResult';
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

export default function RevenuePerHour({ locale, spec, ui, settings, strings, assessmentHref, title, standalone, dir }: RevenuePerHourProps) {
  const id = useId();
  const s = (key: string) => strings[key] ?? key;
  const empty = useRef(emptyCalculator(settings.initialRows)).current;
  const [input, setInput] = useState<CalculatorInput>(empty);
  const store = useSavedAnswers({ spec, locale, validate: isCalculatorInput, value: input, apply: setInput, empty });
  const [submitted, setSubmitted] = useState(false);
  const [status, setStatus] = useState('');
  const focusAfterRender = useFocusAfterRender();

  const analysis = analyse(settings, input);
  const problems = submitted ? analysis.problems : [];
  const showResult = submitted && analysis.clients.length > 0;

  // After "forget", the calculator is empty again: hide the result with the figures.
  useEffect(() => {
    if (input === empty) setSubmitted(false);
  }, [input]);

  useErrorTitle(s('error.titlePrefix'), problems.length > 0, store.ready);

  const focusId = (elementId: string) => focusAfterRender(() => document.getElementById(elementId));
  const clientLabel = (rowId: string) => {
    const index = input.rows.findIndex((r) => r.id === rowId);
    const name = input.rows[index]?.name.trim();
    return name || fillTemplate(locale, s('row.unnamed'), { n: index + 1 });
  };
  const fieldId = (rowId: string, field: string) => (rowId === 'target' ? `${id}-target` : `${id}-${rowId}-${field}`);
  const problemText = (p: FieldProblem) => s(p.field === 'hours' && p.reason === 'zero' ? 'problem.hours.zero' : `problem.${p.reason}`);

  const setRow = (rowId: string, field: 'name' | 'revenue' | 'hours', value: string) =>
    setInput((current) => ({ ...current, rows: current.rows.map((r) => (r.id === rowId ? { ...r, [field]: value } : r)) }));
  const addRow = () => {
    if (input.rows.length >= settings.maxRows) return;
    const rowId = nextRowId(input.rows);
    setInput((current) => ({ ...current, rows: [...current.rows, emptyRow(rowId)] }));
    setStatus(fillTemplate(locale, s('row.added'), { n: input.rows.length + 1 }));
    focusId(fieldId(rowId, 'name'));
  };
  const removeRow = (rowId: string) => {
    const label = clientLabel(rowId);
    setInput((current) => ({ ...current, rows: current.rows.filter((r) => r.id !== rowId) }));
    setStatus(fillTemplate(locale, s('row.removed'), { client: isolate(truncateGraphemes(label, 60)) }));
    focusId(`${id}-add`);
  };

  const onSubmit = (event: TargetedSubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitted(true);
    focusId(analysis.problems.length > 0 ? `${id}-errors` : `${id}-result`);
  };

  const rate = (value: number) => formatNumber(locale, value, { maximumFractionDigits: value < 100 ? 2 : 0 });
  const percent = (value: number) => formatNumber(locale, value, { style: 'percent', maximumFractionDigits: 0 });

  const asText = () => {
    const lines = [title];
    if (analysis.yardstick) lines.push(fillTemplate(locale, s(analysis.yardstick.kind === 'target' ? 'result.target' : 'result.average'), { rate: rate(analysis.yardstick.value) }));
    for (const c of analysis.clients) lines.push(`${formatNumber(locale, c.rank)}. ${c.name || clientLabel(c.id)}: ${rate(c.rate)} (${s(`advice.${c.advice}`)})`);
    return lines.join('\n');
  };

  const H = toolHeading(standalone);

  return (
    <div class="rph" data-ready={store.ready ? '' : undefined}>
      {!store.ready && <p class="rph__no-js notice" data-print-hide>{s('nojs')}</p>}
      <CalculatorForm
        id={id}
        locale={locale}
        title={title}
        s={s}
        input={input}
        ready={store.ready}
        maxRows={settings.maxRows}
        problems={problems}
        status={status}
        fieldId={fieldId}
        clientLabel={clientLabel}
        problemText={problemText}
        onTarget={(value) => setInput((current) => ({ ...current, target: value }))}
        onRow={setRow}
        onAdd={addRow}
        onRemove={removeRow}
        onFocusField={focusId}
        onSubmit={onSubmit}
      />

      {submitted && (
        <section class="rph-result" aria-labelledby={`${id}-result`} data-result>
          <H id={`${id}-result`} tabIndex={-1}>{s('result.heading')}</H>
          {showResult ? <CalculatorResult analysis={analysis} locale={locale} dir={dir} s={s} rate={rate} percent={percent} clientLabel={clientLabel} H2={toolHeading(standalone, 1)} assessmentHref={assessmentHref} chartId={`${id}-chart`} /> : <p>{s('result.empty')}</p>}
        </section>
      )}

      <SaveControls saved={store} locale={locale} ui={ui} textToCopy={asText} />
    </div>
  );
}
