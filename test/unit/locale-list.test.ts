/**
 * Adding a language means editing src/i18n/ (the locale table and a string table), not
 * hunting for copies of the list: no other source, script or test spells every locale code
 * out as a list or a pattern; they derive it from src/i18n/locales.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';
import { localeCodes } from '../../src/i18n/locales';

const root = new URL('../..', import.meta.url).pathname;

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (/\.(ts|tsx|mjs|js|astro)$/.test(entry.name)) yield path;
  }
}

test('outside src/i18n/, nothing spells out every locale code as a list or a pattern', () => {
  const code = `['"\`]?(?:${localeCodes.join('|')})['"\`]?`;
  // Runs of codes in an array (`'xx', 'yy'`), a union or an alternation (`xx|yy`).
  const run = new RegExp(`${code}(?:\\s*[,|]\\s*${code})+(?![\\w-])`, 'g');
  const listsEveryCode = (text: string) => [...text.matchAll(run)].some(([match]) => localeCodes.every((c) => new RegExp(`\\b${c}\\b`).test(match)));
  const offenders = ['src', 'scripts', 'test'].flatMap((dir) =>
    [...sourceFiles(join(root, dir))]
      .filter((file) => !relative(root, file).startsWith('src/i18n/') && listsEveryCode(readFileSync(file, 'utf8')))
      .map((file) => relative(root, file)),
  );
  expect(offenders).toEqual([]);
});
