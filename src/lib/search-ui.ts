/**
 * The search island's interface strings: the `search.*` keys of the reader's dictionary,
 * passed to the island as plain data (`{ 'search.count.one': '{count} guide matches', … }`)
 * so the browser never loads the dictionaries. `countText` picks the plural form in the
 * browser the way `translator().plural` does on the server.
 */
import { locales, type Locale } from '../i18n/locales';
import { fillTemplate } from '../i18n/template';
import type { UIKey } from '../i18n/ui/en';

export type SearchUiKey = Extract<UIKey, `search.${string}`>;
/** Every `search.*` string, plus the extra plural forms a language has (Arabic `search.count.few`…). */
export type SearchUi = Readonly<Record<SearchUiKey, string>> & Readonly<Partial<Record<`search.count.${'zero' | 'two' | 'few' | 'many'}`, string>>>;

/**
 * "3 guides match" in the locale's plural form and digits.
 * @example countText('ar', ui, 2) // 'دليلان مطابقان'
 */
export function countText(locale: Locale, ui: SearchUi, count: number): string {
  const forms = ui as Readonly<Record<string, string | undefined>>;
  const form = count === 0 && forms['search.count.zero'] ? 'zero' : new Intl.PluralRules(locales[locale].intl).select(count);
  return fillTemplate(locale, forms[`search.count.${form}`] ?? ui['search.count.other'], { count });
}
