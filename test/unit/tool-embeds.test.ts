import { describe, expect, test } from 'vitest';
import { markToolEmbeds, splitAtToolEmbeds, withoutToolMarkers } from '../../src/lib/tool-embeds';

describe('markToolEmbeds', () => {
  test('turns an embed on a line of its own into a marker, at the edges too', () => {
    expect(markToolEmbeds('Intro.\n\n<Tool id="five-steps" />\n\n## Next\n')).toBe('Intro.\n\n<!--tool:five-steps-->\n\n## Next\n');
    expect(markToolEmbeds('<Tool id="exit-letter" />\n\nText')).toBe('<!--tool:exit-letter-->\n\nText');
    expect(markToolEmbeds('Text\n\n<Tool id="exit-letter" />')).toBe('Text\n\n<!--tool:exit-letter-->');
  });

  test.each([
    ['right under a paragraph line', 'Text\n<Tool id="five-steps" />\n'],
    ['right above a paragraph line', '<Tool id="five-steps" />\nText\n'],
    ['inside a line', 'See <Tool id="five-steps" /> here.\n'],
    ['with other props', '<Tool id="five-steps" standalone />\n'],
    ['indented', 'Text\n\n  <Tool id="five-steps" />\n'],
  ])('leaves an embed %s as MDX', (_, body) => {
    expect(markToolEmbeds(body)).toBe(body);
  });

  test('the markers alone do not make a body MDX', () => {
    expect(withoutToolMarkers(markToolEmbeds('A\n\n<Tool id="x" />\n\nB <Tool id="y" />'))).toBe('A\n\n\n\nB <Tool id="y" />');
  });
});

describe('splitAtToolEmbeds', () => {
  test('splits the rendered HTML around each tool, keeping every byte between them', () => {
    expect(splitAtToolEmbeds('<p>A</p>\n<!--tool:five-steps-->\n<h2>B</h2>\n<!--tool:exit-letter-->')).toEqual([
      '<p>A</p>\n',
      { tool: 'five-steps' },
      '\n<h2>B</h2>\n',
      { tool: 'exit-letter' },
    ]);
    expect(splitAtToolEmbeds('<!--tool:a--><!--tool:b-->')).toEqual([{ tool: 'a' }, { tool: 'b' }]);
  });

  test('leaves HTML without a marker whole', () => {
    expect(splitAtToolEmbeds('<p>No tool here.</p>')).toBeUndefined();
  });
});
