import { describe, expect, test } from 'vitest';
import { parseBenchArgs, parseLighthouseArgs, UsageError } from '../../bench/args.mjs';

describe('npm run bench options', () => {
  test('defaults: sizes 20, 300 and 1000, three runs, every part, Starlight beside ours', () => {
    const options = parseBenchArgs([]);
    expect(options.sizes).toEqual([20, 300, 1000]);
    expect(options.starlight).toBe(true);
    expect(options.runs).toBe(3);
    expect([...options.parts]).toEqual(['growth', 'reader', 'search']);
    expect(options.compare).toBeUndefined();
  });
  test('sizes are read, deduplicated and sorted; both flag spellings work', () => {
    expect(parseBenchArgs(['--sizes', '100,20,20']).sizes).toEqual([20, 100]);
    expect(parseBenchArgs(['--sizes=20,100', '--runs=1']).runs).toBe(1);
  });
  test('--no-starlight builds ours alone and takes no value', () => {
    expect(parseBenchArgs(['--no-starlight']).starlight).toBe(false);
    expect(() => parseBenchArgs(['--no-starlight', 'yes'])).toThrow(/--no-starlight takes no value/);
  });
  test('--project names another checkout to build; by default this one', () => {
    expect(parseBenchArgs([]).project).toBeUndefined();
    expect(parseBenchArgs(['--project', '/tmp/before']).project).toBe('/tmp/before');
  });
  test('sizes go up to 1000 guides per locale', () => {
    expect(parseBenchArgs(['--sizes', '1000']).sizes).toEqual([1000]);
    expect(() => parseBenchArgs(['--sizes', '1001'])).toThrow(/whole numbers from 3 to 1000/);
  });
  test('--quick means one run', () => {
    expect(parseBenchArgs(['--runs', '5', '--quick']).runs).toBe(1);
  });
  test('--only takes one part or several', () => {
    expect([...parseBenchArgs(['--only', 'reader']).parts]).toEqual(['reader']);
    expect([...parseBenchArgs(['--only', 'growth,search']).parts]).toEqual(['growth', 'search']);
  });
  test('--compare takes the old file and optionally the new one', () => {
    expect(parseBenchArgs(['--compare', 'a.json']).compare).toEqual({ old: 'a.json', new: undefined });
    expect(parseBenchArgs(['--compare', 'a.json', 'b.json']).compare).toEqual({ old: 'a.json', new: 'b.json' });
  });
  test('mistakes are refused with an explanation', () => {
    expect(() => parseBenchArgs(['--sizes', '2,300'])).toThrow(/whole numbers from 3 to 1000/);
    expect(() => parseBenchArgs(['--runs', '0'])).toThrow(/--runs takes a whole number/);
    expect(() => parseBenchArgs(['--only', 'speed'])).toThrow(/--only takes growth, reader, search/);
    expect(() => parseBenchArgs(['--fast'])).toThrow(/Unknown option --fast/);
    expect(() => parseBenchArgs(['20'])).toThrow(/Unexpected argument "20"/);
    expect(() => parseBenchArgs(['--compare'])).toThrow(/--compare takes old.json/);
    expect(() => parseBenchArgs(['--tool-share', '2'])).toThrow(/from 0 to 1/);
  });
  test('mistakes are usage errors, so no stack trace is printed for them', () => {
    expect(() => parseBenchArgs(['--fast'])).toThrow(UsageError);
  });
});

describe('npm run lighthouse options', () => {
  test('reads --dist and --compare, refuses the bench-only flags', () => {
    expect(parseLighthouseArgs(['--dist', '/tmp/site'])).toMatchObject({ dist: '/tmp/site', compare: undefined });
    expect(() => parseLighthouseArgs(['--sizes', '20'])).toThrow(/Unknown option --sizes/);
  });
});
