// @ts-check
/**
 * Small pure helpers for turning raw observations into benchmark figures: medians, bytes of
 * JavaScript that ran (from V8 coverage), the kind of a network response, and the peak
 * memory and CPU time lines of GNU `time -v`.
 */

/**
 * The median of the numbers given (nulls ignored), or null when there are none.
 * @param {readonly (number | null | undefined)[]} values
 * @example median([3, 1, 2]) // 2
 */
export function median(values) {
  const sorted = /** @type {number[]} */ (values.filter((v) => typeof v === 'number' && Number.isFinite(v))).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  // Prettier moves the parentheses of these JSDoc casts, which changes what they cast (a
  // type error) and fails its own check on the next run.
  // prettier-ignore
  return sorted.length % 2 ? /** @type {number} */ (sorted[middle]) : (/** @type {number} */ (sorted[middle - 1]) + /** @type {number} */ (sorted[middle])) / 2;
}

/**
 * The straight line through two measurements, read at `x`; null when the line does not
 * rise (on a busy machine the larger build can come out faster, and a falling line would
 * project nonsense).
 * @param {{ x: number, y: number }} a
 * @param {{ x: number, y: number }} b
 * @param {number} x
 * @example linearProjection({ x: 100, y: 10 }, { x: 300, y: 20 }, 900) // 50
 */
export function linearProjection(a, b, x) {
  if (!(b.x > a.x && b.y > a.y)) return null;
  return a.y + ((x - a.x) * (b.y - a.y)) / (b.x - a.x);
}

/**
 * @typedef {{ startOffset: number, endOffset: number, count: number }} CoverageRange
 * @typedef {{ ranges: CoverageRange[] }} CoverageFunction
 */

/**
 * Bytes (characters) of a script that ran, from V8 precise coverage. Ranges nest (a function
 * inside a function, a block inside a function); the innermost range decides, so ranges are
 * applied from the widest to the narrowest.
 * @param {readonly CoverageFunction[]} functions
 * @param {number} sourceLength
 */
export function usedBytes(functions, sourceLength) {
  const ran = new Uint8Array(sourceLength);
  const ranges = functions.flatMap((f) => f.ranges).sort((a, b) => a.startOffset - b.startOffset || b.endOffset - a.endOffset);
  for (const range of ranges) ran.fill(range.count > 0 ? 1 : 0, range.startOffset, Math.min(range.endOffset, sourceLength));
  let used = 0;
  for (const flag of ran) used += flag;
  return used;
}

/**
 * Which column a response counts in.
 * @param {string} cdpType the DevTools resource type (Document, Stylesheet, Script, Font…)
 * @param {string} mimeType
 * @returns {'html' | 'css' | 'js' | 'font' | 'other'}
 */
export function resourceKind(cdpType, mimeType) {
  if (cdpType === 'Document' || mimeType.startsWith('text/html')) return 'html';
  if (cdpType === 'Stylesheet' || mimeType.startsWith('text/css')) return 'css';
  if (cdpType === 'Script' || /javascript/.test(mimeType)) return 'js';
  if (cdpType === 'Font' || mimeType.startsWith('font/')) return 'font';
  return 'other';
}

/**
 * Peak resident memory in bytes from the report of GNU `time -v`, or undefined.
 * @param {string} text
 */
export function maxRssFromTimeReport(text) {
  const match = /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(text);
  return match ? Number(match[1]) * 1024 : undefined;
}

/**
 * CPU seconds (user + system) from the report of GNU `time -v`, or undefined. Unlike wall
 * time, it hardly changes when other work shares the machine.
 * @param {string} text
 */
export function cpuSecondsFromTimeReport(text) {
  const user = /User time \(seconds\):\s*([\d.]+)/.exec(text);
  const system = /System time \(seconds\):\s*([\d.]+)/.exec(text);
  return user && system ? Number(user[1]) + Number(system[1]) : undefined;
}
