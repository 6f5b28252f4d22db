/**
 * Every key of the UI dictionary is used somewhere in `src/`: a string no component reads
 * is a string translators keep up for nothing. A key counts as used when its text appears
 * in quotes, or, for keys built at run time, when it falls under one of the prefixes
 * below and the code builds keys from that prefix.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { en } from '../../src/i18n/ui/en';

/**
 * Keys built from a prefix and a value, with the code that builds them
 * (`t(\`stage.${stage}\`)`). Add a prefix here only together with such code.
 */
const builtPrefixes = [
  // `stage.${stage}` and `stage.${stage}.summary`: one per journey stage (src/schemas/guide.ts).
  'stage.',
  // `search.kind.${kind}`: one per tool kind, the label a tool's search result carries
  // (src/islands/search/Search.tsx, src/integration/search-index.mjs).
  'search.kind.',
];

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : /\.(ts|tsx|astro|mjs)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

// The dictionaries themselves do not count as uses.
const code = filesUnder('src')
  .filter((path) => !path.startsWith(join('src', 'i18n', 'ui')))
  .map((path) => readFileSync(path, 'utf8'))
  .join('\n');

/** `guides.count.one` is read through `t.plural('guides.count', n)`. */
const pluralBase = (key: string) => key.replace(/\.(zero|one|two|few|many|other)$/, '');

/** Prefixes the code builds keys from: the text before `${` in a template literal. */
const prefixesInCode = new Set([...code.matchAll(/`([a-zA-Z.]+\.)\$\{/g)].map((m) => m[1]!));

describe('the UI dictionary', () => {
  test('finds keys and code to check', () => {
    expect(Object.keys(en).length).toBeGreaterThan(50);
    expect(code).toContain("'site.name'");
  });

  test('every documented prefix is still built by some code', () => {
    expect(builtPrefixes.filter((prefix) => !prefixesInCode.has(prefix))).toEqual([]);
  });

  test('has no key that no component uses', () => {
    const unused = Object.keys(en).filter((key) => {
      const base = pluralBase(key);
      if (code.includes(`'${key}'`) || code.includes(`'${base}'`)) return false;
      return !builtPrefixes.some((prefix) => key.startsWith(prefix));
    });
    expect(unused).toEqual([]);
  });
});
