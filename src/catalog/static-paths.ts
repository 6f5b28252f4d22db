import { localeCodes, type Locale } from '../i18n/locales';

/**
 * `getStaticPaths` for a page that exists once per locale. The page reads its locale from
 * `Astro.locals.locale` (set by `src/middleware.ts` from the URL), so no props are passed.
 * @example export const getStaticPaths = everyLocale;
 */
export function everyLocale(): { params: { locale: Locale } }[] {
  return localeCodes.map((locale) => ({ params: { locale } }));
}
