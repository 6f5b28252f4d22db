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
  const rules = new Intl.PluralRules(locales[locale].intl);

  const fill = (template: string, vars: Vars = {}): string => fillTemplate(locale, template, vars);

  const t = ((key: UIKey, vars?: Vars) => fill(dictionary[key], vars)) as Translator;
  const lookup = dictionary as Readonly<Record<string, string | undefined>>;
  Object.assign(t, {
    plural(key: PluralKey, count: number, vars: Vars = {}) {
      // Arabic distinguishes 0, 1, 2, 3–10 and 11–99; the `.other` form is the safe default.
      const form = count === 0 && lookup[`${key}.zero`] ? 'zero' : rules.select(count);
      const template = lookup[`${key}.${form}`] ?? lookup[`${key}.other`] ?? key;
      return fill(template, { count, ...vars });
    },
    locale,
    dir: directionOf(locale),
    lang: locales[locale].lang,
  });
  return t;
}
