/**
 * The revenue-per-hour calculator island: state, saving and focus. The form
 * (`CalculatorForm`), the result (`CalculatorResult`, loaded once something is entered) and
 * its chart (`BarChart`) are their own components. Every money figure is in the chosen currency (`formatMoney`, the locale's
 * digits), one number of decimals per column. While the target has a problem there is no
 * result; a row with a problem is left out and the result says how many (`data-left-out`).
 * A result can answer the self-assessment's profitability question through
 * `tool-handoff.ts` (session storage, never the URL).
 *
 * Without JavaScript the fields render but cannot be submitted; the rules beside the
 * island (RevenuePerHour.astro) show how to do the sums by hand.
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { TargetedSubmitEvent } from 'preact';
import { formatNumber } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import { fillTemplate } from '../../i18n/template';
import { isolate, truncateGraphemes } from '../../lib/display-text';
import {
  analyse,
  columnDecimals,
  currencyFor,
  emptyCalculator,
  emptyRow,
  formatMoney,
  isCalculatorInput,
  nextRowId,
  type CalculatorInput,
  type ClientFigures,
  type CurrencySettings,
  type FieldProblem,
} from '../../lib/revenue-per-hour';
import type { StoreSpec } from '../../lib/storage';
import type { ToolUi } from '../../i18n/translate';
import { lookup } from '../../lib/tool-strings';
import type { StringsOfKind } from '../../i18n/tool-keys';
import { useErrorTitle } from '../shared/ErrorSummary';
import { SaveControls } from '../shared/SaveControls';
import { useFocusAfterRender } from '../shared/useFocusAfterRender';
import { useLazyClientFile, useLazyComponent } from '../shared/useLazyClientFile';
import { useSavedAnswers } from '../shared/useSavedAnswers';
import { CalculatorForm } from './CalculatorForm';
import type { Formats } from './view';
import './revenue-per-hour.css';

export interface RevenuePerHourProps {
  locale: Locale;
  spec: StoreSpec;
  ui: ToolUi;
  settings: { initialRows: number; maxRows: number } & CurrencySettings;
  strings: StringsOfKind<'calculator'>;
  /** The self-assessment's page, for handing over a client's profitability. */
  assessmentHref: string;
  title: string;
  standalone: boolean;
  dir: 'ltr' | 'rtl';
}

