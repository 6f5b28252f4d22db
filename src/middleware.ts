/**
 * Resolves the page's locale and its translator once per request (for this static site:
 * once per prerendered page), so pages, layouts and components read `Astro.locals.locale`
 * and `Astro.locals.t` instead of each calling `translator(locale)` and passing `locale`
 * down. Routes under `/<locale>/` take it from the URL; the root pages (language chooser,
 * root 404) get the default locale's chrome.
 */
import type { MiddlewareHandler } from 'astro';
import { defaultLocale, isLocale, localeCodes, type Locale } from './i18n/locales';
import { translator, type Translator } from './i18n/translate';

const translators = Object.fromEntries(localeCodes.map((l) => [l, translator(l)])) as Record<Locale, Translator>;

export const onRequest: MiddlewareHandler = (context, next) => {
  const locale = isLocale(context.params['locale']) ? context.params['locale'] : defaultLocale;
  context.locals.locale = locale;
  context.locals.t = translators[locale];
  return next();
};
