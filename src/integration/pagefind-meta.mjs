// @ts-check
// What a Pagefind bundle's metadata (`pagefind.<hash>.pf_meta`) says about its index chunks:
// the first and last word each holds. The search page marks each chunk's preload with them,
// so a search, in the page's language or another, fetches only the chunks its words can be
// in (see `chunkMayHold` in src/lib/search-chunks.ts). The file is gzip, then Pagefind's signature,
// then CBOR: [version, pages, index chunks as [from, to, hash], filters, sorts, meta fields].
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/**
 * The CBOR subset Pagefind's metadata uses: unsigned and negative integers, byte and text
 * strings, arrays, maps, booleans and null, with definite lengths.
 * @param {Uint8Array} bytes
 * @returns {unknown}
 * @throws {Error} on anything else, naming the offset
 */
export function decodeCbor(bytes) {
  let at = 0;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const decoder = new TextDecoder();
  const length = (/** @type {number} */ info) => {
    if (info < 24) return info;
    const size = { 24: 1, 25: 2, 26: 4, 27: 8 }[info];
    if (size === undefined || at + size > bytes.length) throw new Error(`CBOR: unsupported or cut length at byte ${at}`);
    const value = size === 1 ? view.getUint8(at) : size === 2 ? view.getUint16(at) : size === 4 ? view.getUint32(at) : Number(view.getBigUint64(at));
    at += size;
    return value;
  };
  /** @returns {unknown} */
  const item = () => {
    if (at >= bytes.length) throw new Error(`CBOR: data ends at byte ${at}`);
    const head = /** @type {number} */ (bytes[at]);
    at += 1;
    const major = head >> 5;
    const info = head & 31;
    if (major === 0) return length(info);
    if (major === 1) return -1 - length(info);
    if (major === 2 || major === 3) {
      const size = length(info);
      if (at + size > bytes.length) throw new Error(`CBOR: string cut at byte ${at}`);
      const part = bytes.subarray(at, at + size);
      at += size;
      return major === 2 ? part : decoder.decode(part);
    }
    if (major === 4) return Array.from({ length: length(info) }, item);
    if (major === 5) {
      /** @type {Record<string, unknown>} */
      const map = {};
      for (let i = length(info); i > 0; i -= 1) map[String(item())] = item();
      return map;
    }
    if (major === 7 && info >= 20 && info <= 22) return [false, true, null][info - 20];
    throw new Error(`CBOR: unsupported item ${head} at byte ${at - 1}`);
  };
  return item();
}

/** @typedef {{ from: string, to: string, hash: string }} ChunkRange */

/**
 * The index chunks of a bundle with the first and last word of each, from its metadata.
 * @param {string} bundle the bundle's folder
 * @returns {Promise<ChunkRange[]>}
 * @throws {Error} naming the file when it is not what Pagefind writes
 */
export async function chunkRanges(bundle) {
  const file = (await readdir(bundle)).find((name) => name.endsWith('.pf_meta'));
  if (!file) throw new Error(`${bundle}: no Pagefind metadata (.pf_meta)`);
  const data = gunzipSync(await readFile(join(bundle, file)));
  const signature = 'pagefind_dcd';
  if (data.subarray(0, signature.length).toString() !== signature) throw new Error(`${join(bundle, file)}: no Pagefind signature`);
  const meta = decodeCbor(data.subarray(signature.length));
  const chunks = Array.isArray(meta) ? meta[2] : undefined;
  if (!Array.isArray(chunks) || !chunks.every((c) => Array.isArray(c) && c.length >= 3 && c.slice(0, 3).every((part) => typeof part === 'string'))) {
    throw new Error(`${join(bundle, file)}: its index chunks are not [from, to, hash] lists (a new Pagefind format?)`);
  }
  return chunks.map(([from, to, hash]) => ({ from, to, hash }));
}
