/** What `src/middleware.ts` puts on `Astro.locals` for every page. */
declare namespace App {
  interface Locals {
    /** The locale of the page's chrome: the `[locale]` URL segment, or the default locale at the root. */
    locale: import('./i18n/locales').Locale;
    /** The UI translator for `locale` (`t('nav.guides')`, `t.plural(…)`, `t.dir`, `t.lang`). */
    t: import('./i18n/translate').Translator;
  }
}
