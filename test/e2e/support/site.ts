/** Facts about the built site read from disk, for tests that cover every page. */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

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

const projectRoot = fileURLToPath(new URL('../../..', import.meta.url));
/** What a build reads from the project; node_modules is linked, the rest copied. */
const buildInputs = ['src', 'content', 'public', 'test/fixtures', 'astro.config.ts', 'package.json', 'tsconfig.json'];

/**
 * Runs a child build (`npm run build` or `npx astro build`) for a test, in a scratch copy of
 * the project: Astro writes `.astro/` in the project root whatever OUT_DIR and CACHE_DIR
 * say, so builds in one checkout would overwrite each other's files. Each copy has its own,
 * so the test files' builds run at the same time instead of taking turns.
 */
export async function runChildBuild(command: string[], extraEnv: Record<string, string>): Promise<{ status: number | null; output: string }> {
  const root = mkdtempSync(join(tmpdir(), 'pw-build-root-'));
  try {
    for (const input of buildInputs) cpSync(join(projectRoot, input), join(root, input), { recursive: true });
    symlinkSync(join(projectRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
    const [program, ...args] = command;
    return await new Promise((resolvePromise, reject) => {
      const child = spawn(program!, args, { cwd: root, env: buildEnv(extraEnv) });
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      child.on('error', reject);
      child.on('close', (status) => resolvePromise({ status, output }));
    });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
