import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { assessmentStringKeys, calculatorStringKeys, letterPolicyStringKeys, letterStringKeys, meetingStringKeys } from '../../src/schemas/tool';

/**
 * Every fixed string key of a tool kind is read somewhere: in an island, a component, or
 * the pure module that words a result (`src/lib`). A key used by nothing is dead text that
 * translators keep paying for. A key counts as used when its literal appears (`'why.heading'`)
 * or a template builds it from a known prefix (`advice.${…}` uses every `advice.*` key).
 *
 * `awaitingUi` lists keys the data layer already provides for the result and calculator
 * UIs still being built (issue 14); the second test keeps the list honest.
 */
const awaitingUi: Record<string, readonly string[]> = {};

const root = new URL('../../', import.meta.url).pathname;
function sources(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) return sources(path);
    return /\.(tsx?|astro|mjs)$/.test(name) ? [readFileSync(join(root, path), 'utf8')] : [];
  });
}
const code = [...sources('src/islands'), ...sources('src/components'), ...sources('src/lib')].join('\n');
const templatePrefixes = [...code.matchAll(/`([a-zA-Z-]+(?:\.[a-zA-Z-]+)*\.)\$\{/g)].map((m) => m[1]!);

const isUsed = (key: string) => code.includes(`'${key}'`) || code.includes(`"${key}"`) || templatePrefixes.some((prefix) => key.startsWith(prefix));

const kinds = {
  assessment: assessmentStringKeys,
  calculator: calculatorStringKeys,
  letter: { ...letterStringKeys, ...letterPolicyStringKeys },
  checklist: meetingStringKeys,
};

describe('tool string keys', () => {
  test.each(Object.entries(kinds))('every fixed %s key is used by a component, an island or the result wording', (kind, keys) => {
    const unused = Object.keys(keys).filter((key) => !isUsed(key) && !(awaitingUi[kind] ?? []).includes(key));
    expect(unused).toEqual([]);
  });

  test('the scan can tell a used key from an unused one', () => {
    expect(isUsed('why.heading')).toBe(true);
    expect(isUsed('why.scoer')).toBe(false);
  });

  test('keys awaiting their UI are not used yet (remove them from the list once they are)', () => {
    const usedAlready = Object.values(awaitingUi).flat().filter(isUsed);
    expect(usedAlready).toEqual([]);
  });
});
