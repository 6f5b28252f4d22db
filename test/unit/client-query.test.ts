import { describe, expect, test } from 'vitest';
import { clientParam, clientQuery } from '../../src/islands/shared/useClientFile';

describe('clientQuery', () => {
  test('opens a tool for a client with ?client=<id>', () => {
    expect(clientQuery('c-abc123')).toBe('?client=c-abc123');
    expect(new URLSearchParams(clientQuery('c-abc123')).get(clientParam)).toBe('c-abc123');
  });
  test('adds nothing when no client is open', () => {
    expect(clientQuery(undefined)).toBe('');
    expect(clientQuery('')).toBe('');
  });
  test('escapes what an id should never hold', () => {
    expect(clientQuery('c-a&b')).toBe('?client=c-a%26b');
  });
});
