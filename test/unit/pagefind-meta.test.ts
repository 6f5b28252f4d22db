import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { chunkRanges, decodeCbor } from '../../src/integration/pagefind-meta.mjs';
import { indexInWorker } from '../../src/integration/search-index.mjs';

describe('decodeCbor', () => {
  test('reads the items Pagefind writes', () => {
    // ["1.6.0", [[ "a", 413, "" ]], true, null, -2, {"k": h'0102'}]
    const bytes = Uint8Array.from([
      0x86,
      0x65,
      ...Buffer.from('1.6.0'),
      0x81,
      0x83,
      0x61,
      0x61,
      0x19,
      0x01,
      0x9d,
      0x60,
      0xf5,
      0xf6,
      0x21,
      0xa1,
      0x61,
      0x6b,
      0x42,
      0x01,
      0x02,
    ]);
    expect(decodeCbor(bytes)).toEqual(['1.6.0', [['a', 413, '']], true, null, -2, { k: Uint8Array.from([1, 2]) }]);
  });

  test('fails naming the byte where the data is cut or unknown', () => {
    expect(() => decodeCbor(Uint8Array.from([0x82, 0x01]))).toThrow(/data ends at byte 2/);
    expect(() => decodeCbor(Uint8Array.from([0xc0]))).toThrow(/unsupported item 192 at byte 0/);
    expect(() => decodeCbor(Uint8Array.from([0x63, 0x61]))).toThrow(/string cut/);
  });
});

describe('chunkRanges', () => {
  test('gives each index chunk of a real bundle its first and last word and its file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pw-pagefind-meta-'));
    try {
      const page = (title: string, text: string) =>
        `<!doctype html><html lang="en"><body><main data-pagefind-body><h1>${title}</h1><p>${text}</p></main></body></html>`;
      await indexInWorker(
        [
          ['/en/a/', page('Apples', 'apples and bananas')],
          ['/en/b/', page('Zebras', 'zebras and yaks')],
        ],
        join(dir, 'en'),
      );
      const ranges = await chunkRanges(join(dir, 'en'));
      expect(ranges.length).toBeGreaterThan(0);
      for (const range of ranges) {
        expect(existsSync(join(dir, 'en', 'index', `${range.hash}.pf_index`))).toBe(true);
        expect(range.from <= range.to).toBe(true);
      }
      expect(ranges[0]?.from).toBe('and');
      expect(ranges.at(-1)?.to).toBe('zebra');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a folder without Pagefind metadata fails naming it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pw-pagefind-meta-'));
    try {
      await expect(chunkRanges(dir)).rejects.toThrow(/no Pagefind metadata/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
