/**
 * One guidance in three languages: every guide key exists in every locale with the same
 * outline (its `##` sections, within one), and each locale keeps one term per concept — the
 * glossary in docs/translators/<locale>.md lists, under "Terms (checked by a test)", the form
 * to use and the variants never to use in guides, tool strings and UI strings.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { localeCodes } from '../../src/i18n/locales';

const guideKeys = (locale: string) =>
  readdirSync(join('content/guides', locale))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.replace(/\.mdx$/, ''))
    .sort();
const sectionCount = (locale: string, key: string) => readFileSync(join('content/guides', locale, `${key}.mdx`), 'utf8').match(/^## /gm)?.length ?? 0;

describe('one outline per guide', () => {
  const [first, ...others] = localeCodes;
  test('every locale has the same 18 guide keys', () => {
    expect(guideKeys(first)).toHaveLength(18);
    for (const locale of others) expect(guideKeys(locale)).toEqual(guideKeys(first));
  });
  test.each(guideKeys(first))('%s has the same number of sections in every locale (±1)', (key) => {
    const counts = localeCodes.map((locale) => sectionCount(locale, key));
    expect(Math.max(...counts) - Math.min(...counts), `sections per locale ${localeCodes.join('/')}: ${counts.join('/')}`).toBeLessThanOrEqual(1);
  });
});

/** Rows of the "Terms (checked by a test)" table: the form to use and the forms never to use. */
function glossaryRows(markdown: string): { concept: string; use: string; never: string[] }[] {
  const section = markdown.split(/^## Terms \(checked by a test\)\s*$/m)[1];
  if (!section) return [];
  const table = section.split(/^## /m)[0] ?? '';
  return table
    .split('\n')
    .filter((line) => line.trim().startsWith('|'))
    .slice(2)
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    )
    .filter((cells) => cells.length >= 3)
    .map(([concept = '', use = '', never = '']) => ({
      concept,
      use,
      never: never
        .split(' / ')
        .map((v) => v.replace(/^[«"“]|[»"”]$/g, '').trim())
        .filter((v) => v && v !== '—' && v !== '-'),
    }));
}

/** Every file a reader sees text from, in one locale. */
function localeTexts(locale: string): { path: string; text: string }[] {
  const guides = readdirSync(join('content/guides', locale)).map((f) => join('content/guides', locale, f));
  const pages = readdirSync(join('content/pages', locale)).map((f) => join('content/pages', locale, f));
  const tools = readdirSync('content/tools').map((id) => join('content/tools', id, `${locale}.json`));
  return [...guides, ...pages, ...tools, join('src/i18n/ui', `${locale}.ts`)].map((path) => ({ path, text: readFileSync(path, 'utf8') }));
}

describe.each(localeCodes)('%s glossary', (locale) => {
  const rows = glossaryRows(readFileSync(join('docs/translators', `${locale}.md`), 'utf8'));
  test('names at least ten concepts, each with the form to use', () => {
    expect(rows.length).toBeGreaterThanOrEqual(10);
    for (const row of rows) expect(row.use, row.concept).not.toBe('');
  });
  const texts = localeTexts(locale);
  test.each(rows.filter((r) => r.never.length > 0).map((r) => [r.concept, r] as const))('"%s" never appears in a variant form', (_concept, row) => {
    const found = texts.flatMap(({ path, text }) => row.never.filter((variant) => text.includes(variant)).map((variant) => `${path}: «${variant}»`));
    expect(found, `use «${row.use}» instead`).toEqual([]);
  });
});
