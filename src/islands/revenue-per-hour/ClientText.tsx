/**
 * How the calculator shows a reader-typed client name: as text only (never markup),
 * isolated with `<bdi>` so a name in another script keeps its order, inside templates
 * whose `{placeholders}` are elements, and in the locale's list style.
 */
import type { ComponentChildren } from 'preact';
import type { Locale } from '../../i18n/locales';
import { splitTemplate } from '../../i18n/template';

/** A reader-typed name, isolated; CSS decides how much of it shows (the full text stays in the element). */
export function ClientName({ name }: { name: string }) {
  return <bdi class="rph__name">{name}</bdi>;
}

/** A template whose `{placeholders}` are filled with elements (so names keep their `<bdi>`). */
export function Filled({ template, values }: { template: string; values: Record<string, ComponentChildren> }) {
  return <>{splitTemplate(template).map((part, i) => ('text' in part ? part.text : <span key={i}>{values[part.name] ?? `{${part.name}}`}</span>))}</>;
}

/** A list of client names in the locale's list style, each name isolated. */
export function NameList({ locale, names }: { locale: Locale; names: string[] }) {
  const parts = new Intl.ListFormat(locale, { type: 'conjunction' }).formatToParts(names);
  return <>{parts.map((part, i) => (part.type === 'element' ? <ClientName key={i} name={part.value} /> : part.value))}</>;
}
