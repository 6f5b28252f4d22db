/**
 * The words every floor shares: tool ids, the self-assessment's answers and verdicts.
 * They live on the bottom floor (beside the locale table) so that schemas, which validate
 * definitions against them, and `src/lib`, which scores with them, both import them without
 * either pointing up. Each list is also a set of string-table keys (`verdict.<id>`, …) and
 * part of saved data, so renaming an entry is a data migration, not a refactor.
 */

/** The tools' stable ids: URLs (`/<locale>/tools/<id>/`), `data-tool` and storage keys use them. */
export const toolIds = ['five-steps', 'exit-conversation', 'notice-and-handover', 'self-assessment', 'revenue-per-hour', 'exit-letter'] as const;
export type ToolId = (typeof toolIds)[number];

export function isToolId(value: unknown): value is ToolId {
  return typeof value === 'string' && (toolIds as readonly string[]).includes(value);
}

/** A self-assessment answer: `yes` means the red flag is there; `not-sure` is the honest way out. */
export const answerValues = ['yes', 'no', 'not-sure'] as const;
export type Answer = (typeof answerValues)[number];

/**
 * Least urgent first; `legal-then-end` outranks `end-now` because legal advice must come
 * before the ending. `find-out` sits beside `keep`: it is not a judgement of the client but
 * of what is known, so it never outranks a verdict built on evidence.
 */
export const verdicts = ['keep', 'find-out', 'repair', 'prepare-to-end', 'end-now', 'legal-then-end'] as const;
export type Verdict = (typeof verdicts)[number];
