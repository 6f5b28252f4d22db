/**
 * The site's tools, loaded once per build from `content/tools/` (definitions validated by
 * `collectTools`, so a broken definition fails the build). Pages and components import
 * from here; islands receive plain data from them as props.
 */
import type { Locale } from '../i18n/locales';
import { translator, type UIKey } from '../i18n/translate';
import { en } from '../i18n/ui/en';
import { collectTools, type ToolBundle } from './tool-catalog';
import { toolIds, type ToolId } from './tool-ids';

const tools = collectTools(
  import.meta.glob<{ default: unknown }>('/content/tools/*/definition.ts', { eager: true }),
  import.meta.glob<{ default: unknown }>('/content/tools/*/*.json', { eager: true }),
);

/** A tool's bundle, or undefined while its definition is not written yet. */
export function toolBundle(id: ToolId): ToolBundle | undefined {
  return tools.get(id);
}

/** Every defined tool, in journey order (`order`, then the order of `toolIds`). */
export function toolsInJourneyOrder(): ToolBundle[] {
  return [...tools.values()].sort((a, b) => a.definition.order - b.definition.order || toolIds.indexOf(a.definition.id) - toolIds.indexOf(b.definition.id));
}

/** The generic tool interface strings (`tool.*` keys), as plain data for islands. */
export type ToolUiKey = Extract<UIKey, `tool.${string}`>;
export type ToolUi = Readonly<Record<ToolUiKey, string>>;

const toolUiKeys = (Object.keys(en) as UIKey[]).filter((k): k is ToolUiKey => k.startsWith('tool.'));

/** The `tool.*` strings of a locale, unfilled (islands fill `{placeholders}` themselves). */
export function toolUi(locale: Locale): ToolUi {
  const t = translator(locale);
  return Object.fromEntries(toolUiKeys.map((k) => [k, t(k)])) as ToolUi;
}
