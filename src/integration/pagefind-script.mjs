// @ts-check
// Changes to the `pagefind.js` Pagefind writes into each bundle, all for the time from
// opening `/<locale>/search/?q=…` to the first result (issue 13). Each is an exact text
// replacement of Pagefind's own code; if a Pagefind release changes that code, the build
// fails here, naming the change, rather than shipping a script that silently lost it.
//
// - Waiting for the WebAssembly. Pagefind's `init()` returns before its WebAssembly and
//   metadata are ready, and a search asked for meanwhile polls for them every 50 ms
//   (`getPtr`). The search page asks at once, so its first search lost up to 50 ms (25 ms on
//   average) doing nothing. It now polls every 4 ms, a browser's shortest repeated timer.
// - Decompressing. Pagefind's files are gzip, unpacked by a JavaScript inflater on the main
//   thread: 40–60 ms for a locale's WebAssembly, metadata and index chunks on this project's
//   2-core machines, four times that on the benchmark's slow-CPU profile. The browser's own
//   `DecompressionStream` does it natively; Pagefind's inflater stays as the fallback (a
//   browser without the stream, or a stream that fails).
// - Splitting the query into graphemes. Pagefind lowercases a query and drops its
//   punctuation one grapheme at a time, with an `Intl.Segmenter`; a page's first such object
//   costs 15–25 ms of main thread while the browser loads Unicode data, on the way to the
//   first result. Where every grapheme of the query is one code point (no combining mark,
//   joiner or other format character, emoji or flag: every query the search island sends,
//   see src/lib/search-normalise.ts), Pagefind's own code-point loop gives the same term,
//   and is used instead. Languages written without spaces (zh, ja, th) keep the segmenter.

/** The Pagefind version these replacements were written against (named when one no longer applies). */
export const pagefindScriptVersion = '1.6.0';

/**
 * A query with any of these characters may have a grapheme of more than one code point
 * (combining marks, ZWJ/ZWNJ and other format characters, emoji sequences, flags, CR LF):
 * Pagefind splits it with `Intl.Segmenter`, as it always did.
 */
export const multiCodePointGraphemes = /[\p{M}\p{Cf}\p{Extended_Pictographic}\p{Regional_Indicator}\r]/u;

/** @type {{ what: string, find: string, replace: string, count: number }[]} */
const changes = [
  {
    what: 'getPtr polls every 50 ms',
    find: 'if(this.initError){throw this.initError;}await asyncSleep(50);}',
    replace: 'if(this.initError){throw this.initError;}await asyncSleep(4);}',
    count: 1,
  },
  {
    what: 'the decompress method',
    find: 'decompress(data,file="unknown file"){',
    replace:
      'async inflate(data,file){if(typeof DecompressionStream==="function"&&data[0]===31&&data[1]===139){try{data=new Uint8Array(await new Response(new Blob([data]).stream().pipeThrough(new DecompressionStream("gzip"))).arrayBuffer());}catch(e){}}return this.decompress(data,file);}decompress(data,file="unknown file"){',
    count: 1,
  },
  {
    what: 'the five places a fetched file is decompressed',
    find: '=this.decompress(new Uint8Array(',
    replace: '=await this.inflate(new Uint8Array(',
    count: 5,
  },
  {
    what: 'the query split into graphemes',
    find: 'if(trueLanguage&&typeof Intl.Segmenter!=="undefined"){',
    replace: `if(trueLanguage&&typeof Intl.Segmenter!=="undefined"&&(needsWordSegmentation(trueLanguage)||${multiCodePointGraphemes}.test(term))){`,
    count: 1,
  },
];

/** How many times `part` occurs in `text`. */
const occurrences = (/** @type {string} */ text, /** @type {string} */ part) => text.split(part).length - 1;

/**
 * `pagefind.js` with the changes above.
 * @param {string} source the script as Pagefind wrote it
 * @param {string} file its path, for the error message
 * @returns {string}
 * @throws {Error} naming the file and the change when Pagefind's code is not as expected
 */
export function tunePagefindScript(source, file) {
  const version = /pagefind_version="([^"]+)"/.exec(source)?.[1];
  let tuned = source;
  for (const change of changes) {
    const found = occurrences(tuned, change.find);
    if (found !== change.count) {
      throw new Error(
        `${file}: expected ${change.what} (${JSON.stringify(change.find)}) ${change.count}× in Pagefind ${pagefindScriptVersion}'s script, found it ${found}× in Pagefind ${version ?? '(unknown version)'}. Review src/integration/pagefind-script.mjs against the new release.`,
      );
    }
    tuned = tuned.split(change.find).join(change.replace);
  }
  return tuned;
}
