/**
 * The import graph, as CONTRIBUTING describes it: content → schemas → catalog →
 * pages/components/layouts → islands → lib → i18n. Each floor lists the floors it may
 * import; `src/lib` stays pure (no `astro:*`, no `import.meta.glob`, no DOM), and islands,
 * which run in the browser, never reach the build-time floors.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, test } from 'vitest';

const src = 'src';

type Floor = 'schemas' | 'catalog' | 'pages' | 'components' | 'layouts' | 'islands' | 'lib' | 'i18n' | 'data';

/** What each floor may import from `src/` (its own floor always included). */
const mayImport: Record<Floor, readonly Floor[]> = {
  schemas: ['i18n', 'data'],
  catalog: ['schemas', 'lib', 'i18n', 'data'],
  pages: ['layouts', 'components', 'islands', 'catalog', 'schemas', 'lib', 'i18n', 'data'],
  layouts: ['layouts', 'components', 'islands', 'catalog', 'schemas', 'lib', 'i18n', 'data'],
  components: ['layouts', 'islands', 'catalog', 'schemas', 'lib', 'i18n', 'data'],
  islands: ['lib', 'i18n'],
  lib: ['i18n'],
  i18n: [],
  data: [],
};

/**
 * Arrows that still point up, each waiting for the change that removes it. The test fails
 * when one disappears, so the list cannot outlive its reason.
 */
const knownUpward = new Set<string>([]);

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : /\.(ts|tsx|mjs|js|astro)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/** The code of a file without comments (an `.astro` file: its frontmatter and scripts). */
function codeOf(path: string): string {
  return readFileSync(path, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

function floorOf(path: string): Floor | undefined {
  const top = relative(src, path).split('/')[0] as Floor;
  return top in mayImport ? top : undefined;
}

const specifier = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g;

const files = filesUnder(src).map((path) => {
  const code = codeOf(path);
  const imports = [...code.matchAll(specifier)].map((m) => m[1]!);
  const local = imports.filter((s) => s.startsWith('.')).map((s) => normalize(join(dirname(path), s)).replace(/\.(ts|tsx|mjs|js)$/, ''));
  return { path, floor: floorOf(path), code, imports, local };
});

describe('the import graph', () => {
  test('finds the source floors it checks', () => {
    const floors = new Set(files.map((f) => f.floor));
    for (const floor of ['schemas', 'catalog', 'components', 'islands', 'lib', 'i18n'] as const) expect(floors).toContain(floor);
  });

  test('has no arrow pointing up', () => {
    const upward: string[] = [];
    for (const file of files) {
      if (!file.floor) continue;
      for (const target of file.local) {
        const to = floorOf(target);
        if (!to || to === file.floor || mayImport[file.floor].includes(to)) continue;
        upward.push(`${file.path} -> ${target}`);
      }
    }
    expect(upward.filter((edge) => !knownUpward.has(edge))).toEqual([]);
    // An entry fixed elsewhere must leave the list too.
    expect([...knownUpward].filter((edge) => !upward.includes(edge))).toEqual([]);
  });

  test('schemas import neither lib nor the catalog', () => {
    for (const file of files.filter((f) => f.floor === 'schemas')) {
      expect(
        file.local.filter((t) => /^src\/(lib|catalog)\//.test(t)),
        file.path,
      ).toEqual([]);
    }
  });
});

describe('src/lib is pure TypeScript', () => {
  const lib = files.filter((f) => f.floor === 'lib');

  test.each(lib.map((f) => [f.path, f] as const))('%s uses no astro: module, glob import or DOM', (_path, file) => {
    expect(file.imports.filter((s) => s.startsWith('astro:'))).toEqual([]);
    expect(file.code).not.toMatch(/import\.meta\.glob/);
    expect(file.code).not.toMatch(/\b(document|window)\s*\.|\bHTML\w*Element\b/);
  });

  test('imports only lib, i18n and packages', () => {
    const outside = lib.flatMap((f) => f.local.filter((t) => !/^src\/(lib|i18n)\//.test(t)).map((t) => `${f.path} -> ${t}`));
    expect(outside.filter((edge) => !knownUpward.has(edge))).toEqual([]);
  });
});
