import { describe, expect, test } from 'vitest';
import { collectTools } from '../../src/lib/tool-catalog';
import { ToolDefinitionError } from '../../src/schemas/tool';
import { localeCodes } from '../../src/i18n/locales';

type Modules = Record<string, { default: unknown }>;
const fixtures = {
  valid: [import.meta.glob('../fixtures/tools/valid/*/definition.ts', { eager: true }), import.meta.glob('../fixtures/tools/valid/*/*.json', { eager: true })],
  strings: [
    import.meta.glob('../fixtures/tools/strings/*/definition.ts', { eager: true }),
    import.meta.glob('../fixtures/tools/strings/*/*.json', { eager: true }),
  ],
  duplicate: [import.meta.glob('../fixtures/tools/duplicate/*/definition.ts', { eager: true }), {}],
  letter: [import.meta.glob('../fixtures/tools/letter/*/definition.ts', { eager: true }), {}],
  placeholder: [
    import.meta.glob('../fixtures/tools/placeholder/*/definition.ts', { eager: true }),
    import.meta.glob('../fixtures/tools/placeholder/*/*.json', { eager: true }),
  ],
} as Record<string, [Modules, Modules]>;

/** The error message `collectTools` throws for a fixture folder. */
function problemsOf(name: string): string {
  const [definitions, strings] = fixtures[name]!;
  try {
    collectTools(definitions, strings);
  } catch (error) {
    expect(error).toBeInstanceOf(ToolDefinitionError);
    return (error as Error).message;
  }
  throw new Error(`fixture "${name}" was accepted`);
}

describe('tool definitions', () => {
  test('the site’s own tools are valid in every locale', () => {
    const tools = collectTools(
      import.meta.glob('../../content/tools/*/definition.ts', { eager: true }),
      import.meta.glob('../../content/tools/*/*.json', { eager: true }),
    );
    for (const id of ['five-steps', 'exit-conversation', 'notice-and-handover', 'exit-letter'] as const) expect(tools.get(id)?.definition.id).toBe(id);
  });

  test('a complete definition loads with its strings in every locale and a fingerprint', () => {
    const [definitions, strings] = fixtures['valid']!;
    const tool = collectTools(definitions, strings).get('notice-and-handover')!;
    expect(tool.definition.kind).toBe('checklist');
    expect(tool.strings.fa['step.second.why']).toBe('why two fa');
    expect(tool.fingerprint).toMatch(/^[0-9a-f]{8}$/);
  });

  test('a missing string names the locale file, the key and the id', () => {
    expect(problemsOf('strings')).toMatch(/fixtures\/tools\/strings\/notice-and-handover\/fa\.json: missing string "step\.second\.why" \(for id "second"\)/);
  });

  test('a string for an unknown id names the file and the id', () => {
    expect(problemsOf('strings')).toMatch(/strings\/notice-and-handover\/ar\.json: string "step\.ghost\.label" names an unknown id "ghost"/);
  });

  test('a duplicate step id and a folder that does not match the id are both reported', () => {
    const message = problemsOf('duplicate');
    expect(message).toMatch(/duplicate\/five-steps\/definition\.ts: .*steps\[2\] \(id "thank"\): Step id "thank" appears twice/);
    expect(message).toMatch(/id "exit-conversation" must match its folder name "five-steps"/);
  });

  test('a rule naming a missing field or option names the definition file and both ids', () => {
    const message = problemsOf('letter');
    expect(message).toMatch(
      /letter\/exit-letter\/definition\.ts: .*paragraphs\[0\] \(id "greeting"\)\.whenFilled: Paragraph "greeting" names field "client-nmae", which is not defined/,
    );
    expect(message).toMatch(/paragraphs\[1\] \(id "body"\)\.omitWhen: .*option "cold", which is not an option of its choice "tone"/);
  });

  test('a missing locale file is named', () => {
    expect(problemsOf('letter')).not.toMatch(/missing; every tool/); // schema errors stop before strings
    const [definitions] = fixtures['placeholder']!;
    const message = (() => {
      try {
        collectTools(definitions, {});
        return '';
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(message).toContain(`placeholder/exit-letter/fa.json: missing; every tool needs strings in ${localeCodes.join(', ')}`);
  });

  test('a letter placeholder that names no field is reported with the key', () => {
    const message = problemsOf('placeholder');
    expect(message).toMatch(/placeholder\/exit-letter\/en\.json: "letter\.greeting": placeholder "\{client\}" names no field; use one of \{client-name\}/);
    expect(message).toMatch(/en\.json: string "letter\.extra" names an unknown id/);
    expect(message).not.toMatch(/fa\.json/);
  });
});
