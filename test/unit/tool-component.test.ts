import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { componentFor, MissingToolComponentError } from '../../src/catalog/tool-component';
import { toolKinds } from '../../src/schemas/tool';

const components = { checklist: 'Checklist', letter: 'Letter', assessment: 'Assessment', calculator: 'Calculator' } as const;

describe('components chosen by the tool’s kind', () => {
  test('every kind has its component', () => {
    for (const kind of toolKinds) expect(componentFor({ id: 'x', kind }, components)).toBe(components[kind]);
  });
  test('a tool whose kind has no component fails, naming the tool and the kind', () => {
    expect(() => componentFor({ id: 'five-steps', kind: 'checklist' }, { letter: 'Letter' })).toThrow(MissingToolComponentError);
    expect(() => componentFor({ id: 'five-steps', kind: 'checklist' }, { letter: 'Letter' })).toThrow(
      /"five-steps" is a checklist.*src\/components\/Tool\.astro/,
    );
  });
  test('a tool id without a definition fails instead of rendering a link', () => {
    expect(() => componentFor(undefined, components, 'exit-letter')).toThrow(/"exit-letter" has no definition.*content\/tools\/exit-letter\/definition\.ts/);
  });
  test('no per-tool stub components are left: one component per kind', () => {
    const files = readdirSync(new URL('../../src/components/tools/', import.meta.url));
    expect(files.sort()).toEqual(['ExitLetter.astro', 'RevenuePerHour.astro', 'SelfAssessment.astro']);
  });
});
