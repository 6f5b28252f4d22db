import { formatNumber } from './format';
import type { Locale } from './locales';

/**
 * `{name}` placeholders in interface and tool strings. Names are latin letters, digits,
 * `_` and `-` (tool ids are kebab-case, e.g. `{client-name}`). Small and DOM-free, so the
 * islands can use it without the dictionaries.
 */

export type TemplateVars = Readonly<Record<string, string | number | undefined>>;
/** A template cut into literal text and placeholders. */
export type TemplatePart = { text: string } | { name: string };

const placeholder = /\{([\w-]+)\}/g;

/** @example splitTemplate('Hi {name}!') // [{ text: 'Hi ' }, { name: 'name' }, { text: '!' }] */
export function splitTemplate(template: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let last = 0;
  for (const match of template.matchAll(placeholder)) {
    if (match.index > last) parts.push({ text: template.slice(last, match.index) });
    parts.push({ name: match[1]! });
    last = match.index + match[0].length;
  }
  if (last < template.length) parts.push({ text: template.slice(last) });
  return parts;
}

/** The placeholder names a template uses. @example placeholdersOf('{done} of {total}') // ['done', 'total'] */
export function placeholdersOf(template: string): string[] {
  return splitTemplate(template).flatMap((part) => ('name' in part ? [part.name] : []));
}

/**
 * Fills placeholders; numbers are written in the locale's digits, unknown names are left
 * as they are (so a missing value is visible rather than silently blank).
 * @example fillTemplate('fa', '{done} of {total}', { done: 2, total: 5 }) // '۲ of ۵'
 */
export function fillTemplate(locale: Locale, template: string, vars: TemplateVars = {}): string {
  return template.replace(placeholder, (match, name: string) => {
    const value = vars[name];
    if (value === undefined) return match;
    return typeof value === 'number' ? formatNumber(locale, value) : value;
  });
}
