import { defaultLocale, isLocale, localeCodes, type Locale } from './locales';

/**
 * Picks the first of the browser's preferred languages that the site serves, matching on
 * the primary subtag (`fa-IR` → `fa`). Used only to *suggest* a language on `/`.
 * @example preferredLocale(['de-DE', 'ar-EG']) // 'ar'
 */
export function preferredLocale(languages: readonly string[]): Locale | undefined {
  for (const tag of languages) {
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
    if (isLocale(primary)) return primary;
  }
  return undefined;
}

/**
 * The locale a path belongs to, after the site's base. Paths outside any locale resolve
 * to the default locale, so the root 404 page still gets chrome.
 * @example localeFromPath('/site/fa/guides/money/', '/site/') // 'fa'
 */
export function localeFromPath(pathname: string, base = '/'): Locale {
  const rest = stripBase(pathname, base);
  const first = rest.split('/').find((segment) => segment !== '');
  return isLocale(first) ? first : defaultLocale;
}

/** Removes the deploy base from a path, keeping a leading slash. */
export function stripBase(pathname: string, base = '/'): string {
  const normalisedBase = base.endsWith('/') ? base : `${base}/`;
  if (normalisedBase !== '/' && pathname.startsWith(normalisedBase)) {
    return `/${pathname.slice(normalisedBase.length)}`;
  }
  if (normalisedBase !== '/' && `${pathname}/` === normalisedBase) return '/';
  return pathname;
}

export { localeCodes };
