// @ts-check
/**
 * The Starlight reference site (bench/starlight/): Starlight with its defaults on the same
 * Astro version as ours, with its own package.json and lockfile. Installed on demand
 * (`npm ci` in that folder, skipped when installed) and built in place (a copy with a linked
 * node_modules breaks Starlight's build: Astro then meets its components under two paths),
 * so two benchmarks must not run at once in one checkout. It is fed the same synthetic
 * guides, written into its content folder (ignored by git): `content/guides/<locale>/<key>.mdx` becomes
 * `src/content/docs/<locale>/guides/<key>.mdx`, so the guides' links (`/<locale>/guides/<key>/`)
 * resolve there too, and the standalone pages `src/content/docs/<locale>/<slug>.mdx`.
 * A `<Tool id="…" />` embed is left out: Starlight has no such component (the sentence that
 * introduces it stays). Extra frontmatter fields are ignored by Starlight's schema.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { projectRoot } from './site.mjs';

export const starlightDir = join(projectRoot, 'bench', 'starlight');
/**
 * Where a synthetic file goes in Starlight's docs collection, relative to
 * `src/content/docs/`, and its text there.
 * @param {{ path: string, text: string }} file a file of generateGuides or generatePages
 * @example starlightFile({ path: 'guides/fa/notice.mdx', text }).path // 'fa/guides/notice.mdx'
 */
export function starlightFile(file) {
  const match = /^(guides|pages)\/([^/]+)\/([^/]+\.mdx)$/.exec(file.path);
  if (!match) throw new Error(`Not a synthetic guide or page: ${file.path}`);
  const [, kind, locale, name] = match;
  return {
    path: kind === 'guides' ? `${locale}/guides/${name}` : `${locale}/${name}`,
    text: file.text.replace(/\n*<Tool id="[^"]*" \/>\n*/g, '\n\n'),
  };
}

/**
 * Installs the reference's dependencies from its lockfile unless they are there.
 * @param {(line: string) => void} log
 * @returns {boolean} whether it installed
 */
export function ensureStarlight(log) {
  if (existsSync(join(starlightDir, 'node_modules', 'astro', 'package.json')) && existsSync(join(starlightDir, 'node_modules', '@astrojs', 'starlight'))) return false;
  log('Starlight reference: installing its dependencies (npm ci in bench/starlight)…');
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: starlightDir, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) throw new Error(`npm ci in ${starlightDir} failed (exit ${result.status}); run it there by hand, or pass --no-starlight.`);
  return true;
}

/** The `astro` command of the reference (its own Astro, not ours). */
export const starlightAstroBin = join(starlightDir, 'node_modules', 'astro', 'bin', 'astro.mjs');

/**
 * Replaces the reference's docs with these synthetic files.
 * @param {readonly { path: string, text: string }[]} files
 */
export function writeStarlightContent(files) {
  const docs = join(starlightDir, 'src', 'content', 'docs');
  rmSync(docs, { recursive: true, force: true });
  for (const file of files) {
    const { path, text } = starlightFile(file);
    mkdirSync(dirname(join(docs, path)), { recursive: true });
    writeFileSync(join(docs, path), text);
  }
}
