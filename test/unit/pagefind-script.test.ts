import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { tunePagefindScript } from '../../src/integration/pagefind-script.mjs';
import { indexInWorker } from '../../src/integration/search-index.mjs';

const count = (text: string, part: string) => text.split(part).length - 1;

describe('tunePagefindScript', () => {
  // The script the installed Pagefind writes, so an upgrade that changes its code fails here.
  let dir: string;
  let script: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pw-pagefind-script-'));
    const page = '<!doctype html><html lang="en"><body><main data-pagefind-body><h1>Money</h1><p>Invoices.</p></main></body></html>';
    await indexInWorker([['/en/guides/money/', page]], join(dir, 'en'));
    script = readFileSync(join(dir, 'en', 'pagefind.js'), 'utf8');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('a search waits for the WebAssembly in 4 ms steps, not 50', () => {
    const tuned = tunePagefindScript(script, 'pagefind.js');
    const start = tuned.indexOf('async getPtr(');
    const getPtr = tuned.slice(start, tuned.indexOf('stringifyFilters(', start));
    expect(getPtr).toContain('asyncSleep(4)');
    expect(getPtr).not.toContain('asyncSleep(50)');
  });

  test('every fetched file is unpacked by the browser’s DecompressionStream, with Pagefind’s own inflater kept as the fallback', () => {
    const tuned = tunePagefindScript(script, 'pagefind.js');
    expect(count(tuned, '=await this.inflate(new Uint8Array(')).toBe(5);
    expect(count(tuned, '=this.decompress(new Uint8Array(')).toBe(0);
    expect(tuned).toContain('new DecompressionStream("gzip")');
    // The fallback: Pagefind's decompress, still there and still called.
    expect(tuned).toContain('return this.decompress(data,file);}decompress(data,file="unknown file"){');
    expect(tuned.length - script.length).toBeLessThan(400);
  });

  test('a script whose code has changed fails the build, naming the file, the change and the version', () => {
    const changed = script.replace('await asyncSleep(50);}', 'await sleep(50);}');
    expect(() => tunePagefindScript(changed, 'dist/pagefind/en/pagefind.js')).toThrow(
      /dist\/pagefind\/en\/pagefind\.js: expected getPtr polls every 50 ms .* found it 0× in Pagefind \d+\.\d+\.\d+/,
    );
    // Applied twice (a second postbuild run on the same bundle) is a change too: it is noticed.
    expect(() => tunePagefindScript(tunePagefindScript(script, 'x'), 'x')).toThrow(/found it 0×/);
  });
});
