import { expect, test } from 'vitest';
import { countWords, readingMinutes } from '../../src/lib/reading';

test('counts words after the frontmatter only', () => {
  expect(countWords('---\ntitle: "A b c d"\n---\nOne two three.')).toBe(3);
});
test('keeps a Persian word with a zero-width non-joiner as one word', () => {
  expect(countWords('آن‌ها می‌کنند')).toBe(2);
});
test('ignores JSX tags, link targets and markdown punctuation', () => {
  expect(countWords('## Heading\n\n<Tool id="five-steps" />\n\n- [a link](/en/guides/money/) here\n> quoted')).toBe(5);
});
test('reads at least one minute', () => {
  expect(readingMinutes(0)).toBe(1);
  expect(readingMinutes(1000)).toBe(5);
});
