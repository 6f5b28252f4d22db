// @ts-check
/**
 * Side by side with Starlight (pure, no I/O): the figures of our builds and of the Starlight
 * reference's builds of the same synthetic guides, measured in the same run, turned into
 * report rows. Builds run in pairs (one of ours, one of Starlight's, in alternating order),
 * so each ratio is taken within a pair, under the same load, and the median of the pairs'
 * ratios is reported: on a shared machine the load drifts between pairs more than within one.
 */
import { median } from './stats.mjs';

/** @typedef {import('./report.mjs').Row} Row */
/**
 * One cold build as measured: wall and CPU seconds (CPU null when unknown), peak memory of
 * the build's whole process tree, HTML pages written.
 * @typedef {{ seconds: number, cpu: number | null, peak: number, pages: number }} BuildFigures
 */

/** Goals from issue 11, per size: our wall time at most 0.7 × Starlight's, peak memory at most Starlight's. */
export const peerGoals = { timeRatio: 0.7, memoryRatio: 1 };

/**
 * Which site builds first in pair `run`: ours in even pairs, Starlight in odd ones, so that
 * neither always builds with a warm file cache or right after the other's burst of load.
 * @param {number} run
 * @returns {('ours' | 'starlight')[]}
 */
export function pairOrder(run) {
  return run % 2 === 0 ? ['ours', 'starlight'] : ['starlight', 'ours'];
}

/**
 * `a / b`, or null when either is missing or `b` is not positive.
 * @param {number | null | undefined} a @param {number | null | undefined} b
 */
export function ratio(a, b) {
  return typeof a === 'number' && typeof b === 'number' && b > 0 ? a / b : null;
}

/**
 * Rows of the 'peer' section for one size: each site's median build time, CPU, peak memory
 * and time per page, and ours ÷ Starlight's (median of the pairs' ratios) with the goals as
 * budgets. `pairs[i]` holds the builds of pair i; a pair missing either side is skipped.
 * @param {string} subject e.g. '300/locale'
 * @param {readonly { ours?: BuildFigures, starlight?: BuildFigures }[]} pairs
 * @returns {Row[]}
 */
export function peerRows(subject, pairs) {
  const complete = /** @type {{ ours: BuildFigures, starlight: BuildFigures }[]} */ (pairs.filter((p) => p.ours && p.starlight));
  if (complete.length === 0) return [];
  const ours = complete.map((p) => p.ours);
  const theirs = complete.map((p) => p.starlight);
  const perPage = (/** @type {BuildFigures} */ b) => (b.pages > 0 ? (b.seconds / b.pages) * 1000 : null);
  /** @type {Row[]} */
  const rows = [];
  const row = (/** @type {string} */ metric, /** @type {number | null} */ value, /** @type {Row['unit']} */ unit, /** @type {Partial<Row>} */ extra = {}) =>
    rows.push({ section: 'peer', subject, metric, value, unit, ...extra });
  row('pages', median(ours.map((b) => b.pages)), 'count');
  row('Starlight pages', median(theirs.map((b) => b.pages)), 'count');
  row('build', median(ours.map((b) => b.seconds)), 's');
  row('Starlight build', median(theirs.map((b) => b.seconds)), 's');
  row('time ratio', median(complete.map((p) => ratio(p.ours.seconds, p.starlight.seconds))), 'ratio', { budget: { max: peerGoals.timeRatio } });
  row('per page', median(ours.map(perPage)), 'ms');
  row('Starlight per page', median(theirs.map(perPage)), 'ms');
  row('CPU', median(ours.map((b) => b.cpu)), 's');
  row('Starlight CPU', median(theirs.map((b) => b.cpu)), 's');
  row('CPU ratio', median(complete.map((p) => ratio(p.ours.cpu, p.starlight.cpu))), 'ratio');
  row('peak memory', median(ours.map((b) => b.peak)), 'bytes');
  row('Starlight peak', median(theirs.map((b) => b.peak)), 'bytes');
  row('memory ratio', median(complete.map((p) => ratio(p.ours.peak, p.starlight.peak))), 'ratio', { budget: { max: peerGoals.memoryRatio } });
  return rows;
}
