import { isLocale, type Locale } from './locales';
import { stripBase } from './resolve';

/**
 * Prefixes a site-absolute path with the deploy base (`astro.config` `base`), so the
 * same built links work at `/` or under a sub-path.
 * @example withBase('/fa/guides/', '/help/') // '/help/fa/guides/'
 */
export function withBase(path: string, base = '/'): string {
  const trimmedBase = base.replace(/\/+$/, '');
  if (!path.startsWith('/')) return path;
  return `${trimmedBase}${path}`;
}

/** @example guidePath('ar', 'money') // '/ar/guides/money/' */
export function guidePath(locale: Locale, key: string): string {
  return `/${locale}/guides/${key}/`;
}

/** @example toolPath('fa', 'self-assessment') // '/fa/tools/self-assessment/' */
export function toolPath(locale: Locale, toolId: string): string {
  return `/${locale}/tools/${toolId}/`;
}

/** @example localePath('en', 'search/') // '/en/search/' */
export function localePath(locale: Locale, rest = ''): string {
  return `/${locale}/${rest.replace(/^\/+/, '')}`;
}

/**
 * The same page in another locale: swaps the locale segment and keeps the rest of the
 * path. Every page exists in every locale (missing guides get a fallback page), so this
 * never leads to a 404.
 * @example translatePath('/fa/guides/money/', 'en') // '/en/guides/money/'
 */
export function translatePath(pathname: string, to: Locale, base = '/'): string {
  const path = stripBase(pathname, base);
  const segments = path.split('/');
  // segments[0] is '' (leading slash); segments[1] is the locale when there is one.
  if (isLocale(segments[1])) {
    segments[1] = to;
    return segments.join('/');
  }
  return localePath(to);
}
