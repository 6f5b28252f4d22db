import { expect, test } from 'vitest';
import { problemWithSiteLink, rehypeSiteLinks } from '../../src/integration/rehype-site-links.mjs';

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

test('prefixes site links with the base and fails naming the file on a broken one', () => {
  const transform = rehypeSiteLinks({ base: '/help/' });
  const link = (href: string) => ({ type: 'element', tagName: 'a', properties: { href }, children: [] });
  const tree = { type: 'root', children: [link('/en/tools/self-assessment/'), link('https://example.org/')] };
  transform(tree, { path: `${process.cwd()}/content/guides/en/red-flags.mdx` });
  expect(tree.children[0]!.properties.href).toBe('/help/en/tools/self-assessment/');
  expect(tree.children[1]!.properties).toMatchObject({ rel: ['noreferrer'] });
  const broken = { type: 'root', children: [link('/en/guides/does-not-exist/')] };
  expect(() => transform(broken, { path: `${process.cwd()}/content/guides/en/red-flags.mdx` })).toThrow(
    /content\/guides\/en\/red-flags\.mdx: links to the guide "does-not-exist"/,
  );
});

test('checks links in standalone pages against the guides beside them', () => {
  const transform = rehypeSiteLinks({ base: '/' });
  const tree = { type: 'root', children: [{ type: 'element', tagName: 'a', properties: { href: '/fa/guides/red-flags/' }, children: [] }] };
  expect(() => transform(tree, { path: `${process.cwd()}/content/pages/fa/about.mdx` })).not.toThrow();
  const wrong = { type: 'root', children: [{ type: 'element', tagName: 'a', properties: { href: '/en/guides/red-flags/' }, children: [] }] };
  expect(() => transform(wrong, { path: `${process.cwd()}/content/pages/fa/about.mdx` })).toThrow(/another language/);
});
