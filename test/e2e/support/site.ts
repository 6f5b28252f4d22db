/** Facts about the built site read from disk, for tests that cover every page. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every built HTML page as a URL path (`/fa/guides/money/`), pagefind's own files excluded. */
export function builtPages(dist: string): string[] {
  const pages: string[] = [];
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'pagefind' && entry.name !== '_astro') visit(path);
      } else if (entry.name.endsWith('.html')) {
        const rel = relative(dist, path).split(sep).join('/');
        pages.push(`/${rel.replace(/index\.html$/, '')}`);
      }
    }
  };
  visit(dist);
  return pages.sort();
}

export function readPage(dist: string, urlPath: string): string {
  const file = urlPath.endsWith('/') ? join(dist, urlPath, 'index.html') : join(dist, urlPath);
  return readFileSync(file, 'utf8');
}
