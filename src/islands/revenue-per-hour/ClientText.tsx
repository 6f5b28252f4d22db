/** Reader-typed client names inside the calculator's text: isolated, never markup. */
import type { ComponentChildren } from 'preact';
import type { Locale } from '../../i18n/locales';
import { splitTemplate } from '../../i18n/template';

/** A reader-typed client name: isolated, never markup, shortened by CSS with the full text kept. */
export function ClientName({ name }: { name: string }) {
  return <bdi class="rph__name">{name}</bdi>;
}

/** A template whose `{placeholders}` are filled with elements (so names keep their `<bdi>`). */
export function Filled({ template, values }: { template: string; values: Record<string, ComponentChildren> }) {
  return (
    <>
      {splitTemplate(template).map((part, i) => ('text' in part ? part.text : <span key={i}>{values[part.name] ?? `{${part.name}}`}</span>))}
    </>
  );
}

/** A list of client names in the locale's list style, each name isolated. */
export function NameList({ locale, names }: { locale: Locale; names: string[] }) {
  const parts = new Intl.ListFormat(locale, { type: 'conjunction' }).formatToParts(names);
  return <>{parts.map((part, i) => (part.type === 'element' ? <ClientName key={i} name={part.value} /> : part.value))}</>;
}