export default function RevenuePerHour({ locale, spec, ui, settings, strings, assessmentHref, title, standalone, dir }: RevenuePerHourProps) {
  const id = useId();
  const s = lookup(strings);
  const empty = useRef(emptyCalculator(settings.initialRows)).current;
  const [input, setInput] = useState<CalculatorInput>(empty);
  // Opened for a client (`?client=<id>`), the rows are saved in its file (CalculatorClientFile, loaded then), not as the calculator's own.
  const store = useSavedAnswers({ spec, locale, validate: isCalculatorInput, value: input, apply: setInput, empty });
  const ClientFile = useLazyClientFile(() => import('./CalculatorClientFile'));
  const [clientQuery, setClientQuery] = useState('');
  const [submitted, setSubmitted] = useState(false);
  // The result's code (chart, table, hand-over), from the first thing entered on.
  const CalculatorResult = useLazyComponent(() => import('./CalculatorResult'), submitted || input !== empty);
  const [status, setStatus] = useState('');
  const focusAfterRender = useFocusAfterRender();

  const analysis = analyse(input);
  const problems = submitted ? analysis.problems : [];
  const targetProblem = analysis.problems.some((p) => p.rowId === 'target');
  const showResult = submitted && analysis.clients.length > 0 && !targetProblem;
  const currency = currencyFor(settings, locale, input.currency);

  // After "forget", the calculator is empty again: hide the result with the figures.
  useEffect(() => {
    if (input === empty) setSubmitted(false);
  }, [input, empty]);

  useErrorTitle(s('error.titlePrefix'), problems.length > 0, store.ready);

  const focusId = (elementId: string) => focusAfterRender(() => document.getElementById(elementId));
  const clientLabel = (rowId: string) => {
    const index = input.rows.findIndex((r) => r.id === rowId);
    const name = input.rows[index]?.name.trim();
    return name || fillTemplate(locale, s('row.unnamed'), { n: index + 1 });
  };
  const nameOf = (c: ClientFigures) => c.name || clientLabel(c.id);
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

  // One number of decimals per column (rates with the yardstick; prices), within the currency's own.
  const rateDecimals = columnDecimals(
    [...analysis.clients.map((c) => c.rate), ...(analysis.yardstick ? [analysis.yardstick.value] : [])],
    currency.decimals || 2,
  );
  const priceDecimals = columnDecimals(
    analysis.clients.flatMap((c) => (c.priceForTarget === undefined ? [] : [c.priceForTarget])),
    currency.decimals,
  );
  const unitWord = currency.iso ? '' : s(`currency.${currency.id}.unit`);
  const f: Formats = {
    rate: (value) => formatMoney(locale, value, currency, unitWord, rateDecimals),
    price: (value) => formatMoney(locale, value, currency, unitWord, priceDecimals),
    percent: (value) => formatNumber(locale, value, { style: 'percent', maximumFractionDigits: 0 }),
    count: (value) => formatNumber(locale, value),
  };

  const asText = () => {
    const lines = [title];
    if (analysis.yardstick)
      lines.push(
        fillTemplate(locale, s(analysis.yardstick.kind === 'target' ? 'result.target' : 'result.average'), { rate: f.rate(analysis.yardstick.value) }),
      );
    for (const c of analysis.clients) lines.push(`${f.count(c.rank)}. ${nameOf(c)}: ${f.rate(c.rate)} (${s(`advice.${c.advice}`)})`);
    return lines.join('\n');
  };

  const H = standalone ? 'h2' : 'h3';
  const H2 = standalone ? 'h3' : 'h4';

  return (
    <div class="rph" data-ready={store.ready ? '' : undefined}>
      {!store.ready && (
        <p class="rph__no-js notice" data-print-hide>
          {s('nojs')}
        </p>
      )}
      {ClientFile && (
        <ClientFile
          locale={locale}
          ui={ui}
          settings={settings}
          input={input}
          setInput={setInput}
          empty={empty}
          onQuery={setClientQuery}
          onMissing={store.resumeOwn}
        />
      )}
      <CalculatorForm
        id={id}
        locale={locale}
        title={title}
        s={s}
        input={input}
        currencies={settings.currencies}
        currency={currency}
        problems={problems}
        ready={store.ready}
        maxRows={settings.maxRows}
        status={status}
        fieldId={fieldId}
        clientLabel={clientLabel}
        problemText={problemText}
        onTarget={(value) => setInput((current) => ({ ...current, target: value }))}
        onCurrency={(value) => setInput((current) => ({ ...current, currency: value }))}
        onRow={setRow}
        onAdd={addRow}
        onRemove={removeRow}
        onFocusField={focusId}
        onSubmit={onSubmit}
      />

      {submitted && (showResult || analysis.problems.length === 0) && (
        <section class="rph-result" aria-labelledby={`${id}-result`} data-result>
          <H id={`${id}-result`} tabIndex={-1}>
            {s('result.heading')}
          </H>
          {showResult ? (
            CalculatorResult && (
              <CalculatorResult
                analysis={analysis}
                locale={locale}
                dir={dir}
                s={s}
                f={f}
                nameOf={nameOf}
                H2={H2}
                assessmentHref={`${assessmentHref}${clientQuery}`}
                chartId={`${id}-chart`}
              />
            )
          ) : (
            <p>{s('result.empty')}</p>
          )}
        </section>
      )}

      <SaveControls saved={store} locale={locale} ui={ui} textToCopy={asText} />
    </div>
  );
}
