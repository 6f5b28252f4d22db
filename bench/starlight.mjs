// @ts-check
/**
 * The Starlight reference site (bench/starlight/): Starlight with its defaults on the same
 * Astro version as ours, with its own package.json and lockfile. Installed on demand
 * (`npm ci` in that folder, skipped when installed), then copied into the benchmark's
 * temporary folder with node_modules hard-linked (`cp -al`: quick, and unlike a symlink it
 * gives Astro one path for each of Starlight's components), so that two benchmarks can run
 * at once; where `cp -al` is missing it builds in place. It is fed the same synthetic guides,
 * written into the copy's content folder: `content/guides/<locale>/<key>.mdx` becomes
 * `src/content/docs/<locale>/guides/<key>.mdx`, so the guides' links (`/<locale>/guides/<key>/`)
 * resolve there too, and the standalone pages `src/content/docs/<locale>/<slug>.mdx`.
 * A `<Tool id="…" />` embed is left out: Starlight has no such component (the sentence that
 * introduces it stays). Extra frontmatter fields are ignored by Starlight's schema.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
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
  if (existsSync(join(starlightDir, 'node_modules', 'astro', 'package.json')) && existsSync(join(starlightDir, 'node_modules', '@astrojs', 'starlight')))
    return false;
  log('Starlight reference: installing its dependencies (npm ci in bench/starlight)…');
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: starlightDir, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) throw new Error(`npm ci in ${starlightDir} failed (exit ${result.status}); run it there by hand, or pass --no-starlight.`);
  return true;
}

/** The `astro` command of a copy of the reference (its own Astro, not ours). */
export const starlightAstroBin = (/** @type {string} */ project) => join(project, 'node_modules', 'astro', 'bin', 'astro.mjs');

/** What a build of the reference needs from bench/starlight/, besides node_modules. */
const starlightFiles = ['package.json', 'astro.config.mjs', 'src/content.config.ts'];

/**
 * A copy of the reference in `dir` to build (see the header); bench/starlight/ itself when
 * node_modules cannot be hard-linked.
 * @param {string} dir
 * @returns {string} the folder to build in
 */
export function starlightCopy(dir) {
  mkdirSync(dir, { recursive: true });
  const linked = spawnSync('cp', ['-al', join(starlightDir, 'node_modules'), join(dir, 'node_modules')], { stdio: 'ignore' });
  if (linked.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    return starlightDir;
  }
  for (const file of starlightFiles) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    cpSync(join(starlightDir, file), join(dir, file));
  }
  return dir;
}

/**
 * Replaces the reference's docs with these synthetic files.
 * @param {string} project bench/starlight/ or a copy made by starlightCopy
 * @param {readonly { path: string, text: string }[]} files
 */
export function writeStarlightContent(project, files) {
  const docs = join(project, 'src', 'content', 'docs');
  rmSync(docs, { recursive: true, force: true });
  for (const file of files) {
    const { path, text } = starlightFile(file);
    mkdirSync(dirname(join(docs, path)), { recursive: true });
    writeFileSync(join(docs, path), text);
  }
}
