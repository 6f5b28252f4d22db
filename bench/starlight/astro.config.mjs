// @ts-check
/**
 * The benchmark's reference site: Starlight with its defaults (sidebar generated from every
 * page, Pagefind search, Expressive Code), in the same three languages as Parting Ways.
 * bench/growth.mjs writes the synthetic guides into src/content/docs/ before each build and
 * points OUT_DIR and CACHE_DIR at a temporary folder.
 */
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

export default defineConfig({
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.CACHE_DIR ?? './node_modules/.astro',
  integrations: [
    starlight({
      title: 'Parting Ways',
      defaultLocale: 'en',
      locales: {
        fa: { label: 'فارسی', lang: 'fa', dir: 'rtl' },
        ar: { label: 'العربية', lang: 'ar', dir: 'rtl' },
        en: { label: 'English', lang: 'en' },
      },
    }),
  ],
});
