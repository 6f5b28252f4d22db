/**
 * What every tool kind's schema shares: id and weight schemas, the base fields, and the
 * helpers a kind uses to report problems (duplicate ids, placeholders a string may not use).
 * Each kind lives in its own module beside this one; `src/schemas/tool.ts` joins them.
 */
import { z } from 'astro/zod';
import { placeholdersOf } from '../../i18n/template';
import { toolIds } from '../../i18n/vocabulary';

/** A stable id: lower-case latin, digits, hyphens. Used in URLs, data attributes and saved data. */
export const idSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lower-case latin letters, digits and hyphens, e.g. "scope-creep".');
/** A weight or score contribution; the bounds keep totals readable and comparable. */
export const weightSchema = z.number().min(0, 'Weights are 0 to 10.').max(10, 'Weights are 0 to 10.');
/** One of the site's tool ids (a link from one tool to another). */
export const toolIdSchema = z.enum(toolIds);

/** What every tool has. */
export const toolBase = z.object({
  /** One of the six tool ids (`src/i18n/vocabulary.ts`); must match the folder name. */
  id: toolIdSchema,
  /** Raise when saved answers of the previous version can no longer be read (they are set aside). */
  version: z.number().int().min(1).max(999),
  /** Position on the tools page, in journey order; lower comes first. */
  order: z.number().int().min(0).max(9999),
  /** The guide to read next (a guide key); the tool page links to it. */
  relatedGuide: idSchema,
});

/** Reports ids that appear twice in a list. */
export function requireUnique(ids: readonly string[], path: (string | number)[], ctx: z.RefinementCtx, what: string): void {
  const seen = new Set<string>();
  ids.forEach((id, index) => {
    if (seen.has(id)) ctx.addIssue({ code: 'custom', path: [...path, index], message: `${what} id "${id}" appears twice; ids must be unique.` });
    seen.add(id);
  });
}

/** One locale's strings for a tool: flat keys (any key may be absent, as far as the type knows; `StringsOfKind` is the typed view). */
export type ToolStrings = Readonly<Record<string, string | undefined>>;

/** A kind's fixed strings, each with the placeholders it may use. Declared `as const` so keys are types. */
export type KeyList = Readonly<Record<string, readonly string[]>>;

export { commonStringKeys, type CommonStringKey } from '../../i18n/tool-keys';

export interface KindRules<D> {
  /** Keys every locale must provide (besides `title`, `description`, `intro`). */
  strings(definition: D): string[];
  /** Keys a locale may provide. */
  optional?(definition: D): string[];
  /** The ids saved answers depend on, in order (fingerprinted). */
  ids(definition: D): string[];
  /** Further checks of one locale's strings; return problems as `[key, message]`. */
  checkStrings?(definition: D, strings: ToolStrings): [string, string][];
}

/** Problems with placeholders: each key may use only the names listed for it (none for unlisted keys). */
export function checkPlaceholders(allowed: KeyList, strings: ToolStrings): [string, string][] {
  const problems: [string, string][] = [];
  for (const [key, text] of Object.entries(strings)) {
    const names = allowed[key] ?? [];
    for (const name of placeholdersOf(text ?? '')) {
      if (!names.includes(name))
        problems.push([
          key,
          `placeholder "{${name}}" is not available here; ${names.length ? `use ${names.map((n) => `{${n}}`).join(', ')}` : 'this string takes none'}.`,
        ]);
    }
  }
  return problems;
}
