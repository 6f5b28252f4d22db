import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { createHash } from 'node:crypto';
import { environment } from './src/integration/environment.mjs';
import { partingWaysBuild } from './src/integration/index';
import { siteLinks } from './src/integration/rehype-site-links.mjs';
import { searchQueryScript } from './src/integration/search-query-script.mjs';
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
  // The islands' chunks (client build only): left to itself, Rolldown split the search page's
  // modules into 14 small files, and on the benchmark's Slow-4G profile over HTTP/1.1 (six
  // connections, 562.5 ms a request) each round of six cost 0.6 s before Pagefind's files got
  // their turn. Preact, Astro's renderer and the small shared site modules make one `runtime`
  // chunk every island loads; the search island's own modules one `search` chunk.
  vite: {
    environments: {
      client: {
        build: {
          rolldownOptions: {
            output: {
              codeSplitting: {
                groups: [
                  { name: 'search', test: /[\\/]src[\\/](islands[\\/]search[\\/]|lib[\\/]search-)/, priority: 1 },
                  {
                    name: 'runtime',
                    test: /[\\/]node_modules[\\/](preact|@astrojs[\\/]preact)[\\/]|preload-helper|[\\/]src[\\/](i18n[\\/]|lib[\\/]headings|islands[\\/]shared[\\/]useFocusAfterRender)/,
                    priority: 2,
                  },
                ],
              },
            },
          },
        },
      },
    },
  },
  // Preact's Vite preset runs Babel over every matching source file; only the islands (.tsx)
  // hold JSX. Left to its default it also re-parsed every .ts/.mjs module, among them
  // .astro/content-modules.mjs, which lists every guide and grows with the content.
  // partingWaysBuild: search index, sitemap, _headers and service workers after the pages.
  integrations: [mdx(), preact({ include: ['**/*.tsx'] }), partingWaysBuild({ precacheBudgetBytes: environment.precacheBudgetBytes })],
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
        hashes: [themeInitScript, searchQueryScript].map((script) => `sha256-${createHash('sha256').update(script).digest('base64')}`),
      },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
