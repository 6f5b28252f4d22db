import type { Locale } from '../i18n/locales';

/**
 * The props every tool component in `src/components/tools/<PascalCaseId>.astro` takes.
 * `<Tool id>` in a guide renders it with `standalone: false`; the tool's page with `true`.
 */
export interface ToolComponentProps {
  locale: Locale;
  /** On the tool's own page (the page shows the title and introduction). */
  standalone?: boolean;
}

/** The component file name for a tool id. @example componentName('five-steps') // 'FiveSteps' */
export function componentName(toolId: string): string {
  return toolId
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}
