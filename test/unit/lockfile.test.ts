/**
 * `npm ci` refuses a lockfile that lacks an optional dependency some package declares, on
 * every platform, even one this machine would never install. A lockfile written where
 * node_modules already existed lists only that machine's binaries, so check it here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

interface LockEntry {
  version?: string;
  optionalDependencies?: Record<string, string>;
}
const lock = JSON.parse(readFileSync(new URL('../../package-lock.json', import.meta.url), 'utf8')) as { packages: Record<string, LockEntry> };
const paths = Object.keys(lock.packages);

/** Where Node would find `name` from the package at `from` (its own node_modules, then each parent's). */
function resolveFrom(from: string, name: string): string | undefined {
  let dir = from;
  for (;;) {
    const candidate = `${dir ? `${dir}/` : ''}node_modules/${name}`;
    if (lock.packages[candidate]) return candidate;
    if (!dir) return undefined;
    const at = dir.lastIndexOf('/node_modules/');
    dir = at < 0 ? '' : dir.slice(0, at);
  }
}

describe('package-lock.json', () => {
  test('lists every optional dependency any package declares (what npm ci checks)', () => {
    const missing = paths.flatMap((path) =>
      Object.keys(lock.packages[path]?.optionalDependencies ?? {})
        .filter((name) => !resolveFrom(path, name))
        .map((name) => `${name} (wanted by ${path || 'the project'})`),
    );
    expect(missing).toEqual([]);
  });

  // The native binaries the build needs, for the platforms contributors and hosts use.
  const families = {
    rollup: (platform: string) => `@rollup/rollup-${platform}`,
    esbuild: (platform: string) => `@esbuild/${platform}`,
    pagefind: (platform: string) => `@pagefind/${platform.replace('win32', 'windows')}`,
    'Astro compiler': (platform: string) => `@astrojs/compiler-binding-${platform}`,
  };
  const platforms = ['darwin-arm64', 'darwin-x64', 'linux-x64', 'linux-arm64', 'win32-x64'];
  test.each(Object.entries(families))('has %s binaries for macOS, Linux and Windows', (_, packageName) => {
    const absent = platforms.filter(
      (platform) => !paths.some((path) => path.endsWith(`node_modules/${packageName(platform)}`) || path.includes(`node_modules/${packageName(platform)}-`)),
    );
    expect(absent).toEqual([]);
  });
});
