import { describe, expect, test } from 'vitest';
import { buildCatalog, CatalogError, type GuideDataLike, type GuideEntryLike } from '../../src/catalog/guide-catalog';

const guide = (id: string, data: Partial<GuideDataLike> = {}): GuideEntryLike => {
  const key = id.split('/')[1]!;
  return { id, filePath: `content/guides/${id}.mdx`, data: { key, stage: 'recognise', order: 10, title: `Title ${id}`, ...data } };
};

describe('buildCatalog', () => {
  test('orders keys by journey stage, then order, then key', () => {
    const catalog = buildCatalog([
      guide('en/after', { stage: 'after', order: 1 }),
      guide('en/b', { stage: 'recognise', order: 20 }),
      guide('en/a', { stage: 'recognise', order: 20 }),
      guide('en/first', { stage: 'recognise', order: 5 }),
      guide('en/mend', { stage: 'repair', order: 0 }),
    ]);
    expect(catalog.keys).toEqual(['first', 'a', 'b', 'mend', 'after']);
  });

  test('serves a missing translation as an English fallback', () => {
    const catalog = buildCatalog([guide('en/money'), guide('fa/money'), guide('en/repair', { order: 20 })]);
    expect(catalog.resolve('fa', 'money')).toMatchObject({ contentLocale: 'fa', isFallback: false });
    expect(catalog.resolve('fa', 'repair')).toMatchObject({ contentLocale: 'en', isFallback: true });
    expect(catalog.resolve('ar', 'repair')?.entry.id).toBe('en/repair');
  });

  test('falls back to another language when there is no English version', () => {
    const catalog = buildCatalog([guide('ar/only-arabic')]);
    expect(catalog.resolve('fa', 'only-arabic')).toMatchObject({ contentLocale: 'ar', isFallback: true });
  });

  test('lists every key in every locale, fallbacks included', () => {
    const catalog = buildCatalog([guide('en/a'), guide('fa/b', { order: 20 })]);
    expect(catalog.inLocale('ar').map((g) => [g.key, g.isFallback])).toEqual([
      ['a', true],
      ['b', true],
    ]);
  });

  test('reports which locales have a real translation', () => {
    const catalog = buildCatalog([guide('en/a'), guide('ar/a')]);
    expect(catalog.translationsOf('a')).toEqual(['ar', 'en']);
  });

  test('gives previous and next in journey order', () => {
    const catalog = buildCatalog([guide('en/a', { order: 1 }), guide('en/b', { order: 2 }), guide('en/c', { order: 3 })]);
    expect(catalog.neighbours('a')).toEqual({ next: 'b' });
    expect(catalog.neighbours('b')).toEqual({ previous: 'a', next: 'c' });
    expect(catalog.neighbours('c')).toEqual({ previous: 'b' });
  });

  test('returns nothing for an unknown key', () => {
    expect(buildCatalog([guide('en/a')]).resolve('en', 'nope')).toBeUndefined();
  });

  test('names the file when its key and file name differ', () => {
    expect(() => buildCatalog([guide('en/money', { key: 'cash' })])).toThrow(
      /content\/guides\/en\/money\.mdx: field "key" is "cash" but the file is named "money\.mdx"/,
    );
  });

  test('names both files when translations disagree on stage', () => {
    expect(() => buildCatalog([guide('en/money', { stage: 'diagnose' }), guide('fa/money', { stage: 'repair' })])).toThrow(
      /content\/guides\/fa\/money\.mdx: field "stage" is "repair" but content\/guides\/en\/money\.mdx says "diagnose"/,
    );
  });

  test('names both files when translations disagree on order', () => {
    expect(() => buildCatalog([guide('en/money', { order: 1 }), guide('ar/money', { order: 2 })])).toThrow(/field "order" is 2/);
  });

  test('rejects the same key twice in one locale', () => {
    const a = guide('en/money');
    const b = { ...guide('en/money'), filePath: 'elsewhere/en/money.mdx' };
    expect(() => buildCatalog([a, b])).toThrow(/duplicate guide key "money" in en/);
  });

  test('rejects a guide outside a locale folder', () => {
    expect(() => buildCatalog([guide('de/money')])).toThrow(CatalogError);
  });
});
