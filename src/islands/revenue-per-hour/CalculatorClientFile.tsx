/**
 * The calculator opened for a client (`?client=<id>`, loaded lazily): starts from that
 * client's rows (or a row named after it) and saves the rows back, with the client's own
 * figure (its row's rate, and its share of the target) once every row can be used.
 */
import type { Locale } from '../../i18n/locales';
import type { ToolUi } from '../../i18n/translate';
import { findClient, withCalculator, type ClientFiles } from '../../lib/client-files';
import { analyse, calculatorFor, clientRowFor, currencyFor, isCalculatorInput, type CalculatorInput, type CurrencySettings } from '../../lib/revenue-per-hour';
import { ClientFileBridge } from '../shared/ClientFileBridge';

export interface CalculatorClientFileProps {
  locale: Locale;
  ui: ToolUi;
  settings: { initialRows: number } & CurrencySettings;
  input: CalculatorInput;
  setInput: (input: CalculatorInput) => void;
  empty: CalculatorInput;
  /** Receives `?client=<id>` for the hand-over links. */
  onQuery: (query: string) => void;
  /** The client the page named is not kept here. */
  onMissing: () => void;
}

export default function CalculatorClientFile({ locale, ui, settings, input, setInput, empty, onQuery, onMissing }: CalculatorClientFileProps) {
  const write = (files: ClientFiles, clientId: string, value: CalculatorInput, now: Date): ClientFiles => {
    const result = analyse(value);
    const row = result.complete ? clientRowFor(result, findClient(files, clientId)?.name ?? '') : undefined;
    const figure = row && {
      rate: row.rate,
      currency: currencyFor(settings, locale, value.currency).id,
      ...(result.yardstick?.kind === 'target' && row.ofYardstick !== undefined ? { ofTarget: row.ofYardstick } : {}),
    };
    return withCalculator(files, clientId, value, figure, now);
  };
  return (
    <ClientFileBridge
      locale={locale}
      ui={ui}
      value={input}
      apply={setInput}
      empty={empty}
      onQuery={onQuery}
      onMissing={onMissing}
      read={(client) =>
        client.calculator && isCalculatorInput(client.calculator.input) ? client.calculator.input : calculatorFor(client.name, settings.initialRows)
      }
      write={write}
    />
  );
}
