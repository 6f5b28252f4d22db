/**
 * The search island's interface strings: the `search.*` keys of the reader's dictionary,
 * passed to the island as plain data (`{ 'search.count.one': '{count} guide matches', … }`)
 * so the browser never loads the dictionaries. `countText` picks the plural form in the
 * browser with the same `pluralTemplate` as `translator().plural` on the server.
 */
import type { Locale } from '../i18n/locales';
import { pluralTemplate } from '../i18n/plural';
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
  return fillTemplate(locale, pluralTemplate(locale, ui, 'search.count', count), { count });
}
