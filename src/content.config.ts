import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { environment } from './integration/environment.mjs';
import { plainMarkdownFirst } from './integration/plain-markdown-loader';
import { guideSchema } from './schemas/guide';
import { pageSchema } from './schemas/page';

/**
 * Guides live in `content/guides/<locale>/<key>.mdx`, standalone pages in
 * `content/pages/<locale>/<slug>.mdx`. `CONTENT_DIR` points the build at another content
 * folder (the benchmark's synthetic guides; `PAGES_DIR` likewise for pages);
 * `INCLUDE_FIXTURES=1` adds the test fixtures (a guide with no translation) for the
 * end-to-end build.
 */
function contentLoader(kind: 'guides' | 'pages', dirFromEnv: string | undefined) {
  const patterns = [`${kind}/*/*.mdx`];
  if (kind === 'guides' && environment.includeFixtures && !dirFromEnv) patterns.push(`../test/fixtures/content/${kind}/*/*.mdx`);
  // Glob patterns may not climb out of `base`, so the fixtures are reached from the root.
  const base = dirFromEnv ? pathToFileURL(`${resolve(dirFromEnv)}/`) : '.';
  return plainMarkdownFirst(
    glob({
      base,
      pattern: dirFromEnv ? patterns : patterns.map((p) => p.replace(/^\.\.\//, '').replace(/^(guides|pages)\//, 'content/$1/')),
      // `<locale>/<slug>` whatever folder the file came from.
      generateId: ({ entry }) => entry.replace(/^(?:.*\/)?(?:guides|pages)\/([^/]+)\/([^/]+)\.mdx$/, '$1/$2'),
    }),
    // Only a guide's page renders the tools it embeds (src/pages/[locale]/guides/[key].astro).
    { toolEmbeds: kind === 'guides' },
  );
}

const guides = defineCollection({ loader: contentLoader('guides', environment.contentDir), schema: guideSchema });
const pages = defineCollection({ loader: contentLoader('pages', environment.pagesDir), schema: pageSchema });

export const collections = { guides, pages };
