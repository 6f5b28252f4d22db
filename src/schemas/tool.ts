import { z } from 'astro/zod';
import { localeCodes, type Locale } from '../i18n/locales';
import { assessmentDefinitionSchema, assessmentRules, type AssessmentDefinition } from './tool/assessment';
import { calculatorDefinitionSchema, calculatorRules, type CalculatorDefinition } from './tool/calculator';
import { checklistDefinitionSchema, checklistRules, type ChecklistDefinition } from './tool/checklist';
import { letterDefinitionSchema, letterRules, type LetterDefinition } from './tool/letter';
import { commonStringKeys } from '../i18n/tool-keys';
import type { KindRules, ToolStrings } from './tool/shared';

/**
 * Tool definitions: `content/tools/<tool-id>/definition.ts` (language-neutral: ids,
 * weights, rules) with its strings beside it in `content/tools/<tool-id>/<locale>.json`,
 * one flat `{ "<key>": "<text>" }` object per locale.
 *
 * One module per kind in `src/schemas/tool/` (assessment, calculator, checklist, letter)
 * declares its schema, its fixed string keys as a const (`<kind>StringKeys`, each with the
 * placeholders it may use; the key type is `<Kind>StringKey`) and its `KindRules`: which
 * keys a locale must have, may have, and which ids saved answers depend on (fingerprinted
 * into saved data). This module joins them: `validateToolSource` checks a definition and
 * its three string files and throws a `ToolDefinitionError` that names the file and the id
 * for each problem: a missing string in any locale, a string for an unknown id, a rule
 * naming a missing id, duplicate ids, numbers out of range, placeholders that name no field.
 *
 * To add a kind: write `src/schemas/tool/<kind>.ts`, add its schema to
 * `toolDefinitionSchema` and its rules to `kinds` (the type requires one), and give it a
 * component in `src/components/tools/` (`Tool.astro` picks the component by kind).
 */

export { idSchema, weightSchema, type ToolStrings, type KeyList } from './tool/shared';
export { checklistDefinitionSchema } from './tool/checklist';
export { letterDefinitionSchema, paragraphKeys } from './tool/letter';
export { assessmentDefinitionSchema, requiredAssessmentQuestions } from './tool/assessment';
export { calculatorDefinitionSchema, currencyKeys } from './tool/calculator';
// The key lists live in src/i18n/tool-keys.ts (islands and lib read them too); re-exported for one import here.
export {
  commonStringKeys,
  assessmentStringKeys,
  calculatorStringKeys,
  letterStringKeys,
  letterPolicyStringKeys,
  meetingStringKeys,
  type CommonStringKey,
  type AssessmentStringKey,
  type CalculatorStringKey,
  type LetterStringKey,
  type MeetingStringKey,
  type TypedStrings,
  type KindStrings,
  type StringsOfKind,
} from '../i18n/tool-keys';
export type { AssessmentDefinition, CalculatorDefinition, ChecklistDefinition, LetterDefinition };

export const toolDefinitionSchema = z.discriminatedUnion('kind', [
  checklistDefinitionSchema,
  letterDefinitionSchema,
  assessmentDefinitionSchema,
  calculatorDefinitionSchema,
]);

export type ToolDefinition = z.infer<typeof toolDefinitionSchema>;
export type ToolDefinitionInput = z.input<typeof toolDefinitionSchema>;
export type ToolKind = ToolDefinition['kind'];
export type ToolOfKind<K extends ToolKind> = Extract<ToolDefinition, { kind: K }>;
/** Every tool kind, for code that must handle each (component choice, tests). */
export const toolKinds = ['checklist', 'letter', 'assessment', 'calculator'] as const satisfies readonly ToolKind[];

/** Per kind: the strings it needs and the ids its answers depend on. */
export const kinds: { [K in ToolKind]: KindRules<ToolOfKind<K>> } = {
  checklist: checklistRules,
  letter: letterRules,
  assessment: assessmentRules,
  calculator: calculatorRules,
};

