// @ts-check
// One locale's Pagefind index, built in a worker thread of its own (see search-index.mjs):
// each worker loads its own copy of Pagefind's Node API, so each gets its own Pagefind
// process, and the locales are indexed at the same time on as many cores as there are.
// Given: the pages to index, in order, and where to write the bundle. Answers
// `{ errors: string[] }`, empty when the bundle is written.
import { parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';

/** @type {{ records: [url: string, content: string][], outputPath: string }} */
const { records, outputPath } = workerData;

/** @param {{ errors: string[] }} response @param {string} what */
const problems = (response, what) => response.errors.map((error) => `${what}: ${error}`);

/** @returns {Promise<string[]>} */
async function buildBundle() {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) return problems({ errors }, 'start');
  // Every page is sent without waiting for the one before: Pagefind's service handles its
  // messages one at a time, in the order sent, so the index is the same as page by page (the
  // output depends on that order), without a round trip per page.
  const added = await Promise.all(records.map(([url, content]) => index.addHTMLFile({ url, content })));
  const failed = added.flatMap((response, i) => problems(response, `index ${records[i]?.[0]}`));
  if (failed.length) return failed;
  return problems(await index.writeFiles({ outputPath }), `write ${outputPath}`);
}

try {
  parentPort?.postMessage({ errors: await buildBundle() });
} finally {
  await pagefind.close();
}
