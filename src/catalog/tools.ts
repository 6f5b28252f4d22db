/**
 * The site's tools, loaded once per build from `content/tools/` (definitions validated by
 * `collectTools`, so a broken definition fails the build). Pages and components import
 * from here; islands receive plain data from them as props (generic tool strings come from
 * `uiSlice(locale, 'tool.')` in `src/i18n/translate.ts`).
 */
import { collectTools, type ToolBundle } from './tool-catalog';
import { toolIds, type ToolId } from '../i18n/vocabulary';

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
