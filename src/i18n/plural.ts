import { locales, type Locale } from './locales';

/** A table holding plural forms as `<key>.zero`, `.one`, `.two`, `.few`, `.many`, `.other`. */
export type PluralForms = Readonly<Record<string, string | undefined>>;

const rules = new Map<Locale, Intl.PluralRules>();

/**
 * The template for `count` of a plural key, chosen by the locale's plural rules. Small and
 * dictionary-free, so the server's translator and the islands (which receive only their
 * slice of strings) choose forms the same way. Arabic distinguishes 0, 1, 2, 3–10 and
 * 11–99; a `.zero` form wins for 0 when the table has one, and `.other` is the fallback.
 * @example pluralTemplate('en', { 'n.one': '{count} guide', 'n.other': '{count} guides' }, 'n', 2) // '{count} guides'
 */
export function pluralTemplate(locale: Locale, forms: PluralForms, key: string, count: number): string {
  let select = rules.get(locale);
  // The language alone: plural rules do not depend on digits or calendar, and a tag with
  // those extensions (`intl`) costs 7–20 ms more to resolve, on the way to a page's first count.
  if (!select) rules.set(locale, (select = new Intl.PluralRules(locales[locale].lang)));
  const form = count === 0 && forms[`${key}.zero`] ? 'zero' : select.select(count);
  return forms[`${key}.${form}`] ?? forms[`${key}.other`] ?? key;
}
