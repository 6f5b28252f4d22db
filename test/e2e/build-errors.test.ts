/**
 * Authors' mistakes stop the build with a message that names the file and what to fix.
 * Each case builds a small broken content folder from test/fixtures/broken/; the builds run
 * at the same time (each in its own scratch copy of the project).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runChildBuild } from './support/site';

async function buildWith(fixture: string): Promise<{ status: number | null; output: string }> {
  const scratch = mkdtempSync(join(tmpdir(), 'pw-broken-'));
  try {
    return await runChildBuild(['npx', 'astro', 'build'], {
      CONTENT_DIR: resolve('test/fixtures/broken', fixture),
      PAGES_DIR: resolve('content'),
      OUT_DIR: join(scratch, 'dist'),
      CACHE_DIR: join(scratch, 'cache'),
    });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

describe.concurrent('broken content', () => {
  test.each([
    ['frontmatter', [/bad-order\.mdx/, /order/]],
    ['link', [/broken-link\.mdx/, /links to the guide "not-there", which does not exist in en/]],
    ['tool', [/Unknown tool id "crystal-ball"/, /unknown-tool/]],
    ['stage', [/split\.mdx: field "stage" is "decide" but .*split\.mdx says "repair"|split\.mdx: field "stage" is "repair" but .*split\.mdx says "decide"/]],
  ] as const)(
    'a guide with a broken %s fails the build and says where',
    async (fixture, messages) => {
      const { status, output } = await buildWith(fixture);
      expect(status).not.toBe(0);
      for (const message of messages) expect(output).toMatch(message);
    },
    300_000,
  );
});
