import type { Locale } from '../i18n/locales';
import type { ToolId } from '../i18n/vocabulary';

/**
 * How a tool page or a guide's `<Tool id>` finds the component that renders a tool: by the
 * tool's kind, not its id. `src/components/Tool.astro` holds one component per kind
 * (checklist, letter, assessment, calculator) in a map typed against every kind, and calls
 * `componentFor`; a kind without a component, or an id without a definition, fails the
 * build with a message naming the tool.
 */

/** The props every tool component takes. `<Tool id>` in a guide renders it with `standalone: false`; the tool's page with `true`. */
export interface ToolComponentProps {
  /** The tool to render (its definition says which kind it is). */
  id: ToolId;
  locale: Locale;
  /** On the tool's own page (the page shows the title and introduction). */
  standalone?: boolean;
}

export class MissingToolComponentError extends Error {
  override name = 'MissingToolComponentError';
}

/**
 * The component for a tool's kind, or throws naming the tool, its kind and where to add one.
 * @example componentFor({ id: 'five-steps', kind: 'checklist' }, { checklist: ChecklistTool }) // ChecklistTool
 */
export function componentFor<C>(tool: { id: string; kind: string } | undefined, components: Readonly<Partial<Record<string, C>>>, toolId?: string): C {
  if (!tool)
    throw new MissingToolComponentError(
      `Tool "${toolId ?? '?'}" has no definition: add content/tools/${toolId ?? '<id>'}/definition.ts and its fa/ar/en.json strings.`,
    );
  const component = components[tool.kind];
  if (!component)
    throw new MissingToolComponentError(
      `Tool "${tool.id}" is a ${tool.kind}, and no component renders that kind: add one to the map in src/components/Tool.astro.`,
    );
  return component;
}
