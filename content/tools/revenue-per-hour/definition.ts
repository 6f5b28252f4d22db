/**
 * The revenue-per-hour calculator: language-neutral settings. Strings live beside it in
 * fa.json, ar.json and en.json; the arithmetic, the advice and money formatting are in
 * `src/lib/revenue-per-hour.ts`.
 *
 * Currencies: ISO 4217 codes are formatted by `Intl.NumberFormat`; the toman has no code,
 * so its amounts are the number followed by `currency.toman.unit`. The rial and toman are
 * shown without decimals. The default follows the locale.
 */
export default {
  id: 'revenue-per-hour',
  kind: 'calculator',
  version: 1,
  order: 30,
  relatedGuide: 'money',
  initialRows: 3,
  maxRows: 30,
  currencies: [
    { id: 'toman', decimals: 0 },
    { id: 'irr', iso: 'IRR', decimals: 0 },
    { id: 'aed', iso: 'AED', decimals: 2 },
    { id: 'sar', iso: 'SAR', decimals: 2 },
    { id: 'egp', iso: 'EGP', decimals: 2 },
    { id: 'usd', iso: 'USD', decimals: 2 },
    { id: 'eur', iso: 'EUR', decimals: 2 },
  ],
  defaultCurrency: { fa: 'toman', ar: 'sar', en: 'usd' },
} as const;
