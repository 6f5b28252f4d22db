// @ts-check
/**
 * Command-line options of `npm run bench` and `npm run lighthouse` (pure, so they can be
 * tested). Both accept `--flag value` and `--flag=value`.
 */

export const benchParts = /** @type {const} */ (['growth', 'reader', 'search']);

/** A mistake on the command line: printed without a stack trace. */
export class UsageError extends Error {
  /** @override */
  name = 'UsageError';
}

export const benchUsage = `Usage: npm run bench -- [options]
  --sizes 20,300,1000 synthetic guides per locale for the growth builds (3 to 1000 each)
  --runs 3            builds per size and page loads per page; the median is reported
  --no-starlight      growth without the Starlight reference builds (ours only)
  --project <dir>     growth builds of another checkout of the site (e.g. \`git archive\` of an
                      older commit, for before/after figures; default: this one)
  --quick             one run of everything (same as --runs 1)
  --only growth,reader,search   run only these parts (default: all)
  --dist <dir>        the built site to measure (default: $OUT_DIR or dist/; built if missing)
  --compare old.json [new.json]  print new/old ratios (with new.json: without running)
  --seed <text>       seed of the synthetic guides (default: parting-ways)
  --tool-share 0.2    share of synthetic guides with a tool embed`;

export const lighthouseUsage = `Usage: npm run lighthouse -- [options]
  --dist <dir>        the built site (default: $OUT_DIR or dist/; built if missing)
  --compare old.json [new.json]  print new/old ratios (with new.json: without running)`;

/**
 * Splits argv into `{ name: value[] }`: `--a 1 2 --b` → { a: ['1', '2'], b: [] }.
 * @param {readonly string[]} argv
 * @param {string} usage
 */
function splitFlags(argv, usage) {
  /** @type {Map<string, string[]>} */
  const flags = new Map();
  let current;
  for (const arg of argv) {
    if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split(/=(.*)/s);
      current = /** @type {string} */ (name);
      flags.set(current, inline !== undefined ? [inline] : []);
    } else if (current) {
      flags.get(current)?.push(arg);
    } else {
      throw new UsageError(`Unexpected argument "${arg}".\n${usage}`);
    }
  }
  return flags;
}

/**
 * @param {Map<string, string[]>} flags
 * @param {readonly string[]} known
 * @param {string} usage
 */
function rejectUnknown(flags, known, usage) {
  for (const name of flags.keys()) if (!known.includes(name)) throw new UsageError(`Unknown option --${name}.\n${usage}`);
}

/**
 * @param {Map<string, string[]>} flags
 * @param {string} name
 * @param {string} usage
 */
function single(flags, name, usage) {
  const values = flags.get(name);
  if (!values) return undefined;
  if (values.length !== 1) throw new UsageError(`--${name} takes one value.\n${usage}`);
  return /** @type {string} */ (values[0]);
}

/**
 * @param {Map<string, string[]>} flags
 * @param {string} usage
 */
function compareOption(flags, usage) {
  const files = flags.get('compare');
  if (!files) return undefined;
  if (files.length < 1 || files.length > 2) throw new UsageError(`--compare takes old.json, and optionally new.json.\n${usage}`);
  return { old: /** @type {string} */ (files[0]), new: files[1] };
}

/**
 * @typedef {object} BenchOptions
 * @property {number[]} sizes
 * @property {number} runs
 * @property {Set<typeof benchParts[number]>} parts
 * @property {string | undefined} dist
 * @property {{ old: string, new: string | undefined } | undefined} compare
 * @property {string} seed
 * @property {number} toolShare
 * @property {boolean} starlight build the Starlight reference beside ours in the growth part
 * @property {string | undefined} project the site to build in the growth part (default: this checkout)
 * @property {boolean} help
 */

/**
 * @param {readonly string[]} argv
 * @returns {BenchOptions}
 */
export function parseBenchArgs(argv) {
  const flags = splitFlags(argv, benchUsage);
  rejectUnknown(flags, ['sizes', 'runs', 'quick', 'only', 'dist', 'compare', 'seed', 'tool-share', 'no-starlight', 'project', 'help'], benchUsage);
  for (const name of ['quick', 'no-starlight', 'help']) {
    if (flags.get(name)?.length) throw new UsageError(`--${name} takes no value.\n${benchUsage}`);
  }

  const sizesText = single(flags, 'sizes', benchUsage) ?? '20,300,1000';
  const sizes = sizesText.split(',').map((s) => Number(s.trim()));
  if (sizes.some((n) => !Number.isInteger(n) || n < 3 || n > 1000)) {
    throw new UsageError(`--sizes takes whole numbers from 3 to 1000 separated by commas (got "${sizesText}").`);
  }

  const runsText = single(flags, 'runs', benchUsage);
  let runs = runsText === undefined ? 3 : Number(runsText);
  if (!Number.isInteger(runs) || runs < 1) throw new UsageError(`--runs takes a whole number ≥ 1 (got "${runsText}").`);
  if (flags.has('quick')) runs = 1;

  const onlyText = single(flags, 'only', benchUsage);
  const parts = new Set(onlyText ? onlyText.split(',').map((p) => p.trim()) : benchParts);
  for (const part of parts) {
    if (!(/** @type {readonly string[]} */ (benchParts).includes(part))) throw new UsageError(`--only takes ${benchParts.join(', ')} (got "${part}").`);
  }

  const shareText = single(flags, 'tool-share', benchUsage);
  const toolShare = shareText === undefined ? 0.2 : Number(shareText);
  if (!(toolShare >= 0 && toolShare <= 1)) throw new UsageError(`--tool-share takes a number from 0 to 1 (got "${shareText}").`);

  return {
    sizes: [...new Set(sizes)].sort((a, b) => a - b),
    runs,
    parts: /** @type {Set<typeof benchParts[number]>} */ (parts),
    dist: single(flags, 'dist', benchUsage),
    compare: compareOption(flags, benchUsage),
    seed: single(flags, 'seed', benchUsage) ?? 'parting-ways',
    toolShare,
    starlight: !flags.has('no-starlight'),
    project: single(flags, 'project', benchUsage),
    help: flags.has('help'),
  };
}

/**
 * @param {readonly string[]} argv
 * @returns {{ dist: string | undefined, compare: { old: string, new: string | undefined } | undefined, help: boolean }}
 */
export function parseLighthouseArgs(argv) {
  const flags = splitFlags(argv, lighthouseUsage);
  rejectUnknown(flags, ['dist', 'compare', 'help'], lighthouseUsage);
  return { dist: single(flags, 'dist', lighthouseUsage), compare: compareOption(flags, lighthouseUsage), help: flags.has('help') };
}
