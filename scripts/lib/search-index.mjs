// Builds the Pagefind indexes (one per <html lang>) over the built site.
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/** @param {string} outDir */
export async function buildSearchIndex(outDir) {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: outDir });
  if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  return { pages: added.page_count };
}
