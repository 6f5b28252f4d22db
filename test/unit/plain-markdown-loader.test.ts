import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { describe, expect, test } from 'vitest';
import { isPlainMarkdown, plainMarkdownFirst } from '../../src/integration/plain-markdown-loader';
import { markToolEmbeds, withoutToolMarkers } from '../../src/lib/tool-embeds';

describe('isPlainMarkdown', () => {
  test('accepts prose, headings, lists, links, emphasis and tables', () => {
    expect(isPlainMarkdown('Intro, with a [link](/en/guides/money/).\n\n## Plan\n\n- one\n- **two**\n\n| a | b |\n| - | - |\n| 1 | 2 |\n')).toBe(true);
    expect(isPlainMarkdown('1. first\n   continued under the item\n2. second\n')).toBe(true);
  });

  test.each([
    ['a component', 'Text\n\n<Tool id="five-steps" />\n'],
    ['inline JSX or HTML', 'A <em>word</em>.'],
    ['an autolink', 'See <https://example.org>.'],
    ['an HTML comment', '<!-- note -->\nText'],
    ['an expression', 'Two {1 + 1}.'],
    ['an import', "import Tool from './Tool.astro';\n\nText"],
    ['an export', 'export const x = 1;\n\nText'],
    ['an indented block (code in Markdown, a paragraph in MDX)', 'Text\n\n    indented\n'],
    ['a tab-indented block', 'Text\n\n\tindented\n'],
    ['a body that opens like frontmatter', '---\n\nText'],
  ])('keeps %s on the MDX path', (_, body) => {
    expect(isPlainMarkdown(body)).toBe(false);
  });

  test('every real guide takes the Markdown path, its tool embeds as markers', () => {
    const dir = join(process.cwd(), 'content/guides');
    const bodies = readdirSync(dir).flatMap((locale) =>
      readdirSync(join(dir, locale)).map((file) => readFileSync(join(dir, locale, file), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '')),
    );
    expect(bodies.filter((body) => body.includes('<Tool')).length).toBeGreaterThan(0);
    expect(bodies.filter((body) => !isPlainMarkdown(withoutToolMarkers(markToolEmbeds(body))))).toEqual([]);
  });
});

type Entry = Parameters<LoaderContext['store']['set']>[0];

/** A loader that stores the given entries the way the glob loader stores MDX files. */
function fakeGlob(entries: readonly Entry[]): Loader {
  return {
    name: 'glob-loader',
    load: async ({ store }) => {
      for (const entry of entries) store.set(entry);
    },
  };
}

function fakeContext(render: LoaderContext['renderMarkdown']) {
  const stored: Entry[] = [];
  const errors: string[] = [];
  const context = {
    config: { root: new URL('file:///site/') },
    logger: { error: (message: string) => errors.push(message) },
    renderMarkdown: render,
    store: { set: (entry: Entry) => (stored.push(entry), true), get: () => undefined },
  } as unknown as LoaderContext;
  return { context, stored, errors };
}

const deferred = (id: string, body: string): Entry => ({ id, data: {}, body, filePath: `content/guides/en/${id}.mdx`, digest: 'abc', deferredRender: true });

describe('plainMarkdownFirst', () => {
  test('renders plain entries once, without the trailing line break, and leaves MDX entries deferred', async () => {
    const seen: string[] = [];
    const { context, stored } = fakeContext(async (body, options) => {
      seen.push(String(options?.fileURL));
      return { html: `<p>${body.trim()}</p>\n`, metadata: { headings: [{ depth: 2, slug: 'x', text: 'X' }] } };
    });
    await plainMarkdownFirst(
      fakeGlob([deferred('plain', 'Hello\n'), deferred('embed', 'A\n\n<Tool id="x" />\n'), deferred('inline-jsx', 'A <Tool id="x" /> B\n')]),
      { toolEmbeds: true },
    ).load(context);

    const plain = stored.find((e) => e.id === 'plain');
    expect(plain?.deferredRender).toBe(false);
    expect(plain?.rendered?.html).toBe('<p>Hello</p>');
    expect(plain?.rendered?.metadata?.headings).toEqual([{ depth: 2, slug: 'x', text: 'X' }]);
    // Its own digest, so the next sync renders it again and its links are checked again.
    expect(plain?.digest).not.toBe('abc');
    expect(seen).toEqual(['file:///site/content/guides/en/plain.mdx', 'file:///site/content/guides/en/embed.mdx']);
    // The embed reaches the renderer as its marker.
    expect(stored.find((e) => e.id === 'embed')?.rendered?.html).toBe('<p>A\n\n<!--tool:x--></p>');

    const mdx = stored.find((e) => e.id === 'inline-jsx');
    expect(mdx).toEqual(deferred('inline-jsx', 'A <Tool id="x" /> B\n'));
  });

  test('a rendering error fails the load with its message', async () => {
    const { context } = fakeContext(async () => {
      throw new Error('content/guides/en/plain.mdx: links to the guide "gone", which does not exist in en.');
    });
    await expect(plainMarkdownFirst(fakeGlob([deferred('plain', 'Text\n')])).load(context)).rejects.toThrow(/plain\.mdx: links to the guide "gone"/);
  });

  test('a file changed after the first load (astro dev) is rendered too, and its error is logged', async () => {
    let later: LoaderContext['store'] | undefined;
    const watching: Loader = { name: 'glob-loader', load: async ({ store }) => void (later = store) };
    const { context, stored, errors } = fakeContext(async (body) => {
      if (body.includes('gone')) throw new Error('changed.mdx: links to the guide "gone"');
      return { html: '<p>Changed</p>\n' };
    });
    await plainMarkdownFirst(watching).load(context);
    later?.set(deferred('changed', 'Changed\n'));
    later?.set(deferred('broken', '[x](/en/guides/gone/)\n'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(stored.find((e) => e.id === 'changed')?.rendered?.html).toBe('<p>Changed</p>');
    expect(errors).toEqual(['changed.mdx: links to the guide "gone"']);
  });

  test('without tool embeds (standalone pages), a tool line keeps the file on the MDX path', async () => {
    const { context, stored } = fakeContext(async () => ({ html: '<p>A</p>\n' }));
    await plainMarkdownFirst(fakeGlob([deferred('about', 'A\n\n<Tool id="x" />\n')])).load(context);
    expect(stored).toEqual([deferred('about', 'A\n\n<Tool id="x" />\n')]);
  });
});
