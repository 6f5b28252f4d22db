// @ts-check
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { createHash } from 'node:crypto';
import { siteLinks } from './src/lib/rehype-site-links.mjs';
import { themeInitScript } from './src/lib/theme-script.mjs';

/**
 * Environment knobs, all optional:
 * - BASE_PATH: publish under a sub-path (e.g. `/help/`); every link and the search index follow.
 * - SITE_URL: the public origin, for canonical and hreflang URLs and the sitemap.
 * - OUT_DIR / CACHE_DIR: build somewhere else (tests and the benchmark build side by side).
 * - CONTENT_DIR, INCLUDE_FIXTURES: read by src/content.config.ts.
 */
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://parting-ways.example',
  base,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.CACHE_DIR ?? './node_modules/.astro',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // The site never talks to another host; no telemetry-style prefetching either.
  prefetch: false,
  devToolbar: { enabled: false },
  // Preact's Vite preset runs Babel over every matching source file; only the islands (.tsx)
  // hold JSX. Left to its default it also re-parsed every .ts/.mjs module, among them
  // .astro/content-modules.mjs, which lists every guide and grows with the content.
  integrations: [mdx(), preact({ include: ['**/*.tsx'] })],
  markdown: {
    // Sätteri, Astro's native (Rust) Markdown/MDX processor, with our link plugin on its HTML
    // tree. The JavaScript remark/rehype pipeline (`unified()`) produced the same HTML for
    // our content but took most of the build's CPU (micromark parsing, smartypants'
    // natural-language parse of every text node). No syntax highlighting (Shiki's inline
    // styles would need 'unsafe-inline' in the CSP, and guides have no code).
    processor: satteri({ hastPlugins: [siteLinks({ base })] }),
    syntaxHighlight: false,
  },
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // 'wasm-unsafe-eval': Pagefind's search runs as WebAssembly; no JS eval is allowed.
      scriptDirective: {
        resources: ["'self'", "'wasm-unsafe-eval'"],
        hashes: [`sha256-${createHash('sha256').update(themeInitScript).digest('base64')}`],
      },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
