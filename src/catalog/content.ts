/**
 * The site's content, loaded once per build: the guide catalog and the standalone pages.
 * Pages import from here rather than calling `getCollection` themselves, so the
 * cross-file checks in `buildCatalog` run once and every page sees the same order.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales';
import { buildCatalog, type Catalog, type ResolvedGuide } from './guide-catalog';

export type GuideEntry = CollectionEntry<'guides'>;
export type PageEntry = CollectionEntry<'pages'>;

let catalogPromise: Promise<Catalog<GuideEntry>> | undefined;

/** The guide catalog (throws on cross-file content errors, failing the build). */
export function guideCatalog(): Promise<Catalog<GuideEntry>> {
  catalogPromise ??= getCollection('guides').then((entries) => buildCatalog(entries));
  return catalogPromise;
}

/** The guides a locale lists, in journey order (its own translations and fallbacks). */
export async function guidesIn(locale: Locale): Promise<ResolvedGuide<GuideEntry>[]> {
  return (await guideCatalog()).inLocale(locale);
}

/** A standalone page in a locale, falling back to English when it is not translated. */
export async function standalonePage(locale: Locale, slug: string): Promise<{ entry: PageEntry; contentLocale: Locale } | undefined> {
  const pages = await getCollection('pages');
  const own = pages.find((p) => p.id === `${locale}/${slug}`);
  if (own) return { entry: own, contentLocale: locale };
  const fallback = pages.find((p) => p.id === `en/${slug}`);
  return fallback ? { entry: fallback, contentLocale: 'en' } : undefined;
}
