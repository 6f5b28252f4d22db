import { pluralTemplate } from './plural';
import { fillTemplate } from './template';
import { directionOf, locales, type Direction, type Locale } from './locales';
import { ar } from './ui/ar';
import { en, type PluralKey, type UIDictionary, type UIKey } from './ui/en';
import { fa } from './ui/fa';

export type { UIKey, PluralKey };

/** Every locale's interface strings; the type makes a missing or extra key a compile error. */
export const dictionaries: Record<Locale, UIDictionary> = { en, fa, ar };

type Vars = Record<string, string | number>;

export interface Translator {
  /** A string with `{name}` placeholders filled; numbers are written in the locale's digits. */
  (key: UIKey, vars?: Vars): string;
  /** The plural form of `key` for `count`, chosen by the locale's plural rules. */
  plural(key: PluralKey, count: number, vars?: Vars): string;
  readonly locale: Locale;
  readonly dir: Direction;
  readonly lang: string;
}

/**
 * The translator for one locale, resolved once per page.
 * @example
 * const t = translator('fa');
 * t.plural('guides.count', 9) // '۹ راهنما'
 */
export function translator(locale: Locale): Translator {
  const dictionary = dictionaries[locale];
  const fill = (template: string, vars: Vars = {}): string => fillTemplate(locale, template, vars);

  const t = ((key: UIKey, vars?: Vars) => fill(dictionary[key], vars)) as Translator;
  const lookup = dictionary as Readonly<Record<string, string | undefined>>;
  Object.assign(t, {
    plural(key: PluralKey, count: number, vars: Vars = {}) {
      return fill(pluralTemplate(locale, lookup, key, count), { count, ...vars });
    },
    locale,
    dir: directionOf(locale),
    lang: locales[locale].lang,
  });
  return t;
}

/** The UI keys under a namespace prefix. @example UIKeysUnder<'search.'> // 'search.title' | … */
export type UIKeysUnder<P extends string> = Extract<UIKey, `${P}${string}`>;
/** A namespace of one locale's UI strings, unfilled, as plain data for an island. */
export type UISlice<P extends string> = Readonly<Record<UIKeysUnder<P>, string>>;

/**
 * The entries of a string table whose keys start with `prefix` (or, with `keep: false`,
 * every other entry). One helper for every slice handed to islands: the UI namespaces
 * (`tool.`, `search.`) and tool string tables (`meeting.`, `rules.`).
 * @example pickByPrefix({ 'a.x': '1', 'b.y': '2' }, 'a.') // { 'a.x': '1' }
 */
export function pickByPrefix(table: Readonly<Record<string, string | undefined>>, prefix: string, keep = true): Record<string, string> {
  return Object.fromEntries(Object.entries(table).filter((entry): entry is [string, string] => entry[0].startsWith(prefix) === keep && entry[1] !== undefined));
}

/**
 * One namespace of a locale's UI strings, unfilled (islands fill `{placeholders}` themselves),
 * with every plural form the language has.
 * @example uiSlice('en', 'search.')['search.title'] // 'Search'
 */
export function uiSlice<P extends string>(locale: Locale, prefix: P): UISlice<P> {
  return pickByPrefix(dictionaries[locale], prefix) as UISlice<P>;
}

/** The generic tool interface strings (`tool.*` keys). */
export type ToolUiKey = UIKeysUnder<'tool.'>;
export type ToolUi = UISlice<'tool.'>;

/** @example toolUi('en')['tool.save'] */
export function toolUi(locale: Locale): ToolUi {
  return uiSlice(locale, 'tool.');
}
