/**
 * The calculator's form: the target rate, then one row per client (name, revenue, hours)
 * with add / remove, and the error summary naming every figure it cannot use. State lives
 * in the island (RevenuePerHour.tsx); this component renders it and reports changes.
 */
import type { TargetedSubmitEvent } from 'preact';
import type { Locale } from '../../i18n/locales';
import { fillTemplate } from '../../i18n/template';
import { maxAmountLength, maxNameLength, type CalculatorInput, type FieldProblem } from '../../lib/revenue-per-hour';
import { ErrorSummary } from '../shared/ErrorSummary';
import { Field } from '../shared/Field';
import { ClientName, Filled } from './ClientText';

type RowField = 'name' | 'revenue' | 'hours';

export interface CalculatorFormProps {
  id: string;
  locale: Locale;
  title: string;
  s: (key: string) => string;
  input: CalculatorInput;
  /** Whether the island has started (buttons that need JavaScript show only then). */
  ready: boolean;
  maxRows: number;
  problems: readonly FieldProblem[];
  /** Live-region text after a row was added or removed. */
  status: string;
  fieldId: (rowId: string, field: string) => string;
  clientLabel: (rowId: string) => string;
  problemText: (p: FieldProblem) => string;
  onTarget: (value: string) => void;
  onRow: (rowId: string, field: RowField, value: string) => void;
  onAdd: () => void;
  onRemove: (rowId: string) => void;
  /** An error summary link was followed: focus the field. */
  onFocusField: (fieldId: string) => void;
  onSubmit: (event: TargetedSubmitEvent<HTMLFormElement>) => void;
}

export function CalculatorForm({ id, locale, title, s, input, ready, maxRows, problems, status, fieldId, clientLabel, problemText, onTarget, onRow, onAdd, onRemove, onFocusField, onSubmit }: CalculatorFormProps) {
  const problemOf = (rowId: string, field: string) => problems.find((p) => p.rowId === rowId && p.field === field);
  const errorOf = (rowId: string, field: string) => {
    const problem = problemOf(rowId, field);
    return problem ? problemText(problem) : undefined;
  };
  const amount = { type: 'text', inputMode: 'decimal', autoComplete: 'off', maxLength: maxAmountLength } as const;
  const full = input.rows.length >= maxRows;

  return (
    <form class="rph__form" noValidate onSubmit={onSubmit} aria-label={title}>
      {problems.length > 0 && (
        <ErrorSummary id={`${id}-errors`} title={s('error.heading')}>
          {problems.map((p) => (
            <li key={`${p.rowId}-${p.field}`}>
              <a
                href={`#${fieldId(p.rowId, p.field)}`}
                onClick={(event) => {
                  event.preventDefault();
                  onFocusField(fieldId(p.rowId, p.field));
                }}
              >
                <Filled template={s(`field.${p.field}`)} values={{ client: <ClientName name={clientLabel(p.rowId)} /> }} />: {problemText(p)}
              </a>
            </li>
          ))}
        </ErrorSummary>
      )}
      <p class="rph__hint">{s('period.hint')}</p>
      <Field id={`${id}-target`} block="rph-field" label={s('target.label')} hint={s('target.hint')} error={errorOf('target', 'target')}>
        {(control) => <input {...amount} {...control} data-field="target" value={input.target} onInput={(event) => onTarget(event.currentTarget.value)} />}
      </Field>
      <fieldset class="rph__rows">
        <legend>{s('rows.heading')}</legend>
        <ol class="rph__row-list">
          {input.rows.map((row, index) => (
            <li key={row.id} class="rph__row" data-row={row.id}>
              <fieldset class="rph__row-fields">
                <legend class="rph__row-legend">{fillTemplate(locale, s('row.legend'), { n: index + 1 })}</legend>
                <Field id={fieldId(row.id, 'name')} block="rph-field" class="rph-field--name" label={s('row.name')}>
                  {({ id: controlId }) => (
                    <input type="text" id={controlId} data-field="name" dir="auto" autoComplete="off" maxLength={maxNameLength} value={row.name} onInput={(event) => onRow(row.id, 'name', event.currentTarget.value)} />
                  )}
                </Field>
                <Field id={fieldId(row.id, 'revenue')} block="rph-field" class="rph-field--revenue" label={s('row.revenue')} error={errorOf(row.id, 'revenue')}>
                  {(control) => <input {...amount} {...control} data-field="revenue" value={row.revenue} onInput={(event) => onRow(row.id, 'revenue', event.currentTarget.value)} />}
                </Field>
                <Field id={fieldId(row.id, 'hours')} block="rph-field" class="rph-field--hours" label={s('row.hours')} hint={s('row.hoursHint')} error={errorOf(row.id, 'hours')}>
                  {(control) => <input {...amount} {...control} data-field="hours" value={row.hours} onInput={(event) => onRow(row.id, 'hours', event.currentTarget.value)} />}
                </Field>
                {ready && input.rows.length > 1 && (
                  <button type="button" class="rph__remove" data-remove-row={row.id} onClick={() => onRemove(row.id)}>
                    <Filled template={s('row.remove')} values={{ client: <ClientName name={clientLabel(row.id)} /> }} />
                  </button>
                )}
              </fieldset>
            </li>
          ))}
        </ol>
        {ready && (
          <p class="rph__add">
            <button type="button" id={`${id}-add`} data-add-row onClick={onAdd} disabled={full} aria-describedby={full ? `${id}-max` : undefined}>
              {s('row.add')}
            </button>
            {full && <span id={`${id}-max`} class="rph-field__hint"> {fillTemplate(locale, s('row.max'), { max: maxRows })}</span>}
          </p>
        )}
      </fieldset>
      <button type="submit" class="button--primary rph__submit" hidden={!ready} disabled={!ready} data-print-hide>
        {s('submit')}
      </button>
      <p class="visually-hidden" role="status" data-row-status>{status}</p>
    </form>
  );
}
