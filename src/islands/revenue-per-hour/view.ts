/** What the calculator's parts share: the typed string lookup and the locale's number formats. */
import type { StringsOfKind } from '../../i18n/tool-keys';
import type { lookup } from '../../lib/tool-strings';

/** The calculator's typed string lookup (a key outside its table is a type error). */
export type Lookup = ReturnType<typeof lookup<StringsOfKind<'calculator'>>>;

/** Formatters bound to the locale, the currency and the columns' decimals. */
export interface Formats {
  /** A rate per hour, in the chosen currency, with the rate column's decimals. */
  rate: (value: number) => string;
  /** An amount (the price that would reach the target), with that column's decimals. */
  price: (value: number) => string;
  percent: (value: number) => string;
  /** The rank, in the locale's digits. */
  count: (value: number) => string;
}
