import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { createHash } from 'node:crypto';
import { environment } from './src/integration/environment.mjs';
import { partingWaysBuild } from './src/integration/index';
import { rehypeSiteLinks } from './src/integration/rehype-site-links.mjs';
import { themeInitScript } from './src/integration/theme-script.mjs';

// A TypeScript config: Astro loads it through Vite, so the integration can import the site's
// own TypeScript modules (locales, search normalisation) with no loader of our own.
// The environment knobs (BASE_PATH, SITE_URL, OUT_DIR…) are read in environment.mjs only.
const base = environment.basePath;

export default defineConfig({
  site: environment.siteUrl,
  base,
  trailingSlash: 'always',
  outDir: environment.outDir,
  cacheDir: environment.cacheDir,
  build: { format: 'directory', inlineStylesheets: 'never' },
  // The site never talks to another host; no telemetry-style prefetching either.
  prefetch: false,
  devToolbar: { enabled: false },
  // partingWaysBuild: search index, sitemap, _headers and service workers after the pages.
  integrations: [mdx(), preact(), partingWaysBuild()],
  markdown: {
    // remark/rehype pipeline so our link plugin runs; no syntax highlighting (Shiki's
    // inline styles would need 'unsafe-inline' in the CSP, and guides have no code).
    processor: unified({ rehypePlugins: [[rehypeSiteLinks, { base }]] }),
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
