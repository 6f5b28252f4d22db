/** The tools' stable ids: URLs (`/<locale>/tools/<id>/`), `data-tool` and storage keys use them. */
export const toolIds = ['five-steps', 'exit-conversation', 'notice-and-handover', 'self-assessment', 'revenue-per-hour', 'exit-letter'] as const;
export type ToolId = (typeof toolIds)[number];

export function isToolId(value: unknown): value is ToolId {
  return typeof value === 'string' && (toolIds as readonly string[]).includes(value);
}
