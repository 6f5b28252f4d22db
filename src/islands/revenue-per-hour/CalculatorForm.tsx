/**
 * The calculator's form: the currency, the target rate and the client rows (add / remove),
 * with an error summary naming every figure it cannot use. Every field goes through the
 * shared `Field`, so label, hint and error are tied to the control the same way in every
 * tool. Without JavaScript the fields render but the form cannot be submitted.
 */
import type { TargetedSubmitEvent } from 'preact';
import type { Locale } from '../../i18n/locales';
import { fillTemplate } from '../../i18n/template';
import { maxAmountLength, maxNameLength, type CalculatorInput, type Currency, type FieldProblem } from '../../lib/revenue-per-hour';
import { ErrorSummary } from '../shared/ErrorSummary';
import { Field } from '../shared/Field';
import { ClientName, Filled } from './ClientText';
import type { Lookup } from './view';

export interface CalculatorFormProps {
  id: string;
  locale: Locale;
  title: string;
  s: Lookup;
  input: CalculatorInput;
  currencies: readonly Currency[];
  currency: Currency;
  problems: FieldProblem[];
  ready: boolean;
  maxRows: number;
  status: string;
  fieldId: (rowId: string, field: string) => string;
  clientLabel: (rowId: string) => string;
  problemText: (p: FieldProblem) => string;
  onTarget: (value: string) => void;
  onCurrency: (id: string) => void;
  onRow: (rowId: string, field: 'name' | 'revenue' | 'hours', value: string) => void;
  onAdd: () => void;
  onRemove: (rowId: string) => void;
  onFocusField: (fieldId: string) => void;
  onSubmit: (event: TargetedSubmitEvent<HTMLFormElement>) => void;
}

export function CalculatorForm(props: CalculatorFormProps) {
  const { id, locale, title, s, input, currencies, currency, problems, ready, maxRows, status, fieldId, clientLabel, problemText } = props;
  const problemOf = (rowId: string, field: string) => problems.find((p) => p.rowId === rowId && p.field === field);
  const errorOf = (rowId: string, field: string) => {
    const p = problemOf(rowId, field);
    return p ? problemText(p) : undefined;
  };
  const atMax = input.rows.length >= maxRows;

  return (
    <form class="rph__form" noValidate onSubmit={props.onSubmit} aria-label={title}>
      {problems.length > 0 && (
        <ErrorSummary id={`${id}-errors`} title={s('error.heading')}>
          {problems.map((p) => (
            <li key={`${p.rowId}-${p.field}`}>
              <a
                href={`#${fieldId(p.rowId, p.field)}`}
                onClick={(event) => {
                  event.preventDefault();
                  props.onFocusField(fieldId(p.rowId, p.field));
                }}
              >
                <Filled template={s(`field.${p.field}`)} values={{ client: <ClientName name={clientLabel(p.rowId)} /> }} />: {problemText(p)}
              </a>
            </li>
          ))}
        </ErrorSummary>
      )}
      <p class="rph__hint">{s('period.hint')}</p>
      <Field id={`${id}-currency`} block="rph-field" label={s('currency.label')}>
        {(control) => (
          <select {...control} data-field="currency" value={currency.id} onChange={(event) => props.onCurrency(event.currentTarget.value)}>
            {currencies.map((c) => (
              <option key={c.id} value={c.id}>
                {s(`currency.${c.id}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id={fieldId('target', 'target')} block="rph-field" label={s('target.label')} hint={s('target.hint')} error={errorOf('target', 'target')}>
        {(control) => (
          <input
            {...control}
            type="text"
            inputMode="decimal"
            data-field="target"
            autoComplete="off"
            maxLength={maxAmountLength}
            value={input.target}
            onInput={(event) => props.onTarget(event.currentTarget.value)}
          />
        )}
      </Field>
      <fieldset class="rph__rows">
        <legend>{s('rows.heading')}</legend>
        <ol class="rph__row-list">
          {input.rows.map((row, index) => (
            <li key={row.id} class="rph__row" data-row={row.id}>
              <fieldset class="rph__row-fields">
                <legend class="rph__row-legend">{fillTemplate(locale, s('row.legend'), { n: index + 1 })}</legend>
                <Field id={fieldId(row.id, 'name')} block="rph-field" class="rph-field--name" label={s('row.name')}>
                  {(control) => (
                    <input
                      {...control}
                      type="text"
                      data-field="name"
                      dir="auto"
                      autoComplete="off"
                      maxLength={maxNameLength}
                      value={row.name}
                      onInput={(event) => props.onRow(row.id, 'name', event.currentTarget.value)}
                    />
                  )}
                </Field>
                {(['revenue', 'hours'] as const).map((field) => (
                  <Field
                    key={field}
                    id={fieldId(row.id, field)}
                    block="rph-field"
                    label={s(field === 'revenue' ? 'row.revenue' : 'row.hours')}
                    hint={field === 'hours' ? s('row.hoursHint') : undefined}
                    error={errorOf(row.id, field)}
                  >
                    {(control) => (
                      <input
                        {...control}
                        type="text"
                        inputMode="decimal"
                        data-field={field}
                        autoComplete="off"
                        maxLength={maxAmountLength}
                        value={row[field]}
                        onInput={(event) => props.onRow(row.id, field, event.currentTarget.value)}
                      />
                    )}
                  </Field>
                ))}
                {ready && input.rows.length > 1 && (
                  <button type="button" class="rph__remove" data-remove-row={row.id} onClick={() => props.onRemove(row.id)}>
                    <Filled template={s('row.remove')} values={{ client: <ClientName name={clientLabel(row.id)} /> }} />
                  </button>
                )}
              </fieldset>
            </li>
          ))}
        </ol>
        {ready && (
          <p class="rph__add">
            <button type="button" id={`${id}-add`} data-add-row onClick={props.onAdd} disabled={atMax} aria-describedby={atMax ? `${id}-max` : undefined}>
              {s('row.add')}
            </button>
            {atMax && (
              <span id={`${id}-max`} class="rph-field__hint">
                {' '}
                {fillTemplate(locale, s('row.max'), { max: maxRows })}
              </span>
            )}
          </p>
        )}
      </fieldset>
      <button type="submit" class="button--primary rph__submit" hidden={!ready} disabled={!ready} data-print-hide>
        {s('submit')}
      </button>
      <p class="visually-hidden" role="status" data-row-status>
        {status}
      </p>
    </form>
  );
}
