/**
 * The guides as the site serves them: every guide key in journey order, and for each
 * locale either that locale's own translation or a fallback in another language.
 *
 * Input is a flat list of entries `{ id: '<locale>/<key>', filePath, data }` from the
 * content collection. Authors' mistakes that a schema cannot see across files (a file
 * whose name and `key` differ, translations that disagree on stage or order, the same key
 * twice in one locale) throw a `CatalogError` naming the files, so the build stops.
 */
import { isLocale, localeCodes, defaultLocale, type Locale } from '../i18n/locales';
import { stages, type Stage } from '../schemas/guide';

export interface GuideEntryLike<D extends GuideDataLike = GuideDataLike> {
  id: string;
  filePath?: string | undefined;
  data: D;
}
export interface GuideDataLike {
  key: string;
  stage: Stage;
  order: number;
  title: string;
}

export interface ResolvedGuide<E> {
  key: string;
  /** The entry to show: the locale's own or a fallback. */
  entry: E;
  /** The language the content is written in. */
  contentLocale: Locale;
  /** True when the locale has no translation and `entry` comes from another language. */
  isFallback: boolean;
}

export class CatalogError extends Error {
  override name = 'CatalogError';
}

export interface Catalog<E extends GuideEntryLike> {
  /** Every key, in journey order (stage, then order, then key). */
  keys: readonly string[];
  /** The guide for a locale, translated or fallback; undefined only for an unknown key. */
  resolve(locale: Locale, key: string): ResolvedGuide<E> | undefined;
  /** The locale's guides in journey order, fallbacks included. */
  inLocale(locale: Locale): ResolvedGuide<E>[];
  /** Locales that have their own translation of a key. */
  translationsOf(key: string): Locale[];
  /** Neighbours in journey order, for previous/next links. */
  neighbours(key: string): { previous?: string; next?: string };
  stageOf(key: string): Stage;
}

const where = (entry: GuideEntryLike) => entry.filePath ?? entry.id;

/** Builds the catalog, or throws a `CatalogError` describing every problem found. */
export function buildCatalog<E extends GuideEntryLike>(entries: readonly E[]): Catalog<E> {
  const problems: string[] = [];
  const byKey = new Map<string, Map<Locale, E>>();

  for (const entry of entries) {
    const [locale, fileKey] = entry.id.split('/');
    if (!isLocale(locale) || !fileKey) {
      problems.push(`${where(entry)}: guides must live in content/guides/<${localeCodes.join('|')}>/<key>.mdx.`);
      continue;
    }
    if (entry.data.key !== fileKey) {
      problems.push(`${where(entry)}: field "key" is "${entry.data.key}" but the file is named "${fileKey}.mdx"; make them the same.`);
    }
    const translations = byKey.get(entry.data.key) ?? new Map<Locale, E>();
    const existing = translations.get(locale);
    if (existing) {
      problems.push(`${where(entry)}: duplicate guide key "${entry.data.key}" in ${locale} (also in ${where(existing)}).`);
    }
    translations.set(locale, entry);
    byKey.set(entry.data.key, translations);
  }

  for (const [key, translations] of byKey) {
    const list = [...translations.values()];
    const first = list[0];
    if (!first) continue;
    for (const other of list.slice(1)) {
      if (other.data.stage !== first.data.stage) {
        problems.push(
          `${where(other)}: field "stage" is "${other.data.stage}" but ${where(first)} says "${first.data.stage}"; translations of "${key}" must share a stage.`,
        );
      }
      if (other.data.order !== first.data.order) {
        problems.push(
          `${where(other)}: field "order" is ${other.data.order} but ${where(first)} says ${first.data.order}; translations of "${key}" must share an order.`,
        );
      }
    }
  }
  if (problems.length > 0) throw new CatalogError(`Guide content has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);

  const representative = (key: string): E => {
    const translations = byKey.get(key)!;
    return translations.get(defaultLocale) ?? [...translations.values()][0]!;
  };
  const keys = [...byKey.keys()].sort((a, b) => {
    const ea = representative(a).data;
    const eb = representative(b).data;
    return stages.indexOf(ea.stage) - stages.indexOf(eb.stage) || ea.order - eb.order || a.localeCompare(b);
  });

  const resolve = (locale: Locale, key: string): ResolvedGuide<E> | undefined => {
    const translations = byKey.get(key);
    if (!translations) return undefined;
    const own = translations.get(locale);
    if (own) return { key, entry: own, contentLocale: locale, isFallback: false };
    // Fall back to English, then to the first language the guide exists in.
    const fallbackLocale = [defaultLocale, ...localeCodes].find((l) => translations.has(l))!;
    return { key, entry: translations.get(fallbackLocale)!, contentLocale: fallbackLocale, isFallback: true };
  };

  return {
    keys,
    resolve,
    inLocale: (locale) => keys.map((key) => resolve(locale, key)!),
    translationsOf: (key) => localeCodes.filter((l) => byKey.get(key)?.has(l)),
    neighbours(key) {
      const index = keys.indexOf(key);
      const previous = index > 0 ? keys[index - 1] : undefined;
      const next = index >= 0 && index < keys.length - 1 ? keys[index + 1] : undefined;
      return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
    },
    stageOf: (key) => representative(key).data.stage,
  };
}
