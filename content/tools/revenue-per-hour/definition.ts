/**
 * The revenue-per-hour calculator: language-neutral settings. Strings live beside it in
 * fa.json, ar.json and en.json; the arithmetic and the advice bands are in
 * `src/lib/revenue-per-hour.ts`.
 */
export default {
  id: 'revenue-per-hour',
  kind: 'calculator',
  version: 1,
  order: 30,
  relatedGuide: 'money',
  initialRows: 3,
  maxRows: 30,
  // After Processome's STOP / REPRICE / KEEP bands: under 70 % of the target, a price rise
  // alone rarely closes the gap.
  letGoBelow: 0.7,
} as const;
