/**
 * The guides are written in each locale's own letters and digits: Persian with ی ک and
 * ۰–۹, Arabic with ي ك and ٠–٩. Search folds stray letters anyway (src/lib/search-normalise.ts),
 * but readers see the text as written, and a Persian ي or an Arabic ی reads as a typo.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const foreign: Record<'fa' | 'ar', { pattern: RegExp; advice: string }> = {
  fa: { pattern: /[\u064A\u0643\u0649\u0660-\u0669]/gu, advice: 'Persian text uses ی and ک and the digits ۰–۹' },
  ar: { pattern: /[\u06CC\u06A9\u06F0-\u06F9]/gu, advice: 'Arabic text uses ي and ك and the digits ٠–٩' },
};

const files = (locale: 'fa' | 'ar') =>
  ['content/guides', 'content/pages']
    .map((dir) => join(dir, locale))
    .filter((dir) => existsSync(dir))
    .flatMap((dir) => readdirSync(dir).filter((name) => name.endsWith('.mdx')).map((name) => join(dir, name)));

/** Every letter or digit of another script, as `file:line: "x" (U+XXXX)`. */
function misspellings(locale: 'fa' | 'ar', file: string, text: string): string[] {
  return text.split('\n').flatMap((line, index) =>
    [...line.matchAll(foreign[locale].pattern)].map(([char]) => `${file}:${index + 1}: "${char}" (U+${char!.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`),
  );
}

describe.each(['fa', 'ar'] as const)('%s content', (locale) => {
  test('uses the locale’s own letters and digits', () => {
    const found = files(locale).flatMap((file) => misspellings(locale, file, readFileSync(file, 'utf8')));
    expect(found, `${foreign[locale].advice}:\n${found.join('\n')}`).toEqual([]);
  });
});

test('the check notices an Arabic yeh in Persian and a Persian digit in Arabic', () => {
  expect(misspellings('fa', 'x.mdx', 'مشتري')).toEqual(['x.mdx:1: "ي" (U+064A)']);
  expect(misspellings('ar', 'y.mdx', 'سطر\nرقم ۲')).toEqual(['y.mdx:2: "۲" (U+06F2)']);
});
