/**
 * The tools as the site serves them, built from the definition and string modules found
 * under `content/tools/<tool-id>/` (see `src/schemas/tool.ts` for their shape).
 *
 * Input: two `import.meta.glob` results keyed by path, `…/<tool-id>/definition.ts` and
 * `…/<tool-id>/<locale>.json`, each module with a `default` export. Output: one
 * `ToolBundle` per tool: the validated definition, its strings per locale and the
 * fingerprint of its ids (saved answers carry it; see `src/lib/storage.ts`). Any problem
 * throws a `ToolDefinitionError` naming the file and id, which fails the build.
 */
import { isLocale, type Locale } from '../i18n/locales';
import {
  answerIds,
  ToolDefinitionError,
  validateToolSource,
  type ToolDefinition,
  type ToolKind,
  type ToolOfKind,
  type ToolSource,
  type ToolStrings,
} from '../schemas/tool';
import { fingerprint, type StoreSpec } from './storage';
import type { ToolId } from './tool-ids';

export interface ToolBundle<D extends ToolDefinition = ToolDefinition> {
  definition: D;
  strings: Record<Locale, ToolStrings>;
  /** `fingerprint()` of the ids saved answers depend on. */
  fingerprint: string;
}

type Modules = Record<string, { default: unknown }>;

const definitionPath = /(?:^|\/)([^/]+)\/definition\.ts$/;
const stringsPath = /(?:^|\/)([^/]+)\/([^/]+)\.json$/;

/** Validates every tool found; throws one error listing every problem in every tool. */
export function collectTools(definitions: Modules, strings: Modules): Map<ToolId, ToolBundle> {
  const sources = new Map<string, ToolSource>();
  for (const [file, module] of Object.entries(definitions)) {
    const folder = definitionPath.exec(file)?.[1];
    if (folder) sources.set(folder, { file, definition: module.default, strings: {} });
  }
  const problems: string[] = [];
  for (const [file, module] of Object.entries(strings)) {
    const [, folder, name] = stringsPath.exec(file) ?? [];
    if (!folder || !name) continue;
    const source = sources.get(folder);
    if (!source) problems.push(`${file}: strings without a definition; add ${file.replace(/[^/]+\.json$/, 'definition.ts')}.`);
    else if (!isLocale(name)) problems.push(`${file}: "${name}" is not a locale; name string files fa.json, ar.json, en.json.`);
    else source.strings[name] = { file, data: module.default };
  }
  const tools = new Map<ToolId, ToolBundle>();
  for (const [folder, source] of sources) {
    try {
      const { definition, strings: bundleStrings } = validateToolSource(source, folder);
      tools.set(definition.id, { definition, strings: bundleStrings, fingerprint: fingerprint(answerIds(definition)) });
    } catch (error) {
      if (!(error instanceof ToolDefinitionError)) throw error;
      problems.push(error.message);
    }
  }
  if (problems.length > 0) throw new ToolDefinitionError(problems.join('\n'));
  return tools;
}

/** Narrows a bundle to one kind, or throws naming the tool (a component given the wrong id). */
export function bundleOfKind<K extends ToolKind>(bundle: ToolBundle, kind: K): ToolBundle<ToolOfKind<K>> {
  if (bundle.definition.kind !== kind) throw new ToolDefinitionError(`Tool "${bundle.definition.id}" is a ${bundle.definition.kind}, not a ${kind}.`);
  return bundle as ToolBundle<ToolOfKind<K>>;
}

/** What an island needs to read and write this tool's saved answers in a locale. */
export function storeSpecOf(bundle: ToolBundle, locale: Locale): StoreSpec {
  return { tool: bundle.definition.id, version: bundle.definition.version, locale, definition: bundle.fingerprint };
}
