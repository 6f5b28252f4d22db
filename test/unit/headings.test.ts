import { describe, expect, test } from 'vitest';
import { headingTag, toolHeading } from '../../src/lib/headings';

describe('toolHeading', () => {
  test('starts a tool on its own page at h2 and inside a guide at h3', () => {
    expect(toolHeading(true)).toBe('h2');
    expect(toolHeading(false)).toBe('h3');
  });

  test('counts sub-headings down from the top', () => {
    expect(toolHeading(true, 1)).toBe('h3');
    expect(toolHeading(false, 1)).toBe('h4');
  });
});

describe('headingTag', () => {
  test('keeps levels within h2 to h6', () => {
    expect(headingTag(1)).toBe('h2');
    expect(headingTag(5)).toBe('h5');
    expect(headingTag(9)).toBe('h6');
  });
});
