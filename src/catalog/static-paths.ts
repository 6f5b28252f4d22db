import { localeCodes, type Locale } from '../i18n/locales';

/** `getStaticPaths` result for a page that exists once per locale. */
export function everyLocale(): { params: { locale: Locale }; props: { locale: Locale } }[] {
  return localeCodes.map((locale) => ({ params: { locale }, props: { locale } }));
}
