/** Facts about the built site read from disk, for tests that cover every page. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

/** Every href/src in a page's HTML, entities decoded. */
export function linksIn(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
}

/**
 * Site-absolute links in a page that do not resolve to a built file. With a deploy base,
 * every site link must start with it (a link that forgets the base is broken too).
 */
export function brokenLinks(dist: string, html: string, base = '/'): string[] {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return linksIn(html)
    .filter((href) => href.startsWith('/') && !href.startsWith('//'))
    .filter((href) => {
      if (!href.startsWith(prefix)) return true;
      const clean = decodeURIComponent(href.slice(prefix.length - 1).split(/[?#]/)[0] ?? '');
      return !existsSync(clean.endsWith('/') ? join(dist, clean, 'index.html') : join(dist, clean));
    });
}

/**
 * The environment for a child `astro build`, without what Vitest sets for its own Vite
 * (BASE_URL, MODE, NODE_ENV=test…), which Astro would otherwise take as its own.
 */
export function buildEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
  for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV']) delete env[name];
  for (const name of Object.keys(env)) if (name.startsWith('VITEST') || name.startsWith('VITE_')) delete env[name];
  return env;
}

const buildLock = join(tmpdir(), 'parting-ways-child-build.lock');

/**
 * Runs a child build (`npm run build` or `npx astro build`) for a test. Astro writes
 * `.astro/` in the project root whatever OUT_DIR and CACHE_DIR say, so two builds at once
 * (test files run in parallel) would overwrite each other's files: a lock directory makes
 * them take turns. A stale lock (older than 5 minutes) is taken over.
 */
export function runChildBuild(command: string[], extraEnv: Record<string, string>): { status: number | null; output: string } {
  const started = Date.now();
  for (;;) {
    try {
      mkdirSync(buildLock);
      break;
    } catch {
      const age = Date.now() - (statSync(buildLock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 300_000) rmSync(buildLock, { recursive: true, force: true });
      if (Date.now() - started > 600_000) throw new Error('Waited 10 minutes for another test build to finish');
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250);
    }
  }
  try {
    const [program, ...args] = command;
    const result = spawnSync(program!, args, { encoding: 'utf8', env: buildEnv(extraEnv) });
    return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
  } finally {
    rmSync(buildLock, { recursive: true, force: true });
  }
}
