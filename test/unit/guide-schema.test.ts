import { expect, test } from 'vitest';
import { guideSchema } from '../../src/schemas/guide';

const valid = {
  title: 'Red flags',
  description: 'How to spot a bad client before it costs you.',
  key: 'red-flags',
  stage: 'recognise',
  order: 20,
  updated: '2026-11-23',
  sources: ['seven-reasons'],
  summary: ['First point in short.', 'Second point in short.'],
};

const issues = (data: unknown) => {
  const result = guideSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

test('accepts complete frontmatter and turns the date into a Date', () => {
  const parsed = guideSchema.parse(valid);
  expect(parsed.updated).toBeInstanceOf(Date);
});
test('names a missing field', () => {
  const { title: _omit, ...noTitle } = valid;
  expect(issues(noTitle).join('\n')).toMatch(/^title:/m);
});
test('rejects a stage outside the journey', () => {
  expect(issues({ ...valid, stage: 'panic' }).join('\n')).toMatch(/^stage:/m);
});
test('rejects an unknown source article', () => {
  expect(issues({ ...valid, sources: ['blog-post'] }).join('\n')).toMatch(/^sources\.0:/m);
});
test('explains the expected shape of a key', () => {
  expect(issues({ ...valid, key: 'Red Flags' }).join('\n')).toMatch(/key: Use lower-case latin letters/);
});
test('rejects frontmatter of the wrong type', () => {
  expect(issues({ ...valid, order: 'twenty' }).join('\n')).toMatch(/^order:/m);
  expect(issues({ ...valid, updated: 'someday' }).join('\n')).toMatch(/^updated:/m);
});
