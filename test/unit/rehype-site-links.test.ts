import { expect, test } from 'vitest';
import { pathToFileURL } from 'node:url';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { problemWithSiteLink, siteLinks } from '../../src/integration/rehype-site-links.mjs';

const exists = (locale: string, key: string) => locale === 'fa' && key === 'money';

test('accepts a link to an existing guide in the same locale', () => {
  expect(problemWithSiteLink('/fa/guides/money/', 'fa', exists)).toBeUndefined();
  expect(problemWithSiteLink('/fa/guides/money/#cost', 'fa', exists)).toBeUndefined();
});
test('rejects a link to a guide that does not exist', () => {
  expect(problemWithSiteLink('/fa/guides/cash/', 'fa', exists)).toMatch(/"cash", which does not exist in fa/);
});
test('rejects a link into another locale', () => {
  expect(problemWithSiteLink('/en/guides/money/', 'fa', exists)).toMatch(/another language/);
});
test('asks for the trailing slash that static hosts need', () => {
  expect(problemWithSiteLink('/fa/guides/money', 'fa', exists)).toMatch(/trailing slash/);
});
test('ignores links that are not to a locale', () => {
  expect(problemWithSiteLink('/favicon.svg', 'fa', exists)).toBeUndefined();
});

/** Renders Markdown through Astro's Sätteri pipeline with the link plugin, as the build does. */
async function render(markdown: string, file: string, base = '/'): Promise<string> {
  const renderer = await createSatteriMarkdownProcessor({ hastPlugins: [siteLinks({ base })] });
  return (await renderer.render(markdown, { fileURL: pathToFileURL(`${process.cwd()}/${file}`) })).code;
}

test('prefixes site links with the base and fails naming the file on a broken one', async () => {
  const html = await render('[Test](/en/tools/self-assessment/) and [elsewhere](https://example.org/)', 'content/guides/en/red-flags.mdx', '/help/');
  expect(html).toContain('<a href="/help/en/tools/self-assessment/">Test</a>');
  expect(html).toContain('<a href="https://example.org/" rel="noreferrer">elsewhere</a>');
  await expect(render('[Gone](/en/guides/does-not-exist/)', 'content/guides/en/red-flags.mdx')).rejects.toThrow(
    /content\/guides\/en\/red-flags\.mdx: links to the guide "does-not-exist"/,
  );
});

test('checks links in standalone pages against the guides beside them', async () => {
  await expect(render('[Red flags](/fa/guides/red-flags/)', 'content/pages/fa/about.mdx')).resolves.toContain('href="/fa/guides/red-flags/"');
  await expect(render('[Red flags](/en/guides/red-flags/)', 'content/pages/fa/about.mdx')).rejects.toThrow(/another language/);
});