/** The ids a tool's saved answers depend on. */
export function answerIds(definition: ToolDefinition): string[] {
  return (kinds[definition.kind] as KindRules<ToolDefinition>).ids(definition);
}

export class ToolDefinitionError extends Error {
  override name = 'ToolDefinitionError';
}

/** What the loader found for one tool. */
export interface ToolSource {
  /** Path of the definition file, for messages. */
  file: string;
  /** The definition module's default export. */
  definition: unknown;
  /** Each locale's string file, if present. */
  strings: Partial<Record<Locale, { file: string; data: unknown }>>;
}

export interface ValidTool<D extends ToolDefinition = ToolDefinition> {
  definition: D;
  strings: Record<Locale, ToolStrings>;
}

const stringsFileSchema = z.record(z.string(), z.string().trim().min(1, 'Write the text; an empty string is not allowed.'));

/**
 * Validates a tool's definition and strings, or throws a `ToolDefinitionError` listing
 * every problem as `<file>: <id or key>: <what to fix>`.
 */
export function validateToolSource(source: ToolSource, expectedId?: string): ValidTool {
  const problems: string[] = [];
  const rawId = (source.definition as { id?: unknown } | undefined)?.id;
  if (expectedId && rawId !== expectedId) problems.push(`${source.file}: id "${String(rawId)}" must match its folder name "${expectedId}".`);
  const parsed = toolDefinitionSchema.safeParse(source.definition);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push(`${source.file}: ${describePath(source.definition, issue.path)}: ${issue.message}`);
    throw new ToolDefinitionError(`Tool definition has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
  }
  const definition = parsed.data;

  const rules = kinds[definition.kind] as KindRules<ToolDefinition>;
  const required = [...commonStringKeys, ...rules.strings(definition)];
  const allowed = new Set([...required, ...(rules.optional?.(definition) ?? [])]);
  const strings = {} as Record<Locale, ToolStrings>;
  for (const locale of localeCodes) {
    const file = source.strings[locale];
    if (!file) {
      problems.push(`${source.file.replace(/definition\.ts$/, `${locale}.json`)}: missing; every tool needs strings in ${localeCodes.join(', ')}.`);
      continue;
    }
    const data = stringsFileSchema.safeParse(file.data);
    if (!data.success) {
      for (const issue of data.error.issues) problems.push(`${file.file}: "${issue.path.join('.')}": ${issue.message}`);
      continue;
    }
    for (const key of required) if (!(key in data.data)) problems.push(`${file.file}: missing string "${key}" (for id "${idOfKey(key)}").`);
    for (const key of Object.keys(data.data))
      if (!allowed.has(key)) problems.push(`${file.file}: string "${key}" names an unknown id "${idOfKey(key)}"; remove it or add the id to ${source.file}.`);
    for (const [key, message] of rules.checkStrings?.(definition, data.data) ?? []) problems.push(`${file.file}: "${key}": ${message}`);
    strings[locale] = data.data;
  }
  if (problems.length > 0) throw new ToolDefinitionError(`Tool "${definition.id}" has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
  return { definition, strings };
}

/** The id part of a string key: `step.meeting.why` → `meeting`. */
function idOfKey(key: string): string {
  const parts = key.split('.');
  return parts.length >= 2 ? parts[1]! : parts[0]!;
}

/**
 * A readable location for a schema issue: the path, plus the id of the item it is in
 * (`steps[2] (id "referral").why`), so the author finds it without counting.
 */
function describePath(root: unknown, path: readonly PropertyKey[]): string {
  let node: unknown = root;
  let text = '';
  for (const segment of path) {
    text += typeof segment === 'number' ? `[${segment}]` : `${text ? '.' : ''}${String(segment)}`;
    node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[segment] : undefined;
    const id = node && typeof node === 'object' ? (node as { id?: unknown }).id : undefined;
    if (typeof segment === 'number' && typeof id === 'string') text += ` (id "${id}")`;
  }
  const rootId = root && typeof root === 'object' ? (root as { id?: unknown }).id : undefined;
  const where = text || '(definition)';
  return typeof rootId === 'string' ? `tool "${rootId}" ${where}` : where;
}
